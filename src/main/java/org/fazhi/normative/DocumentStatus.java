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
	/** 按审查意见修改中: the review gave an opinion; the drafter revises the text (修改稿) and records the handling */
	OPINION_HANDLING,
	/** 审查不合法: may not go to deliberation; revise and submit again, or abandon */
	REVIEW_FAILED,
	/** 审查通过，待集体审议: the text that passed is locked; a change means a new review */
	REVIEW_PASSED,
	/** 集体审议通过，待公布 */
	DELIBERATED,
	/** 已公布，尚未施行 */
	PROMULGATED,
	/**
	 * 已公布未公开: its 施行 date came but it is not yet published, so it is not in force and may not be a basis of
	 * administration (国办发〔2018〕37号; 优化营商环境条例 第六十四条)
	 */
	UNPUBLISHED,
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
			case IN_REVIEW -> Set.of(REVIEW_PASSED, REVIEW_FAILED, OPINION_HANDLING);
			case OPINION_HANDLING -> Set.of(REVIEW_PASSED, ABANDONED);
			case REVIEW_FAILED -> Set.of(DRAFTING, ABANDONED);
			case REVIEW_PASSED -> Set.of(DELIBERATED, DRAFTING, ABANDONED);
			case DELIBERATED -> Set.of(PROMULGATED, ABANDONED);
			case PROMULGATED -> Set.of(IN_FORCE, UNPUBLISHED, REPEALED);
			case UNPUBLISHED -> Set.of(IN_FORCE, REPEALED);
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

	/** Promulgated with a 文号 (in force or not): part of the register's promulgated documents. */
	public boolean promulgated() {
		return this == PROMULGATED || this == UNPUBLISHED || this == IN_FORCE || this == AMENDED || this == REPEALED
				|| this == EXPIRED;
	}

	/** Whether the drafter may change the text: while drafting, and in answer to a review opinion (a 修改稿). */
	public boolean editable() {
		return this == DRAFTING || this == CONSULTING || this == REVIEW_FAILED || this == OPINION_HANDLING;
	}

	public String messageKey() {
		return "normative.status." + name();
	}
}
