package org.fazhi.review;

/**
 * The checks of the pre-review (智能预审), each with the rule it rests on (messages {@code prereview.<RULE>.title}
 * and {@code prereview.<RULE>.basis}). Advisory only: the reviewer judges.
 */
public enum PreReviewRule {

	/** 设定行政处罚、行政许可、行政强制、收费 (国办发〔2018〕37号 一(一)) — normative documents only */
	POWER_SETTING(true),
	/** 增加行政许可条件 (国办发〔2018〕37号 一(一)) — normative documents only */
	LICENCE_CONDITIONS(true),
	/** 循环证明、重复证明、无谓证明 (国办发〔2018〕37号 一(一)) */
	CERTIFICATES(false),
	/** 指定或限定经营者 (公平竞争审查条例 第八条) */
	COMPETITION_OPERATORS(false),
	/** 外地、本地歧视 (公平竞争审查条例 第九条) */
	COMPETITION_LOCAL(false),
	/** 选择性补贴、奖励、税收优惠 (公平竞争审查条例 第十条; 第十二条科技例外) */
	COMPETITION_SUBSIDY(false),
	/** 未规定有效期 — normative documents only */
	VALIDITY_MISSING(true),
	/** 有效期超过5年 — normative documents only */
	VALIDITY_TOO_LONG(true),
	/** 暂行、试行文件有效期超过2年 — normative documents only */
	VALIDITY_PROVISIONAL(true),
	/** 未载明施行日期 — normative documents only */
	EFFECTIVE_DATE_MISSING(true),
	/** 正文所写有效期与登记的有效期不一致 — normative documents only */
	VALIDITY_MISMATCH(true),
	/** 引用已废止或已失效的文件 */
	CITES_REPEALED(false),
	/** 涉及群众切身利益、应当公开征求意见而未征求，也未记录依法不公开征求的理由 — normative documents only */
	CONSULTATION_MISSING(true);

	private final boolean normativeOnly;

	PreReviewRule(boolean normativeOnly) {
		this.normativeOnly = normativeOnly;
	}

	public boolean normativeOnly() {
		return normativeOnly;
	}

	public String titleKey() {
		return "prereview." + name() + ".title";
	}

	/**
	 * The basis in force on the day of the review: the 公平竞争审查 standards of the 条例 (in force 2024-08-01), or before
	 * it those of 国发〔2016〕34号.
	 */
	public String basisKey(java.time.LocalDate on) {
		boolean competition = this == COMPETITION_OPERATORS || this == COMPETITION_LOCAL || this == COMPETITION_SUBSIDY;
		if (competition && on != null && on.isBefore(FairCompetitionReviewBeforeIssue.REGULATION_IN_FORCE)) {
			return "prereview." + name() + ".basis.2016";
		}
		return "prereview." + name() + ".basis";
	}
}
