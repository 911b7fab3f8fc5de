package org.fazhi.review;

import java.time.LocalDate;

import org.fazhi.platform.RuleViolation;

/**
 * No collective deliberation of a draft without a passed legality review, nor before the day it passed, nor sooner
 * than the reviewer's minimum time unless a leader records why (国办发〔2018〕37号 二(六): 未经合法性审核或者经审核不合法
 * 的，不得提交集体审议; 重大行政决策程序暂行条例 第二十五条: 未经合法性审查或者经审查不合法的，不得提交决策机关讨论). The
 * same rule for a normative document's 集体审议 and a major decision's 集体讨论决定.
 */
public final class MeetingAfterPassedReview {

	private MeetingAfterPassedReview() {
	}

	/**
	 * @param review the review the draft stands on now, or {@code null} when it has none
	 * @param dateField the form field of the meeting's date, where a refusal is shown
	 * @param overrideReason why the meeting cannot wait for the reviewer's minimum time, or {@code null}
	 * @param overriddenByLeader whether the person recording it may approve such an exception
	 */
	public static void check(ReviewView review, LocalDate meetingDate, String dateField, String overrideReason,
			boolean overriddenByLeader) {
		check(review == null ? null : review.status());
		if (review.passedOn() != null && meetingDate.isBefore(review.passedOn())) {
			throw RuleViolation.onField(dateField, "review.rule.meeting-before-passed", review.passedOn());
		}
		ReviewerIsOwedMinimumTime.check(review, meetingDate, dateField, overrideReason, overriddenByLeader);
	}

	/** The review's state alone: none, found unlawful, or not yet passed are each refused with their reason. */
	public static void check(ReviewStatus status) {
		if (status == null) {
			throw RuleViolation.of("review.rule.meeting-without-review");
		}
		if (status == ReviewStatus.UNLAWFUL) {
			throw RuleViolation.of("review.rule.meeting-after-unlawful");
		}
		if (status != ReviewStatus.PASSED) {
			throw RuleViolation.of("review.rule.meeting-review-not-passed");
		}
	}
}
