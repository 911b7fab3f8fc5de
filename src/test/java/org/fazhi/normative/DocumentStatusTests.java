package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.platform.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of the procedure: which step may follow which. */
class DocumentStatusTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "DRAFTING, IN_REVIEW, true", "DRAFTING, DELIBERATED, false", "IN_REVIEW, DELIBERATED, false",
			"REVIEW_PASSED, DELIBERATED, true", "REVIEW_FAILED, DELIBERATED, false", "REVIEW_FAILED, DRAFTING, true",
			"DELIBERATED, PROMULGATED, true", "DELIBERATED, IN_FORCE, false", "DRAFTING, IN_FORCE, false",
			"IN_FORCE, AMENDED, true", "REPEALED, IN_FORCE, false", "EXPIRED, IN_FORCE, false",
			"IN_REVIEW, OPINION_HANDLING, true", "OPINION_HANDLING, REVIEW_PASSED, true",
			"OPINION_HANDLING, DELIBERATED, false", "PROMULGATED, UNPUBLISHED, true", "UNPUBLISHED, IN_FORCE, true",
			"UNPUBLISHED, AMENDED, false" })
	void stepsFollowTheLawsOrder(DocumentStatus from, DocumentStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
		if (!allowed) {
			assertThatThrownBy(() -> from.assertCanMoveTo(to)).isInstanceOf(RuleViolation.class);
		}
	}

	@org.junit.jupiter.api.Test
	void onlyDraftsAndRevisionsInAnswerToAnOpinionAreEditable() {
		assertThat(DocumentStatus.OPINION_HANDLING.editable()).isTrue();
		assertThat(DocumentStatus.REVIEW_PASSED.editable()).isFalse();
		assertThat(DocumentStatus.IN_REVIEW.editable()).isFalse();
	}
}
