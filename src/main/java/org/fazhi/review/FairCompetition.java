package org.fazhi.review;

/** The conclusion of a 公平竞争审查 (公平竞争审查条例 第十七条; before 2024-08-01 国发〔2016〕34号). */
public enum FairCompetition {

	/** 符合公平竞争审查标准 */
	PASSES,
	/** 适用例外规定: restricts competition but meets an exception (条例 第十二条), explained in detail */
	EXCEPTION,
	/** 违反公平竞争审查标准: may not be issued as it stands (条例 第十八条) */
	FAILS;

	public boolean allowsIssue() {
		return this != FAILS;
	}

	public String messageKey() {
		return "fair-competition." + name();
	}
}
