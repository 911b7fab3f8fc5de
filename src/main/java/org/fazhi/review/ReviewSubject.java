package org.fazhi.review;

/** What is reviewed, and the time-limit rule its review runs on. */
public enum ReviewSubject {

	/** 行政规范性文件 (15 working days at most, 5 at least) */
	NORMATIVE_DOCUMENT("ND_LEGALITY_REVIEW"),
	/** 重大行政决策 (at least 7 working days) */
	MAJOR_DECISION("DC_LEGALITY_REVIEW"),
	/** 重大执法决定 (行政处罚法 第五十八条): the case's decision, reviewed against the 118号 checklist */
	ENFORCEMENT_DECISION("EN_LEGAL_REVIEW"),
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

	/**
	 * Where the subject's own module keeps it (its page is {@code path + subjectId}), or {@code null} for a document
	 * reviewed on its own. A subject with a module of its own is submitted and revised there, never on the review page.
	 */
	public String modulePath() {
		return switch (this) {
			case NORMATIVE_DOCUMENT -> "/normative/";
			case MAJOR_DECISION -> "/decisions/";
			case ENFORCEMENT_DECISION -> "/enforcement/cases/";
			default -> null;
		};
	}

	/** The subject's text is revised in its own module (a document, a decision), not on the review page. */
	public boolean revisedInModule() {
		return this == NORMATIVE_DOCUMENT || this == MAJOR_DECISION;
	}

	/**
	 * The review contents the reviewer answers item by item, or none: for a major enforcement decision the eight of
	 * 国办发〔2018〕118号 (执法主体、执法人员资格、程序、事实证据、法律适用与裁量、权限、文书、移送).
	 */
	public java.util.List<String> checklist() {
		return this == ENFORCEMENT_DECISION ? java.util.List.of("SUBJECT", "OFFICERS", "PROCEDURE", "FACTS", "LAW",
				"COMPETENCE", "DOCUMENTS", "TRANSFER") : java.util.List.of();
	}

	/**
	 * The mark of the review's number after the unit's name: 法审 for a 合法性审查 document, 法核 for the 法制审核意见 of an
	 * enforcement decision, which is a sequence of its own (the count of reviewed documents is the 法审 sequence).
	 */
	public String numberMark() {
		return this == ENFORCEMENT_DECISION ? "法核" : "法审";
	}

	public String messageKey() {
		return "review.subject." + name();
	}
}
