package org.fazhi.decision;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A decision's state; the allowed moves sit on each status. */
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

	private Set<DecisionStatus> next() {
		return switch (this) {
			case DRAFTING -> Set.of(DECIDED, NOT_ADOPTED, ABANDONED);
			case DECIDED -> Set.of(PUBLISHED);
			case NOT_ADOPTED, PUBLISHED, ABANDONED -> Set.of();
		};
	}

	public boolean canMoveTo(DecisionStatus target) {
		return next().contains(target);
	}

	/** @throws RuleViolation naming both states, in Chinese */
	public void assertCanMoveTo(DecisionStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("decision.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	/** Taken (approved by the collective discussion), published or not: reports and evaluations follow. */
	public boolean taken() {
		return this == DECIDED || this == PUBLISHED;
	}

	public String messageKey() {
		return "decision.status." + name();
	}
}
