package org.fazhi.deadline;

import java.time.LocalDate;

import org.fazhi.calendar.PeriodUnit;

/**
 * A time-limit rule as it reads in one period: the version in force from {@code inForceFrom} to {@code inForceTo}
 * (open-ended when {@code null}). A rule owes a minimum (a floor: the least time owed to someone, e.g. 重大行政决策程序
 * 暂行条例 第二十六条 "一般不少于7个工作日"), sets a maximum (a deadline: by when something must be done), or both; a
 * floor never makes a clock overdue.
 * @param maximum the deadline in the rule's unit, or {@code null} when the rule sets none
 * @param minimum the floor in the rule's unit, or {@code null} when the rule owes none
 * @param maxExtension the most that extensions may add in total, in the rule's unit (0: no extension)
 * @param warning how long before the due date a clock is 临期, in {@code warningUnit} (working days or months)
 * @param startRule when counting starts (起算), in words
 * @param citation the text in force in the period, as users see it
 * @param verified whether the citation was read in the official text (shown to the system administrator only)
 */
public record DeadlineRule(String code, String name, String module, LocalDate inForceFrom, LocalDate inForceTo,
		Integer maximum, Integer minimum, PeriodUnit unit, boolean rollForward, int maxExtension, int warning,
		PeriodUnit warningUnit, String startRule, String citation, boolean verified) {

	public boolean hasDeadline() {
		return maximum != null;
	}

	public boolean hasFloor() {
		return minimum != null;
	}

	/** The deadline as words: a number of units, or the month and day of a fixed day of the year (3月1日). */
	public Object maximumWords() {
		return maximum == null ? null : org.fazhi.calendar.WorkingCalendar.amountWords(maximum, unit);
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(inForceFrom) && (inForceTo == null || !day.isAfter(inForceTo));
	}
}
