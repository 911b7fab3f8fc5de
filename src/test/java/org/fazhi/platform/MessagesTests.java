package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message a refusal can name exists, so that no refusal ever shows a code instead of Chinese. */
class MessagesTests {

	static final Pattern NOT_FOUND = Pattern.compile("NotFoundException\\.of\\(\"([a-z_]+)\"");

	static final Pattern ENTITY_CONSTANT = Pattern.compile("static final String (?:ENTITY|COMMENT|OPINION) = \"([a-z_]+)\"");

	@Test
	void everyRecordKindThatCanBeNotFoundHasAChineseName() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties");
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Set<String> kinds;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			kinds = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
				try {
					String source = Files.readString(f);
					return Stream.concat(NOT_FOUND.matcher(source).results(), ENTITY_CONSTANT.matcher(source).results())
						.map((java.util.regex.MatchResult m) -> m.group(1));
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).collect(Collectors.toSet());
		}
		assertThat(kinds).isNotEmpty().contains("consultation", "decision", "normative_document");
		assertThat(kinds).allSatisfy(kind -> assertThat(messages).as("entity." + kind).containsKey("entity." + kind));
	}
}
