package org.fazhi.normative;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a document stands in its procedure; the allowed moves sit on each status. */
public enum DocumentStatus {

	/** 起草中 */
	DRAFTING,
	/** 公开征求意见中 */
	CONSULTING,
	/** 合法性审查中 */
	IN_REVIEW,
	/** 审查不合法: may not go to deliberation; revise and submit again, or abandon */
	REVIEW_FAILED,
	/** 审查通过，待集体审议 */
	REVIEW_PASSED,
	/** 集体审议通过，待公布 */
	DELIBERATED,
	/** 已公布，尚未施行 */
	PROMULGATED,
	/** 有效 */
	IN_FORCE,
	/** 已修改: superseded by an amending document */
	AMENDED,
	/** 已废止 */
	REPEALED,
	/** 已失效: validity ended, or declared invalid in a cleanup */
	EXPIRED,
	/** 已终止: abandoned before promulgation */
	ABANDONED;

	private Set<DocumentStatus> next() {
		return switch (this) {
			case DRAFTING -> Set.of(CONSULTING, IN_REVIEW, ABANDONED);
			case CONSULTING -> Set.of(DRAFTING, IN_REVIEW, ABANDONED);
			case IN_REVIEW -> Set.of(REVIEW_PASSED, REVIEW_FAILED);
			case REVIEW_FAILED -> Set.of(DRAFTING, ABANDONED);
			case REVIEW_PASSED -> Set.of(DELIBERATED, DRAFTING, ABANDONED);
			case DELIBERATED -> Set.of(PROMULGATED, IN_FORCE, ABANDONED);
			case PROMULGATED -> Set.of(IN_FORCE, REPEALED);
			case IN_FORCE -> Set.of(AMENDED, REPEALED, EXPIRED);
			case AMENDED, REPEALED, EXPIRED, ABANDONED -> Set.of();
		};
	}

	public boolean canMoveTo(DocumentStatus target) {
		return next().contains(target);
	}

	/** @throws RuleViolation naming both states, in Chinese */
	public void assertCanMoveTo(DocumentStatus target) {
		if (!canMoveTo(target)) {
			throw RuleViolation.of("normative.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	/** Promulgated and not yet superseded: part of the published catalog's current law. */
	public boolean promulgated() {
		return this == PROMULGATED || this == IN_FORCE || this == AMENDED || this == REPEALED || this == EXPIRED;
	}

	public boolean editable() {
		return this == DRAFTING || this == CONSULTING || this == REVIEW_FAILED;
	}

	public String messageKey() {
		return "normative.status." + name();
	}
}
