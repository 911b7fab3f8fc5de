package org.fazhi.review;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a review stands; the allowed moves sit on each status. */
public enum ReviewStatus {

	/** 待领取: in the legal division's queue, nobody has taken it yet */
	SUBMITTED,
	/** 审查中: a reviewer has it */
	IN_REVIEW,
	/** 退回补充材料: returned to the requester to complete the materials (第二十六条); the clock is suspended meanwhile */
	RETURNED,
	/** 已出具审查意见: problems were listed; the drafter revises the text and records how each was handled */
	OPINION_ISSUED,
	/** 审查通过: lawful (合法性说明), or the opinion's problems were handled and confirmed by the reviewer */
	PASSED,
	/** 不合法: the subject cannot proceed to deliberation */
	UNLAWFUL;

	private Set<ReviewStatus> next() {
		return switch (this) {
			case SUBMITTED -> Set.of(IN_REVIEW, RETURNED, PASSED, OPINION_ISSUED, UNLAWFUL);
			case IN_REVIEW -> Set.of(RETURNED, PASSED, OPINION_ISSUED, UNLAWFUL);
			case RETURNED -> Set.of(SUBMITTED, IN_REVIEW);
			case OPINION_ISSUED -> Set.of(PASSED);
			case PASSED, UNLAWFUL -> Set.of();
		};
	}

	public boolean canMoveTo(ReviewStatus target) {
		return next().contains(target);
	}

	public void assertCanMoveTo(ReviewStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("review.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	/** Still with the legal division or the drafter: not yet passed or found unlawful. */
	public boolean open() {
		return this == SUBMITTED || this == IN_REVIEW || this == RETURNED || this == OPINION_ISSUED;
	}

	/** The reviewer may give an outcome now. */
	public boolean awaitingOutcome() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

	public String messageKey() {
		return "review.status." + name();
	}
}
