package org.fazhi.decision;

/** What a collective discussion decided. */
public enum MeetingOutcome {

	/** 通过 */
	APPROVED,
	/** 修改后通过 */
	APPROVED_WITH_CHANGES,
	/** 不予通过 */
	NOT_APPROVED,
	/** 暂缓决定: discussed again at a later meeting */
	DEFERRED;

	public boolean approves() {
		return this == APPROVED || this == APPROVED_WITH_CHANGES;
	}

	public String messageKey() {
		return "decision.outcome." + name();
	}
}
