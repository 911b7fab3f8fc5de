package org.fazhi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.platform.FazhiException;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each legal rule of major decisions, tested by the situation it judges. */
class DecisionPoliciesTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	@Nested
	class DraftFollowsItsReview {

		@Test
		void aDraftWithoutAReviewChangesFreely() {
			assertThat(Policies.DraftFollowsItsReview.check(null, true, false)).isFalse();
		}

		@Test
		void aDraftUnderReviewDoesNotChange() {
			for (ReviewStatus s : new ReviewStatus[] { ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW }) {
				assertThatThrownBy(() -> Policies.DraftFollowsItsReview.check(s, true, true))
					.extracting(DecisionPoliciesTests::code)
					.isEqualTo("decision.rule.draft-under-review");
			}
		}

		@Test
		void aDraftAnsweringAnOpinionOrCompletingItsMaterialsOrFoundUnlawfulChangesWithoutReopening() {
			for (ReviewStatus s : new ReviewStatus[] { ReviewStatus.OPINION_ISSUED, ReviewStatus.RETURNED,
					ReviewStatus.UNLAWFUL }) {
				assertThat(Policies.DraftFollowsItsReview.check(s, true, false)).as(s.name()).isFalse();
			}
		}

		@Test
		void aDraftWhoseReviewPassedIsFrozenUnlessTheReviewIsReopened() {
			assertThatThrownBy(() -> Policies.DraftFollowsItsReview.check(ReviewStatus.PASSED, true, false))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.draft-frozen");
			assertThat(Policies.DraftFollowsItsReview.check(ReviewStatus.PASSED, true, true)).isTrue();
		}

		@Test
		void savingAPassedDraftUnchangedReopensNothing() {
			assertThat(Policies.DraftFollowsItsReview.check(ReviewStatus.PASSED, false, false)).isFalse();
		}
	}

	@Nested
	class WrittenOpinionsAreSigned {

		ExpertOpinion opinion(ExpertForm form, UUID signedFile) {
			return new ExpertOpinion(UUID.randomUUID(), "李教授", "内蒙古大学", form, "可行", DAY, true, signedFile, "王明");
		}

		@Test
		void argumentationWithoutAnyOpinionCannotClose() {
			assertThatThrownBy(() -> Policies.WrittenOpinionsAreSigned.check(List.of()))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.experts-none");
		}

		@Test
		void aWrittenOrCommissionedOpinionWithoutItsSignedCopyBlocksTheClose() {
			for (ExpertForm form : new ExpertForm[] { ExpertForm.WRITTEN, ExpertForm.COMMISSIONED }) {
				assertThatThrownBy(() -> Policies.WrittenOpinionsAreSigned.check(List.of(opinion(form, null))))
					.extracting(DecisionPoliciesTests::code)
					.isEqualTo("decision.rule.experts-unsigned");
			}
		}

		@Test
		void anOpinionGivenAtAnArgumentationMeetingStandsOnItsRecord() {
			assertThatCode(() -> Policies.WrittenOpinionsAreSigned.check(
					List.of(opinion(ExpertForm.MEETING, null), opinion(ExpertForm.WRITTEN, UUID.randomUUID()))))
				.doesNotThrowAnyException();
		}
	}

	@Nested
	class PartyReportBeforeIssue {

		@Test
		void aDecisionTakenBeforeTheRegulationCameIntoForceNeedsNoReport() {
			assertThatCode(() -> Policies.PartyReportBeforeIssue.check(LocalDate.of(2019, 5, 9), null,
					LocalDate.of(2019, 5, 20)))
				.doesNotThrowAnyException();
		}

		@Test
		void aDecisionTakenUnderTheRegulationIsNotIssuedWithoutTheReportOrItsWaiver() {
			assertThatThrownBy(() -> Policies.PartyReportBeforeIssue.check(LocalDate.of(2019, 9, 1), null,
					LocalDate.of(2019, 9, 10)))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.party-report-missing");
			assertThatCode(() -> Policies.PartyReportBeforeIssue.check(DAY,
					new PartyReport(null, null, null, "依规定无需请示报告", "王明"), DAY))
				.doesNotThrowAnyException();
		}

		@Test
		void aReportMadeAfterThePublicationDoesNotCount() {
			assertThatThrownBy(() -> Policies.PartyReportBeforeIssue.check(DAY,
					new PartyReport(DAY.plusDays(3), "厅党组", null, null, "王明"), DAY.plusDays(1)))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.party-report-after");
		}
	}

	@Nested
	class CollectiveDecisionGate {

		FairCompetitionReview fcr(FairCompetition conclusion) {
			return new FairCompetitionReview(UUID.randomUUID(), ReviewSubject.MAJOR_DECISION, "d", conclusion, "说明", DAY,
					"王明", "fp", java.time.Instant.EPOCH);
		}

		List<String> codes(boolean market, ProcedureStates.Evidence e, FairCompetitionReview current, boolean any) {
			return Policies.CollectiveDecisionGate.missing(market, e, ProcedureStates.of(e), current, any)
				.stream()
				.map(Policies.Missing::code)
				.toList();
		}

		ProcedureStates.Evidence complete(Risk risk) {
			Map<Procedure, Exemption> ex = Map.of(Procedure.PUBLIC_PARTICIPATION,
					new Exemption(ExemptionGround.NOT_DISCLOSABLE, "保密", "王明", DAY), Procedure.EXPERT_ARGUMENTATION,
					new Exemption(ExemptionGround.NOT_TECHNICAL, "非专业", "王明", DAY));
			return new ProcedureStates.Evidence(ex, null, List.of(), List.of(), null, risk, ProcedureStatesTests.review(
					ReviewStatus.PASSED), List.of());
		}

		@Test
		void everythingDoneOpensTheGate() {
			assertThat(codes(false, complete(ProcedureStatesTests.risk(true)), null, false)).isEmpty();
		}

		@Test
		void anOpenPortalConsultationNamesItsLastDay() {
			ProcedureStates.Evidence e = new ProcedureStates.Evidence(Map.of(),
					ProcedureStatesTests.consultation(ConsultationStatus.OPEN), List.of(), List.of(), null, null, null,
					List.of());
			assertThat(codes(false, e, null, false)).contains("decision.gate.participation-open");
		}

		@Test
		void anUncontrollableRiskBlocksTheGate() {
			assertThat(codes(false, complete(ProcedureStatesTests.risk(false)), null, false))
				.containsExactly("decision.gate.risk-uncontrollable");
		}

		@Test
		void aFairCompetitionReviewOfAnEarlierTextDoesNotCountAndAFailingOneBlocks() {
			assertThat(codes(true, complete(ProcedureStatesTests.risk(true)), null, false))
				.containsExactly("decision.gate.fair-competition-missing");
			assertThat(codes(true, complete(ProcedureStatesTests.risk(true)), null, true))
				.containsExactly("decision.gate.fair-competition-stale");
			assertThat(codes(true, complete(ProcedureStatesTests.risk(true)), fcr(FairCompetition.FAILS), true))
				.containsExactly("decision.gate.fair-competition-fails");
			assertThat(codes(true, complete(ProcedureStatesTests.risk(true)), fcr(FairCompetition.EXCEPTION), true))
				.isEmpty();
		}

		@Test
		void aReviewReturnedForCompletionIsNamedAsSuch() {
			ProcedureStates.Evidence e = new ProcedureStates.Evidence(complete(ProcedureStatesTests.risk(true)).exemptions(),
					null, List.of(), List.of(), null, ProcedureStatesTests.risk(true),
					ProcedureStatesTests.review(ReviewStatus.RETURNED), List.of());
			assertThat(codes(false, e, null, false)).containsExactly("decision.gate.review-returned");
		}
	}

	@Nested
	class HeadDecidesLast {

		@Test
		void theHeadWhoDidNotSpeakLastCannotDecide() {
			assertThatThrownBy(() -> Policies.HeadDecidesLast.check(false, true, null))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.head-last");
		}

		@Test
		void aDecisionAgainstTheMajorityStatesItsReason() {
			assertThatThrownBy(() -> Policies.HeadDecidesLast.check(true, false, " "))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.differing-reason");
			assertThatCode(() -> Policies.HeadDecidesLast.check(true, false, "汛期临近")).doesNotThrowAnyException();
		}
	}

	@Nested
	class EvaluatorIsNotTheAssessor {

		@Test
		void theBodyThatAssessedTheRisksCannotEvaluateTheDecisionWhateverItsSpacing() {
			assertThatThrownBy(() -> Policies.EvaluatorIsNotTheAssessor.check("内蒙古社会科学院", "内蒙古 社会科学院"))
				.extracting(DecisionPoliciesTests::code)
				.isEqualTo("decision.rule.evaluator-is-assessor");
			assertThatCode(() -> Policies.EvaluatorIsNotTheAssessor.check("内蒙古社会科学院", "内蒙古大学"))
				.doesNotThrowAnyException();
		}
	}
}
