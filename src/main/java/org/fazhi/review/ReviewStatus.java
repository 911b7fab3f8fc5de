package org.fazhi.review;

import java.util.Set;

import org.fazhi.platform.RuleViolation;

/** Where a review stands; the allowed moves sit on each status. */
public enum ReviewStatus {

	/** 待领取: in the legal division's queue, nobody has taken it yet */
	SUBMITTED,
	/** 审查中: a reviewer has it */
	IN_REVIEW,
	/** 已出具审查意见: problems were listed; the drafter records how each was handled, the reviewer confirms */
	OPINION_ISSUED,
	/** 审查通过: lawful (合法性说明), or the opinion's problems were handled and confirmed */
	PASSED,
	/** 不合法: the subject cannot proceed to deliberation */
	UNLAWFUL;

	private Set<ReviewStatus> next() {
		return switch (this) {
			case SUBMITTED -> Set.of(IN_REVIEW, PASSED, OPINION_ISSUED, UNLAWFUL);
			case IN_REVIEW -> Set.of(PASSED, OPINION_ISSUED, UNLAWFUL);
			case OPINION_ISSUED -> Set.of(PASSED);
			case PASSED, UNLAWFUL -> Set.of();
		};
	}

	public boolean canMoveTo(ReviewStatus target) {
		return next().contains(target);
	}

	public void assertCanMoveTo(ReviewStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("review.status.move", new org.springframework.context.support.DefaultMessageSourceResolvable(
					messageKey()), new org.springframework.context.support.DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	public boolean open() {
		return this == SUBMITTED || this == IN_REVIEW || this == OPINION_ISSUED;
	}

	public String messageKey() {
		return "review.status." + name();
	}
}
