package org.fazhi.review;

import java.time.LocalDate;

import org.fazhi.platform.RuleViolation;

/**
 * The reviewer is owed the review rule's minimum time (国办发〔2018〕115号: 审核时间一般不少于5个工作日; 重大行政决策程序
 * 暂行条例 第二十六条: 一般不少于7个工作日): a deliberation or collective discussion planned before the review clock's
 * earliest date (which a suspension for missing materials pushes back) is refused, unless a leader overrides it with a
 * recorded reason ("一般" admits exceptions, on the record).
 */
public final class ReviewerIsOwedMinimumTime {

	private ReviewerIsOwedMinimumTime() {
	}

	/**
	 * @param review the review as its clock stands
	 * @param overrideReason why the meeting cannot wait, or {@code null}
	 * @param overriddenByLeader whether the person recording it may approve such an exception
	 */
	public static void check(ReviewView review, LocalDate meetingDate, String overrideReason, boolean overriddenByLeader) {
		check(review, meetingDate, "date", overrideReason, overriddenByLeader);
	}

	/** @param dateField the form field of the meeting's date, where a refusal is shown */
	public static void check(ReviewView review, LocalDate meetingDate, String dateField, String overrideReason,
			boolean overriddenByLeader) {
		check(review.submittedOn(), review.earliestDate(), review.minimum(), meetingDate, dateField, overrideReason,
				overriddenByLeader);
	}

	/**
	 * @param earliest the earliest date the rule's minimum allows ({@code null}: the rule owes none)
	 * @param minimum the minimum itself, for the message
	 */
	static void check(LocalDate submittedOn, LocalDate earliest, Integer minimum, LocalDate meetingDate,
			String overrideReason, boolean overriddenByLeader) {
		check(submittedOn, earliest, minimum, meetingDate, "date", overrideReason, overriddenByLeader);
	}

	static void check(LocalDate submittedOn, LocalDate earliest, Integer minimum, LocalDate meetingDate,
			String dateField, String overrideReason, boolean overriddenByLeader) {
		if (earliest == null || !meetingDate.isBefore(earliest)) {
			return;
		}
		if (overrideReason != null && !overrideReason.isBlank()) {
			if (!overriddenByLeader) {
				throw RuleViolation.onField("override", "review.rule.override-needs-leader");
			}
			return;
		}
		throw RuleViolation.onField(dateField, "review.rule.minimum-review-time", minimum, submittedOn, earliest);
	}
}
