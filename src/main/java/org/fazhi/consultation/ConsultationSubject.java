package org.fazhi.consultation;

/** What a consultation is about, and the rule that sets its shortest period. */
public enum ConsultationSubject {

	/** 重大行政决策: at least 30 days (重大行政决策程序暂行条例 第十五条) */
	MAJOR_DECISION("DC_CONSULTATION"),
	/** 行政规范性文件: at least 7 working days */
	NORMATIVE_DOCUMENT("ND_CONSULTATION"),
	/** 涉及市场主体的行政规范性文件: at least 30 days (优化营商环境条例 第六十二条) */
	MARKET_NORMATIVE_DOCUMENT("ND_CONSULTATION_MARKET");

	private final String ruleCode;

	ConsultationSubject(String ruleCode) {
		this.ruleCode = ruleCode;
	}

	public String ruleCode() {
		return ruleCode;
	}

	public String messageKey() {
		return "consultation.subject." + name();
	}
}
