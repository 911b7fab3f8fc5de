package org.fazhi.normative;

/** The outcome of the collective deliberation (集体审议). */
public enum DeliberationOutcome {

	/** 通过 */
	PASSED,
	/** 修改后通过 */
	PASSED_WITH_CHANGES,
	/** 不通过: the draft goes back to drafting */
	REJECTED;

	public boolean passed() {
		return this != REJECTED;
	}

	public String messageKey() {
		return "normative.deliberation.outcome." + name();
	}
}
