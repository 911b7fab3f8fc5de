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

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 file database is not left open with an empty password: when none is configured, a random one is
 * generated the first time the database is created and kept next to it ({@code .h2-password}, readable by the
 * platform's own account only). A database created earlier without a password keeps working as it was.
 */
public class EmbeddedDatabasePassword implements EnvironmentPostProcessor, Ordered {

	static final String FILE = ".h2-password";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		String password = environment.getProperty("spring.datasource.password", "");
		if (!url.startsWith("jdbc:h2:file:") || !password.isEmpty()) {
			return;
		}
		String base = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
		Path database = Path.of(base);
		Path dir = database.toAbsolutePath().getParent();
		Path file = dir.resolve(FILE);
		try {
			String generated;
			if (Files.exists(file)) {
				generated = Files.readString(file, StandardCharsets.US_ASCII).strip();
			}
			else if (Files.exists(Path.of(base + ".mv.db"))) {
				return;
			}
			else {
				Files.createDirectories(dir);
				byte[] random = new byte[18];
				new SecureRandom().nextBytes(random);
				generated = HexFormat.of().formatHex(random);
				Files.writeString(file, generated, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException notPosix) {
					// the directory's own protection applies
				}
			}
			environment.getPropertySources()
				.addFirst(new MapPropertySource("fazhi-embedded-database-password",
						Map.of("spring.datasource.password", generated)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("H2 数据库密码文件 " + file + " 无法读取或写入", e);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
