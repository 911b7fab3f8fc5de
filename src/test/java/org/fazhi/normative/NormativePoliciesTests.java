package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.platform.FazhiException;
import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each legal rule of the normative procedure, tested by the situation it judges. */
class NormativePoliciesTests {

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	@Nested
	class ConsultationBeforeReview {

		private NormativeDocument draft(ConsultationWaiver waiver, String reason, String channel) {
			NormativeDocument d = NormativeDocument.draft(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
					java.util.UUID.randomUUID(), DocumentKind.DEPARTMENT, new NormativeDocument.Content("办法", "第一条",
							null, null, false, 5, false, null, waiver, reason),
					java.util.UUID.randomUUID(), java.time.Instant.EPOCH);
			d.consultationChannel = channel;
			return d;
		}

		@Test
		void aDepartmentDocumentNeverConsultedOnIsRefusedBeforeReview() {
			assertThatThrownBy(() -> Policies.ConsultationBeforeReview.check(draft(null, null, null)))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.consultation-required");
		}

		@Test
		void aDocumentConsultedOnMayBeReviewed() {
			assertThatCode(() -> Policies.ConsultationBeforeReview.check(draft(null, null, "门户网站")))
				.doesNotThrowAnyException();
		}

		@Test
		void aConfidentialDocumentWithItsReasonRecordedNeedsNoConsultation() {
			assertThatCode(() -> Policies.ConsultationBeforeReview
				.check(draft(ConsultationWaiver.CONFIDENTIAL, "涉及国家秘密事项", null))).doesNotThrowAnyException();
		}

		@Test
		void aWaiverWithoutItsReasonIsRefused() {
			assertThatThrownBy(() -> Policies.ConsultationBeforeReview
				.check(draft(ConsultationWaiver.NOT_AFFECTING_RIGHTS, " ", null)))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.waiver-reason");
		}
	}

	@Nested
	class ValidityWithinTheCap {

		@Test
		void sixYearsWithoutAReasonIsRefused() {
			assertThatThrownBy(() -> Policies.ValidityWithinTheCap.check(6, false, 5, 2, null))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.validity-max");
		}

		@Test
		void aLongerValidityWithItsReasonIsAllowed() {
			assertThatCode(() -> Policies.ValidityWithinTheCap.check(8, false, 5, 2, "配套国家八年规划"))
				.doesNotThrowAnyException();
		}

		@Test
		void aProvisionalDocumentOfThreeYearsWithoutAReasonIsRefused() {
			assertThatThrownBy(() -> Policies.ValidityWithinTheCap.check(3, true, 5, 2, null))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.validity-provisional");
			assertThatCode(() -> Policies.ValidityWithinTheCap.check(2, true, 5, 2, null)).doesNotThrowAnyException();
		}

		@Test
		void aValidityOfNoYearIsRefused() {
			assertThatThrownBy(() -> Policies.ValidityWithinTheCap.check(0, false, 5, 2, null))
				.isInstanceOf(InvalidInput.class);
		}
	}

	@Test
	void publishingAnInternalRuleIsRefused() {
		assertThatThrownBy(() -> Policies.InternalRulesAreNotPublished.check(DocumentKind.INTERNAL))
			.extracting(NormativePoliciesTests::code)
			.isEqualTo("normative.rule.internal-not-published");
		assertThatCode(() -> Policies.InternalRulesAreNotPublished.check(DocumentKind.DEPARTMENT))
			.doesNotThrowAnyException();
	}

	@Test
	void theValidityOfFiveYearsFromTheThirteenthOfDecemberEndsOnTheTwelfth() {
		org.assertj.core.api.Assertions.assertThat(NormativeDocument.lastValidDay(LocalDate.of(2026, 12, 13), 5))
			.isEqualTo(LocalDate.of(2031, 12, 12));
	}

	@Test
	void effectiveDateBeforePromulgationIsRefused() {
		assertThatThrownBy(() -> Policies.EffectiveNotBeforePromulgation.check(LocalDate.of(2019, 5, 20),
				LocalDate.of(2019, 5, 19)))
			.extracting(NormativePoliciesTests::code)
			.isEqualTo("normative.rule.effective-before-promulgation");
		assertThatCode(() -> Policies.EffectiveNotBeforePromulgation.check(LocalDate.of(2019, 5, 20),
				LocalDate.of(2019, 5, 20)))
			.doesNotThrowAnyException();
	}

	@Test
	void filingAnInternalRuleIsRefused() {
		assertThatThrownBy(() -> Policies.InternalRulesAreNotFiled.check(DocumentKind.INTERNAL))
			.extracting(NormativePoliciesTests::code)
			.isEqualTo("normative.rule.internal-not-filed");
		assertThatCode(() -> Policies.InternalRulesAreNotFiled.check(DocumentKind.DEPARTMENT)).doesNotThrowAnyException();
	}
}
