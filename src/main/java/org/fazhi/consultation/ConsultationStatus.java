package org.fazhi.consultation;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A consultation's state; the allowed moves sit on each status. Comments are taken only while {@link #OPEN}. */
public enum ConsultationStatus {

	/** 未发布: being prepared, not on the portal */
	DRAFT,
	/** 征求意见中: on the portal; comments taken from the first to the last day of the period */
	OPEN,
	/** 已截止: the period is over; staff answer the remaining comments */
	CLOSED,
	/** 已反馈: every comment answered and the 意见采纳情况说明 published */
	CONCLUDED;

	private Set<ConsultationStatus> next() {
		return switch (this) {
			case DRAFT -> Set.of(OPEN);
			case OPEN -> Set.of(CLOSED);
			case CLOSED -> Set.of(CONCLUDED);
			case CONCLUDED -> Set.of();
		};
	}

	public boolean canMoveTo(ConsultationStatus target) {
		return next().contains(target);
	}

	/** @throws RuleViolation naming both states, in Chinese */
	public void assertCanMoveTo(ConsultationStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("consultation.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	public boolean published() {
		return this != DRAFT;
	}

	/** Published and not concluded: comments may still be answered, and the answers revised. */
	public boolean answering() {
		return this == OPEN || this == CLOSED;
	}

	public String messageKey() {
		return "consultation.status." + name();
	}
}
