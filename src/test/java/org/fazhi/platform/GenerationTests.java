package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GenerationTests {

	private final Generation region = new Generation(42, 390, List.of(2026), 1, 0);

	@Test
	void everyUnitOfARegionHasItsOwnNameThatCanIssueNumbers() {
		Set<String> names = new HashSet<>();
		for (Generation.Unit unit : region.unitList()) {
			assertThat(names.add(unit.name())).as(unit.name()).isTrue();
			// a review's 合法性说明 is numbered 「<unit>法审〔year〕n号」
			assertThatCode(() -> new DocumentNumber(unit.name() + "法审", 2026, 1)).as(unit.name()).doesNotThrowAnyException();
		}
		assertThat(names).hasSize(390);
	}

	@Test
	void idsAndChoicesFollowFromTheSeed() {
		Generation again = new Generation(42, 390, List.of(2026), 1, 0);
		assertThat(again.unitList().get(7).id()).isEqualTo(region.unitList().get(7).id());
		assertThat(again.random("normative", again.unitList().get(3)).nextInt())
			.isEqualTo(region.random("normative", region.unitList().get(3)).nextInt());
		assertThat(new Generation(43, 390, List.of(2026), 1, 0).unitList().get(7).id())
			.isNotEqualTo(region.unitList().get(7).id());
	}
}
