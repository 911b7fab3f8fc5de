package org.fazhi.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.platform.RuleViolation;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.ReviewStatus;

/** The legal rules of major decisions, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/** A reason the gate gives, as a message code and its arguments. */
	record Missing(String code, Object... args) {
	}

	/**
	 * No collective decision while a required procedure is missing (重大行政决策程序暂行条例 第二、三章), while the risk
	 * is found not controllable and the draft was not adjusted and assessed again (第二十四条), while the legality review
	 * has not passed on the draft as it stands (第二十五条: 未经合法性审查或者经审查不合法的，不得提交决策机关讨论；不得以征求意见
	 * 等方式代替合法性审查), or, for a decision concerning market entities, while the 公平竞争审查 of the present text is
	 * missing or negative (第二十九条; 公平竞争审查条例 第十八条).
	 */
	static final class CollectiveDecisionGate {

		private CollectiveDecisionGate() {
		}

		/**
		 * @param currentFairCompetition the 公平竞争审查 of the text as it stands, or {@code null}
		 * @param anyFairCompetition whether a 公平竞争审查 of an earlier text exists
		 */
		static List<Missing> missing(boolean marketRelated, ProcedureStates.Evidence e,
				Map<Procedure, ProcedureState> states, FairCompetitionReview currentFairCompetition,
				boolean anyFairCompetition) {
			List<Missing> missing = new ArrayList<>();
			switch (states.get(Procedure.PUBLIC_PARTICIPATION)) {
				case PENDING -> missing.add(new Missing("decision.gate.participation-missing"));
				case IN_PROGRESS -> missing.add(e.consultation().status() == ConsultationStatus.OPEN
						? new Missing("decision.gate.participation-open", e.consultation().closesOn())
						: new Missing("decision.gate.participation-unanswered",
								e.consultation().comments() - e.consultation().answered()));
				default -> {
				}
			}
			if (!states.get(Procedure.EXPERT_ARGUMENTATION).satisfied()) {
				missing.add(new Missing("decision.gate.experts-missing"));
			}
			if (states.get(Procedure.RISK_ASSESSMENT) == ProcedureState.PENDING) {
				missing.add(new Missing("decision.gate.risk-missing"));
			}
			else if (e.risk() != null && !e.risk().controllable()
					&& states.get(Procedure.RISK_ASSESSMENT) != ProcedureState.EXEMPT) {
				missing.add(new Missing("decision.gate.risk-uncontrollable", e.risk().doneOn()));
			}
			if (e.review() == null) {
				missing.add(new Missing("decision.gate.review-missing"));
			}
			else if (e.review().status() == ReviewStatus.UNLAWFUL) {
				missing.add(new Missing("decision.gate.review-unlawful", e.review().documentNumber()));
			}
			else if (e.review().status() == ReviewStatus.RETURNED) {
				missing.add(new Missing("decision.gate.review-returned", e.review().returnReason()));
			}
			else if (e.review().status() != ReviewStatus.PASSED) {
				missing.add(new Missing("decision.gate.review-pending"));
			}
			if (marketRelated) {
				if (currentFairCompetition == null) {
					missing.add(new Missing(anyFairCompetition ? "decision.gate.fair-competition-stale"
							: "decision.gate.fair-competition-missing"));
				}
				else if (currentFairCompetition.conclusion() == FairCompetition.FAILS) {
					missing.add(new Missing("decision.gate.fair-competition-fails"));
				}
			}
			return missing;
		}
	}

	/**
	 * The draft a legality review is judging, or has passed, is not changed behind its back (第二十五条, 第二十八条: 决策
	 * 承办单位根据合法性审查意见进行必要的调整或者补充): while the review is under way nothing changes; after an opinion the
	 * draft is revised in answer to it (the 修改稿 goes to the reviewer); a draft returned for completion may be completed;
	 * once the review passed, a change — of the text, the 涉及市场主体 flag, or the materials — reopens it: the draft must
	 * be reviewed again, and its 公平竞争审查 follows its text.
	 */
	static final class DraftFollowsItsReview {

		private DraftFollowsItsReview() {
		}

		/**
		 * @param review the state of the review the decision stands on, or {@code null}
		 * @param changed whether the revision changes anything
		 * @param reopen whether the user confirmed that a passed review is to be reopened
		 * @return whether the passed review is reopened by this change
		 */
		static boolean check(ReviewStatus review, boolean changed, boolean reopen) {
			if (review == null || !changed) {
				return false;
			}
			return switch (review) {
				case SUBMITTED, IN_REVIEW -> throw RuleViolation.of("decision.rule.draft-under-review");
				case PASSED -> {
					if (!reopen) {
						throw RuleViolation.onField("reopenReview", "decision.rule.draft-frozen");
					}
					yield true;
				}
				case RETURNED, OPINION_ISSUED, UNLAWFUL -> false;
			};
		}
	}

	/**
	 * Only the first three procedures may be dispensed with, each on its own lawful ground; the legality review and
	 * the collective decision never (第二十五条、第三十条).
	 */
	static final class ExemptionOnlyOnALawfulGround {

		private ExemptionOnlyOnALawfulGround() {
		}

		static void check(Procedure procedure, ExemptionGround ground, String explanation) {
			if (procedure == Procedure.LEGALITY_REVIEW) {
				throw RuleViolation.onField("procedure", "decision.rule.review-not-exemptible");
			}
			if (!procedure.exemptible()) {
				throw RuleViolation.onField("procedure", "decision.rule.collective-not-exemptible");
			}
			if (ground == null || ground.procedure() != procedure) {
				throw RuleViolation.onField("ground", "decision.rule.exemption-ground");
			}
			if (explanation == null || explanation.isBlank()) {
				throw RuleViolation.onField("explanation", "decision.rule.exemption-explanation");
			}
		}
	}

	/**
	 * 专家论证 closes only when every written opinion carries its expert's signature and seal (第十九条第二款: 提供书面论证意见
	 * 的，应当署名、盖章); an opinion given at a 论证会 stands on the meeting's record (第二十条).
	 */
	static final class WrittenOpinionsAreSigned {

		private WrittenOpinionsAreSigned() {
		}

		static void check(List<ExpertOpinion> experts) {
			if (experts.isEmpty()) {
				throw RuleViolation.of("decision.rule.experts-none");
			}
			List<String> unsigned = experts.stream()
				.filter(ExpertOpinion::awaitingSignature)
				.map(ExpertOpinion::expertName)
				.toList();
			if (!unsigned.isEmpty()) {
				throw RuleViolation.of("decision.rule.experts-unsigned", String.join("、", unsigned));
			}
		}
	}

	/**
	 * The collective discussion's record (第三十条): the head decides after the discussion, speaking last; a decision
	 * differing from the majority states its reason; dissent is recorded as it was.
	 */
	static final class HeadDecidesLast {

		private HeadDecidesLast() {
		}

		static void check(boolean headSpokeLast, boolean followsMajority, String differingReason) {
			if (!headSpokeLast) {
				throw RuleViolation.onField("headSpokeLast", "decision.rule.head-last");
			}
			if (!followsMajority && (differingReason == null || differingReason.isBlank())) {
				throw RuleViolation.onField("differingReason", "decision.rule.differing-reason");
			}
		}
	}

	/**
	 * 重大行政决策出台前应当按照规定向同级党委请示报告 (第三十一条): a decision taken under the 条例 (in force from
	 * 2019-09-01, 第四十四条) is published only after the report, or with the recorded reason no report is required.
	 */
	static final class PartyReportBeforeIssue {

		static final LocalDate IN_FORCE_FROM = LocalDate.of(2019, 9, 1);

		private PartyReportBeforeIssue() {
		}

		static void check(LocalDate decidedOn, PartyReport report, LocalDate publishedOn) {
			if (decidedOn.isBefore(IN_FORCE_FROM)) {
				return;
			}
			if (report == null) {
				throw RuleViolation.of("decision.rule.party-report-missing");
			}
			if (!report.waived() && report.reportedOn().isAfter(publishedOn)) {
				throw RuleViolation.onField("publishedOn", "decision.rule.party-report-after", report.reportedOn());
			}
		}
	}

	/** 决策后评估 may not be entrusted to whoever assessed the decision beforehand (第三十六条). */
	static final class EvaluatorIsNotTheAssessor {

		private EvaluatorIsNotTheAssessor() {
		}

		static void check(String assessor, String evaluator) {
			if (assessor != null && normalize(assessor).equals(normalize(evaluator))) {
				throw RuleViolation.onField("evaluator", "decision.rule.evaluator-is-assessor", assessor.strip());
			}
		}

		static String normalize(String name) {
			return name.replaceAll("[\\s　]", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
		}
	}
}
