package org.fazhi.review;

/** The three outcomes of a legality review (the seed's 2019 count: 1 意见 + 18 说明). */
public enum ReviewOutcome {

	/** 合法性说明: lawful, no changes needed; the subject passes at once */
	STATEMENT,
	/** 合法性审查意见: problems listed; the subject passes once each is handled and the reviewer confirms */
	OPINION,
	/** 不合法: the subject cannot proceed (国办发〔2018〕37号 二(六)) */
	UNLAWFUL;

	public String messageKey() {
		return "review.outcome." + name();
	}
}
