package org.fazhi.normative;

import java.time.LocalDate;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;

/** The legal rules of the normative procedure, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/**
	 * 公开征求意见: a document 涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响 is put to public consultation
	 * before its legality review (国办发〔2018〕37号 二(三)、二(六): the office checks 评估论证、征求意见 were done), unless a
	 * lawful ground for not holding one is recorded with its reason (依法需要保密 …; a 部门行政规范性文件 is presumed to
	 * need one).
	 */
	static final class ConsultationBeforeReview {

		private ConsultationBeforeReview() {
		}

		static void check(NormativeDocument d) {
			if (d.consultationWaiver != null
					&& (d.consultationWaiverReason == null || d.consultationWaiverReason.isBlank())) {
				throw RuleViolation.onField("consultationWaiverReason", "normative.rule.waiver-reason");
			}
			if (!d.consultationSettled()) {
				throw RuleViolation.of("normative.rule.consultation-required");
			}
		}
	}

	/**
	 * 有效期一般不超过5年，暂行、试行的为2年 (《内蒙古自治区规范性文件制定和备案监督办法》): a longer validity is allowed
	 * ("一般") only with its reason recorded.
	 */
	static final class ValidityWithinTheCap {

		private ValidityWithinTheCap() {
		}

		static void check(int years, boolean provisional, int cap, int provisionalCap, String reason) {
			if (years < 1) {
				throw InvalidInput.onField("validityYears", "normative.validity.positive");
			}
			if (years > 30) {
				throw InvalidInput.onField("validityYears", "normative.validity.too-long");
			}
			int max = provisional ? provisionalCap : cap;
			if (years > max && (reason == null || reason.isBlank())) {
				throw RuleViolation.onField("validityReason", provisional ? "normative.rule.validity-provisional"
						: "normative.rule.validity-max", max);
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

	/** 内部制度不向社会公开，不进入公开目录，也没有主动公开的期限 (内蒙古自治区人民政府令第262号 第三条: 内部管理规范不适用本办法). */
	static final class InternalRulesAreNotPublished {

		private InternalRulesAreNotPublished() {
		}

		static void check(DocumentKind kind) {
			if (!kind.isPublished()) {
				throw RuleViolation.of("normative.rule.internal-not-published");
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
