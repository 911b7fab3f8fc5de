package org.fazhi.attachment;

/**
 * Where the bytes of attachments live: the local file system by default; an S3-compatible object store for several
 * nodes (an implementation of this interface) — the database keeps only the key and the checksum.
 */
public interface Storage {

	void put(String key, byte[] content);

	byte[] get(String key);
}
