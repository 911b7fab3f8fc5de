package org.fazhi.review;

/** What is reviewed, and the time-limit rule its review runs on. */
public enum ReviewSubject {

	/** 行政规范性文件 (15 working days at most, 5 at least) */
	NORMATIVE_DOCUMENT("ND_LEGALITY_REVIEW"),
	/** 重大行政决策 (at least 7 working days) */
	MAJOR_DECISION("DC_LEGALITY_REVIEW"),
	/** 上报文件 (documents sent to the government or upward) */
	REPORT("RV_DOCUMENT_REVIEW"),
	/** 合同 */
	CONTRACT("RV_DOCUMENT_REVIEW"),
	/** 其他文件 */
	OTHER("RV_DOCUMENT_REVIEW");

	private final String ruleCode;

	ReviewSubject(String ruleCode) {
		this.ruleCode = ruleCode;
	}

	public String ruleCode() {
		return ruleCode;
	}

	public String messageKey() {
		return "review.subject." + name();
	}
}
