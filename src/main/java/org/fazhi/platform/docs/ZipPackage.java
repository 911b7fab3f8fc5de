package org.fazhi.platform.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A package of files as one ZIP (filing packages, decision archives). Names are UTF-8; a name used twice gets a
 * number, so that no file hides another.
 */
public final class ZipPackage {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

	private final Set<String> names = new HashSet<>();

	public ZipPackage add(String name, byte[] content) {
		String unique = name;
		for (int n = 2; !names.add(unique); n++) {
			int dot = name.lastIndexOf('.');
			unique = dot > name.lastIndexOf('/') ? name.substring(0, dot) + "（" + n + "）" + name.substring(dot)
					: name + "（" + n + "）";
		}
		try {
			zip.putNextEntry(new ZipEntry(unique));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	public byte[] toBytes() {
		try {
			zip.finish();
			zip.close();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
