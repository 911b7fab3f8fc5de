package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHashTests {

	@Test
	void sm3OfAbcMatchesTheStandardTestVector() {
		// GB/T 32905-2016 附录A 示例1
		assertThat(ChainHash.sm3("abc"))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void anyChangeToAFieldChangesTheHash() {
		AuditEntry entry = entry("A", "B");
		assertThat(ChainHash.of(entry)).isNotEqualTo(ChainHash.of(entry("A", "C")));
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		// without length prefixes "AB"+"" and "A"+"B" would hash alike
		assertThat(ChainHash.of(entry("AB", ""))).isNotEqualTo(ChainHash.of(entry("A", "B")));
	}

	private static AuditEntry entry(String summary, String after) {
		return new AuditEntry(UUID.fromString("00000000-0000-7000-8000-000000000001"), new UUID(0, 1), 1,
				Instant.parse("2019-09-27T01:00:00Z"), null, "系统", "X", "t", "1", summary, null, after,
				ChainHash.GENESIS, null);
	}
}
