package org.fazhi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.fazhi.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key ring that authenticates the audit trail (HMAC-SM3, GB/T 15852.2 with the SM3 hash of GB/T 32905): keys are
 * read from files outside the database, or given in configuration, and never stored with the entries. Whoever can
 * write the database but does not hold a key cannot sign an entry the verification accepts. Each entry names the key
 * that signed it; a key taken out of the ring leaves what it signed unverifiable, which is reported as a break.
 */
@Component
class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final Map<String, byte[]> keys = new TreeMap<>();

	private final String current;

	AuditKeys(AuditProperties properties, PlatformProperties platform, Clock clock) {
		Path dir = properties.keyDirectory();
		try {
			if (Files.isDirectory(dir)) {
				try (var files = Files.list(dir)) {
					files.filter(f -> f.getFileName().toString().endsWith(".key")).forEach(this::read);
				}
			}
			if (properties.key() != null && !properties.key().isBlank()) {
				put(properties.keyId(), properties.key().strip());
				this.current = properties.keyId();
			}
			else {
				if (keys.isEmpty()) {
					generate(dir, DateTimeFormatter.ofPattern("yyyyMMddHHmm").format(clock.instant().atZone(platform.timeZone())));
				}
				this.current = ((TreeMap<String, byte[]>) keys).lastKey();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("审计密钥目录 " + dir.toAbsolutePath() + " 无法读取", e);
		}
	}

	/** The key entries are signed with now. */
	String currentId() {
		return current;
	}

	boolean knows(String keyId) {
		return keyId != null && keys.containsKey(keyId);
	}

	/** HMAC-SM3 of the text under the named key, in hex; empty when the ring does not hold that key. */
	Optional<String> sign(String keyId, String text) {
		byte[] key = keyId == null ? null : keys.get(keyId);
		if (key == null) {
			return Optional.empty();
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return Optional.of(HexFormat.of().formatHex(out));
	}

	private void read(Path file) {
		String name = file.getFileName().toString();
		String id = name.substring(0, name.length() - ".key".length());
		try {
			put(id, Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("审计密钥文件 " + file + " 无法读取", e);
		}
	}

	private void put(String id, String hex) {
		if (!NAME.matcher(id).matches()) {
			throw new IllegalStateException("审计密钥名称「" + id + "」只能由 1–16 位字母、数字、下划线或连字符组成");
		}
		byte[] key;
		try {
			key = HexFormat.of().parseHex(hex);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("审计密钥「" + id + "」不是十六进制文本", e);
		}
		if (key.length < 32) {
			throw new IllegalStateException("审计密钥「" + id + "」不足 256 位");
		}
		keys.put(id, key);
	}

	private void generate(Path dir, String id) throws IOException {
		Files.createDirectories(dir);
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Path file = dir.resolve(id + ".key");
		Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's own protection applies
		}
		keys.put(id, key);
		log.warn("已生成审计签名密钥 {}；生产环境请将该目录置于数据库与数据目录之外并备份（丢失密钥将无法校验其签名的记录）",
				file.toAbsolutePath());
	}
}
