package org.fazhi.enforcement;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The steps of an enforcement case, each allowing the next (立案 → 调查取证 → 审核 → 决定 → 送达 → 执行 → 结案). */
public enum CaseStatus {

	/** 已立案 */
	REGISTERED,
	/** 调查取证 */
	INVESTIGATING,
	/** 审核（法制审核 for a major case; the 负责人's examination otherwise） */
	EXAMINING,
	/** 已决定 */
	DECIDED,
	/** 已送达 */
	SERVED,
	/** 已执行 */
	EXECUTED,
	/** 已结案 */
	CLOSED;

	private Set<CaseStatus> next() {
		return switch (this) {
			case REGISTERED -> Set.of(INVESTIGATING);
			case INVESTIGATING -> Set.of(EXAMINING);
			case EXAMINING -> Set.of(INVESTIGATING, DECIDED);
			case DECIDED -> Set.of(SERVED);
			case SERVED -> Set.of(EXECUTED, CLOSED);
			case EXECUTED -> Set.of(CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public boolean canMoveTo(CaseStatus target) {
		return next().contains(target);
	}

	public void assertCanMoveTo(CaseStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("enforcement.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	/** Still before its decision: the decision clock runs. */
	public boolean beforeDecision() {
		return this == REGISTERED || this == INVESTIGATING || this == EXAMINING;
	}

	public String messageKey() {
		return "enforcement.status." + name();
	}
}
