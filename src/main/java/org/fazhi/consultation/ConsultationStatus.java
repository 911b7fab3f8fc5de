package org.fazhi.consultation;

/** A consultation's state. Comments are taken only while {@link #OPEN} and within its period. */
public enum ConsultationStatus {

	/** 未发布: being prepared, not on the portal */
	DRAFT,
	/** 征求意见中: on the portal; comments taken from the first to the last day of the period */
	OPEN,
	/** 已截止: the period is over; staff answer the remaining comments */
	CLOSED,
	/** 已反馈: every comment answered and the 意见采纳情况说明 published */
	CONCLUDED;

	public boolean published() {
		return this != DRAFT;
	}

	public String messageKey() {
		return "consultation.status." + name();
	}
}
