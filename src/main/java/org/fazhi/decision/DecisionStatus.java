package org.fazhi.decision;

/** A decision's state. */
public enum DecisionStatus {

	/** 决策草案拟订中: the procedures are being carried out */
	DRAFTING,
	/** 已作出决定: the collective discussion approved it */
	DECIDED,
	/** 未通过: the collective discussion did not approve it */
	NOT_ADOPTED,
	/** 已公布 */
	PUBLISHED,
	/** 已终止: withdrawn before a decision, with the reason */
	ABANDONED;

	public String messageKey() {
		return "decision.status." + name();
	}
}
