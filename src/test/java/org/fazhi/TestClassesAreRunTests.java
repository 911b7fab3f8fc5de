package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every class with tests is run by the build: its name ends as one of the build's patterns — {@code *Tests} and
 * {@code *Properties} (unit tests), {@code *IT} (the integration suite, on H2 and PostgreSQL), {@code *Benchmark}
 * (printed figures, {@code ./mvnw -Pbench test}). A test class named otherwise would compile and never run.
 */
class TestClassesAreRunTests {

	static final Pattern TEST = Pattern.compile("@(Test|Property|ParameterizedTest|RepeatedTest|TestFactory)\\b");

	@Test
	void everyClassWithTestsMatchesAPatternTheBuildRuns() throws IOException {
		List<String> unrun;
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			unrun = files.filter(f -> f.toString().endsWith(".java"))
				.filter(TestClassesAreRunTests::hasTests)
				.map(f -> f.getFileName().toString())
				.filter(name -> !name.endsWith("Tests.java") && !name.endsWith("Properties.java")
						&& !name.endsWith("IT.java") && !name.endsWith("Benchmark.java"))
				.toList();
		}
		assertThat(unrun).as("test classes no build pattern runs").isEmpty();
	}

	private static boolean hasTests(Path file) {
		try {
			return TEST.matcher(Files.readString(file)).find();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
