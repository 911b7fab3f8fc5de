package org.fazhi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.platform.RuleViolation;
import org.junit.jupiter.api.Test;

/** The moves a decision's status allows, and only those. */
class DecisionStatusTests {

	@Test
	void aDraftIsDecidedNotAdoptedOrAbandoned() {
		assertThat(DecisionStatus.DRAFTING.canMoveTo(DecisionStatus.DECIDED)).isTrue();
		assertThat(DecisionStatus.DRAFTING.canMoveTo(DecisionStatus.NOT_ADOPTED)).isTrue();
		assertThat(DecisionStatus.DRAFTING.canMoveTo(DecisionStatus.ABANDONED)).isTrue();
		assertThat(DecisionStatus.DRAFTING.canMoveTo(DecisionStatus.PUBLISHED)).isFalse();
	}

	@Test
	void onlyADecisionTakenIsPublishedAndATakenDecisionIsNeverAbandoned() {
		assertThat(DecisionStatus.DECIDED.canMoveTo(DecisionStatus.PUBLISHED)).isTrue();
		assertThatThrownBy(() -> DecisionStatus.DECIDED.assertCanMoveTo(DecisionStatus.ABANDONED))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> DecisionStatus.NOT_ADOPTED.assertCanMoveTo(DecisionStatus.PUBLISHED))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theEndsAreFinal() {
		for (DecisionStatus end : new DecisionStatus[] { DecisionStatus.NOT_ADOPTED, DecisionStatus.PUBLISHED,
				DecisionStatus.ABANDONED }) {
			for (DecisionStatus target : DecisionStatus.values()) {
				assertThat(end.canMoveTo(target)).as(end + "→" + target).isFalse();
			}
		}
	}
}
