package org.fazhi.review;

import java.time.LocalDate;

import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.platform.RuleViolation;

/**
 * The reviewer is owed the review rule's minimum time (国办发〔2018〕115号: 审核时间一般不少于5个工作日; 重大行政决策程序暂行条例
 * 第二十六条: 一般不少于7个工作日): a deliberation or collective discussion planned sooner after the submission is
 * refused, unless a leader overrides it with a recorded reason ("一般" admits exceptions, on the record).
 */
public final class ReviewerIsOwedMinimumTime {

	private ReviewerIsOwedMinimumTime() {
	}

	/**
	 * @param minimum the rule's minimum in working days ({@code null} or 0: none)
	 * @param overrideReason why the meeting cannot wait, or {@code null}
	 * @param overriddenByLeader whether the person recording it may approve such an exception
	 */
	public static void check(WorkingCalendar calendar, LocalDate submittedOn, LocalDate meetingDate, Integer minimum,
			String overrideReason, boolean overriddenByLeader) {
		if (minimum == null || minimum == 0) {
			return;
		}
		if (calendar.workingDaysBetween(submittedOn, meetingDate) >= minimum) {
			return;
		}
		if (overrideReason != null && !overrideReason.isBlank()) {
			if (!overriddenByLeader) {
				throw RuleViolation.onField("override", "review.rule.override-needs-leader");
			}
			return;
		}
		throw RuleViolation.onField("date", "review.rule.minimum-review-time", minimum, submittedOn,
				calendar.plusWorkingDays(submittedOn, minimum));
	}
}
