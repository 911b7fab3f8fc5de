package org.fazhi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's own secrets, one file each under the key directory (never in the database), generated on first
 * use; several nodes share the directory. Used where a value must be recognisable again but not readable or
 * forgeable from the database alone — e.g. the portal keeps only a keyed hash of a commenter's address.
 */
@Component
public class Secrets {

	private final Path directory;

	private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

	Secrets(@Value("${fazhi.secrets-directory:./keys}") Path directory) {
		this.directory = directory;
	}

	/** HMAC-SM3 of the text under the named secret, in hex (64 characters). */
	public String hmac(String secret, String text) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(loaded.computeIfAbsent(secret, this::load)));
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private byte[] load(String name) {
		if (!name.matches("[a-z0-9-]{1,40}")) {
			throw new IllegalArgumentException(name);
		}
		Path file = directory.resolve(name + ".secret");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(directory);
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				try {
					Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII,
							StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (java.nio.file.FileAlreadyExistsException raced) {
					// another node or thread wrote it first: use that one
				}
				catch (UnsupportedOperationException notPosix) {
					// the directory's own protection applies
				}
			}
			return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("密钥文件 " + file.toAbsolutePath() + " 无法读取或写入", e);
		}
	}
}
