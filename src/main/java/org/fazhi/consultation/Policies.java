package org.fazhi.consultation;

import java.time.LocalDate;

import org.fazhi.deadline.DeadlineRule;
import org.fazhi.platform.RuleViolation;

/** The legal rules of public consultation, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/**
	 * The comment period is no shorter than the subject's rule (重大行政决策程序暂行条例 第十五条: 一般不少于30日;
	 * 优化营商环境条例 第六十二条; 7 working days for other normative documents), unless the reason for a shorter one is
	 * recorded (第十五条: 因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明).
	 */
	static final class PeriodNotShorterThanTheRule {

		private PeriodNotShorterThanTheRule() {
		}

		static void check(DeadlineRule rule, LocalDate earliestClose, LocalDate opensOn, LocalDate closesOn,
				String shortReason, String unitName) {
			if (!closesOn.isBefore(earliestClose)) {
				return;
			}
			if (shortReason != null && !shortReason.isBlank()) {
				return;
			}
			throw RuleViolation.onField("closesOn", "consultation.rule.period-too-short", rule.name(), rule.minimum(), unitName,
					opensOn, earliestClose, rule.citation());
		}
	}

	/**
	 * 听证会: the materials are served on the participants in time before the hearing (重大行政决策程序暂行条例
	 * 第十六条: 听证会举行7日前), as the rule in force on the hearing's day sets it.
	 */
	static final class HearingMaterialsServedInTime {

		private HearingMaterialsServedInTime() {
		}

		/** @param earliestHearing the earliest day the hearing may be held, counted from the service */
		static void check(DeadlineRule rule, LocalDate heldOn, LocalDate materialsServedOn, LocalDate earliestHearing) {
			if (heldOn.isBefore(earliestHearing)) {
				throw RuleViolation.onField("materialsServedOn", "consultation.rule.hearing-materials-late",
						materialsServedOn, heldOn, rule.minimum(), rule.citation());
			}
		}
	}
}
