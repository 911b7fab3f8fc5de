package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.fazhi.platform.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainHashTests {

	@TempDir
	Path keys;

	@Test
	void anyChangeToAFieldChangesTheSignedText() {
		assertThat(ChainHash.input(entry("A", "B"))).isNotEqualTo(ChainHash.input(entry("A", "C")));
	}

	@Test
	void movingTextBetweenFieldsChangesTheSignedText() {
		// without length prefixes "AB"+"" and "A"+"B" would be signed alike
		assertThat(ChainHash.input(entry("AB", ""))).isNotEqualTo(ChainHash.input(entry("A", "B")));
	}

	@Test
	void theSignatureDependsOnTheKeyAndAnUnknownKeySignsNothing() {
		AuditKeys one = ring(keys.resolve("one"));
		AuditKeys other = ring(keys.resolve("other"));
		String text = ChainHash.input(entry("A", "B"));
		assertThat(one.sign(one.currentId(), text)).get().asString().hasSize(64);
		assertThat(one.sign(one.currentId(), text)).isEqualTo(one.sign(one.currentId(), text));
		assertThat(one.sign(one.currentId(), text)).isNotEqualTo(other.sign(other.currentId(), text));
		assertThat(one.sign("nosuchkey", text)).isEmpty();
	}

	@Test
	void aKeyGivenInConfigurationSignsAndTheRingStillVerifiesWhatItsFilesSigned() {
		AuditKeys files = ring(keys.resolve("ring"));
		String text = ChainHash.input(entry("A", "B"));
		String old = files.sign(files.currentId(), text).orElseThrow();
		AuditKeys rotated = new AuditKeys(new AuditProperties(keys.resolve("ring"), "ab".repeat(32), "new2027", null,
				null, null), new PlatformProperties(ZoneId.of("Asia/Shanghai"), null, null, false), Clock.systemUTC());
		assertThat(rotated.currentId()).isEqualTo("new2027");
		assertThat(rotated.sign(files.currentId(), text)).contains(old);
	}

	private static AuditKeys ring(Path dir) {
		return new AuditKeys(new AuditProperties(dir, null, "config", null, null, null),
				new PlatformProperties(ZoneId.of("Asia/Shanghai"), null, null, false), Clock.systemUTC());
	}

	private static AuditEntry entry(String summary, String after) {
		return new AuditEntry(UUID.fromString("00000000-0000-7000-8000-000000000001"), new UUID(0, 1), 1,
				Instant.parse("2019-09-27T01:00:00Z"), null, "系统", "X", "t", "1", summary, null, after,
				ChainHash.GENESIS, null, 1L, "k");
	}
}
