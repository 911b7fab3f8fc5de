package org.fazhi.normative;

import java.time.LocalDate;

import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.review.ReviewStatus;

/** The legal rules of the normative procedure, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/**
	 * 未经合法性审核或者经审核不合法的，不得提交集体审议 (国办发〔2018〕37号 二(六)): no deliberation without a passed
	 * legality review.
	 */
	static final class DeliberationRequiresPassedReview {

		private DeliberationRequiresPassedReview() {
		}

		static void check(ReviewStatus latestReview) {
			if (latestReview == null) {
				throw RuleViolation.of("normative.rule.deliberation-without-review");
			}
			if (latestReview == ReviewStatus.UNLAWFUL) {
				throw RuleViolation.of("normative.rule.deliberation-after-unlawful");
			}
			if (latestReview != ReviewStatus.PASSED) {
				throw RuleViolation.of("normative.rule.deliberation-review-not-passed");
			}
		}
	}

	/**
	 * 公开征求意见期限: ≥ 30 days for documents touching market entities (优化营商环境条例 第六十二条), ≥ 7 working days
	 * otherwise (法治政府建设示范指标体系 第24项); shorter only with the reason recorded.
	 */
	static final class ConsultationPeriodMinimum {

		private ConsultationPeriodMinimum() {
		}

		static void check(WorkingCalendar calendar, boolean marketRelated, LocalDate from, LocalDate to,
				String shortReason) {
			if (from == null || to == null || to.isBefore(from)) {
				throw InvalidInput.onField("to", "normative.consultation.dates");
			}
			boolean enough = marketRelated ? java.time.temporal.ChronoUnit.DAYS.between(from, to) >= 30
					: calendar.workingDaysBetween(from, to) >= 7;
			if (!enough && (shortReason == null || shortReason.isBlank())) {
				throw RuleViolation.onField("shortReason", marketRelated ? "normative.rule.consultation-30-days"
						: "normative.rule.consultation-7-working-days");
			}
		}
	}

	/** 施行日期不得早于公布日期: a document cannot bind before it is published (优化营商环境条例 第六十四条). */
	static final class EffectiveNotBeforePromulgation {

		private EffectiveNotBeforePromulgation() {
		}

		static void check(LocalDate promulgatedOn, LocalDate effectiveOn) {
			if (promulgatedOn == null) {
				throw InvalidInput.onField("promulgatedOn", "normative.promulgation.date-required");
			}
			if (effectiveOn == null) {
				throw InvalidInput.onField("effectiveOn", "normative.promulgation.effective-required");
			}
			if (effectiveOn.isBefore(promulgatedOn)) {
				throw RuleViolation.onField("effectiveOn", "normative.rule.effective-before-promulgation", effectiveOn,
						promulgatedOn);
			}
		}
	}

	/** 内部制度不属于行政规范性文件，不报送备案 (国办发〔2018〕115号; 内蒙古自治区人民政府令第262号 第三条). */
	static final class InternalRulesAreNotFiled {

		private InternalRulesAreNotFiled() {
		}

		static void check(DocumentKind kind) {
			if (!kind.requiresFiling()) {
				throw RuleViolation.of("normative.rule.internal-not-filed");
			}
		}
	}
}
