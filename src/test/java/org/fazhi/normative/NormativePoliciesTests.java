package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.review.ReviewStatus;
import org.fazhi.support.OfficialCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each legal rule of the normative procedure, tested by the situation it judges. */
class NormativePoliciesTests {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	@Nested
	class DeliberationRequiresPassedReview {

		@Test
		void deliberationOfADraftNeverReviewedIsRefused() {
			assertThatThrownBy(() -> Policies.DeliberationRequiresPassedReview.check(null))
				.isInstanceOf(RuleViolation.class)
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.deliberation-without-review");
		}

		@Test
		void deliberationOfADraftFoundUnlawfulIsRefused() {
			assertThatThrownBy(() -> Policies.DeliberationRequiresPassedReview.check(ReviewStatus.UNLAWFUL))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.deliberation-after-unlawful");
		}

		@Test
		void deliberationWhileTheReviewOpinionIsStillBeingHandledIsRefused() {
			assertThatThrownBy(() -> Policies.DeliberationRequiresPassedReview.check(ReviewStatus.OPINION_ISSUED))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.deliberation-review-not-passed");
			assertThatThrownBy(() -> Policies.DeliberationRequiresPassedReview.check(ReviewStatus.IN_REVIEW))
				.isInstanceOf(RuleViolation.class);
		}

		@Test
		void deliberationAfterAPassedReviewIsAllowed() {
			assertThatCode(() -> Policies.DeliberationRequiresPassedReview.check(ReviewStatus.PASSED))
				.doesNotThrowAnyException();
		}
	}

	@Nested
	class ConsultationPeriodMinimum {

		@Test
		void sixWorkingDaysOfCommentsWithoutAReasonIsRefused() {
			assertThatThrownBy(() -> Policies.ConsultationPeriodMinimum.check(calendar, false, LocalDate.of(2019, 5, 6),
					LocalDate.of(2019, 5, 14), null))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.consultation-7-working-days");
		}

		@Test
		void sevenWorkingDaysOfCommentsIsEnough() {
			assertThatCode(() -> Policies.ConsultationPeriodMinimum.check(calendar, false, LocalDate.of(2019, 5, 6),
					LocalDate.of(2019, 5, 15), null))
				.doesNotThrowAnyException();
		}

		@Test
		void documentTouchingMarketEntitiesNeedsThirtyDays() {
			assertThatThrownBy(() -> Policies.ConsultationPeriodMinimum.check(calendar, true, LocalDate.of(2019, 5, 1),
					LocalDate.of(2019, 5, 30), null))
				.extracting(NormativePoliciesTests::code)
				.isEqualTo("normative.rule.consultation-30-days");
			assertThatCode(() -> Policies.ConsultationPeriodMinimum.check(calendar, true, LocalDate.of(2019, 5, 1),
					LocalDate.of(2019, 5, 31), null))
				.doesNotThrowAnyException();
		}

		@Test
		void shorterPeriodWithARecordedReasonIsAllowed() {
			assertThatCode(() -> Policies.ConsultationPeriodMinimum.check(calendar, true, LocalDate.of(2019, 5, 1),
					LocalDate.of(2019, 5, 10), "疫情防控急需"))
				.doesNotThrowAnyException();
		}

		@Test
		void periodEndingBeforeItStartsIsRefused() {
			assertThatThrownBy(() -> Policies.ConsultationPeriodMinimum.check(calendar, false, LocalDate.of(2019, 5, 10),
					LocalDate.of(2019, 5, 1), null))
				.isInstanceOf(InvalidInput.class);
		}
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
