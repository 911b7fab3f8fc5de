package org.fazhi.enforcement;

/** What the case decided. */
public enum DecisionKind {

	/** 给予行政处罚 */
	PENALTY,
	/** 不予行政处罚 */
	NO_PENALTY,
	/** 准予/不予许可、确认等其他执法决定 */
	OTHER_DECISION,
	/** 移送司法机关 */
	TRANSFER;

	/** A decision that the party must carry out (a penalty) opens the payment period when served. */
	public boolean executable() {
		return this == PENALTY;
	}

	public String messageKey() {
		return "enforcement.decision-kind." + name();
	}
}
