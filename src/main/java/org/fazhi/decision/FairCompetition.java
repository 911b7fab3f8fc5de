package org.fazhi.decision;

/** The 公平竞争审查 conclusion of a decision concerning market entities (第二十九条; 公平竞争审查制度). */
public enum FairCompetition {

	/** 符合公平竞争审查标准 */
	PASSES,
	/** 适用例外规定 (with the reason) */
	EXCEPTION,
	/** 违反公平竞争审查标准: may not be decided as it stands */
	FAILS;

	public String messageKey() {
		return "decision.fair-competition." + name();
	}
}
