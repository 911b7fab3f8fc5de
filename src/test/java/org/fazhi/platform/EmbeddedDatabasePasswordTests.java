package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabasePasswordTests {

	@TempDir
	Path dir;

	@Test
	void aNewFileDatabaseGetsAGeneratedPasswordKeptNextToIt() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("data/fazhi") + ";MODE=PostgreSQL";
		String first = password(url, "");
		assertThat(first).hasSize(36);
		assertThat(Files.readString(dir.resolve("data/.h2-password"))).isEqualTo(first);
		assertThat(password(url, "")).as("the same at the next start").isEqualTo(first);
	}

	@Test
	void aConfiguredPasswordAnEarlierDatabaseAndOtherDatabasesAreLeftAlone() throws Exception {
		assertThat(password("jdbc:h2:file:" + dir.resolve("a/fazhi"), "Configured#1")).isEqualTo("Configured#1");
		Files.createDirectories(dir.resolve("b"));
		Files.writeString(dir.resolve("b/fazhi.mv.db"), "");
		assertThat(password("jdbc:h2:file:" + dir.resolve("b/fazhi"), "")).as("created before, without one").isEmpty();
		assertThat(password("jdbc:postgresql://db/fazhi", "")).isEmpty();
		assertThat(password("jdbc:h2:mem:test", "")).isEmpty();
	}

	private static String password(String url, String configured) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("spring.datasource.url", url, "spring.datasource.password", configured)));
		new EmbeddedDatabasePassword().postProcessEnvironment(environment, null);
		return environment.getProperty("spring.datasource.password");
	}
}
