package org.fazhi.decision;

/** Where a procedure stands. */
public enum ProcedureState {

	/** 未开始 */
	PENDING,
	/** 进行中 */
	IN_PROGRESS,
	/** 已完成 */
	DONE,
	/** 依法不适用: marked not required, with its ground */
	EXEMPT;

	public boolean satisfied() {
		return this == DONE || this == EXEMPT;
	}

	public String messageKey() {
		return "decision.state." + name();
	}
}
