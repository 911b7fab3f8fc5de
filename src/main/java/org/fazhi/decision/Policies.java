package org.fazhi.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.platform.RuleViolation;
import org.fazhi.review.ReviewStatus;

/** The legal rules of major decisions, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/** A reason the gate gives, as a message code and its arguments. */
	record Missing(String code, Object... args) {
	}

	/**
	 * No collective decision while a required procedure is missing (重大行政决策程序暂行条例 第二、三章), the legality review
	 * has not passed (第二十五条: 未经合法性审查或者经审查不合法的，不得提交决策机关讨论；不得以征求意见等方式代替合法性审查),
	 * or, for a decision concerning market entities, the 公平竞争审查 conclusion is missing or negative (第二十九条).
	 */
	static final class CollectiveDecisionGate {

		private CollectiveDecisionGate() {
		}

		static List<Missing> missing(DecisionView d) {
			List<Missing> missing = new ArrayList<>();
			switch (d.procedure(Procedure.PUBLIC_PARTICIPATION).state()) {
				case PENDING -> missing.add(new Missing("decision.gate.participation-missing"));
				case IN_PROGRESS -> missing.add(d.consultation().status() == ConsultationStatus.OPEN
						? new Missing("decision.gate.participation-open", d.consultation().closesOn())
						: new Missing("decision.gate.participation-unanswered",
								d.consultation().comments() - d.consultation().answered()));
				default -> {
				}
			}
			if (!d.procedure(Procedure.EXPERT_ARGUMENTATION).state().satisfied()) {
				missing.add(new Missing("decision.gate.experts-missing"));
			}
			if (!d.procedure(Procedure.RISK_ASSESSMENT).state().satisfied()) {
				missing.add(new Missing("decision.gate.risk-missing"));
			}
			if (d.review() == null) {
				missing.add(new Missing("decision.gate.review-missing"));
			}
			else if (d.review().status() == ReviewStatus.UNLAWFUL) {
				missing.add(new Missing("decision.gate.review-unlawful", d.review().documentNumber()));
			}
			else if (d.review().status() != ReviewStatus.PASSED) {
				missing.add(new Missing("decision.gate.review-pending"));
			}
			if (d.marketRelated()) {
				if (d.fairCompetition() == null) {
					missing.add(new Missing("decision.gate.fair-competition-missing"));
				}
				else if (d.fairCompetition().conclusion() == FairCompetition.FAILS) {
					missing.add(new Missing("decision.gate.fair-competition-fails"));
				}
			}
			return missing;
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
