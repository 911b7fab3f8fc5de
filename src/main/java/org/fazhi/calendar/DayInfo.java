package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * One day as the calendar sees it.
 * @param name the holiday's name, or {@code null} on an ordinary day
 * @param source the notice the day comes from, or {@code null}
 * @param certain whether the day's year has its official arrangement recorded
 */
public record DayInfo(LocalDate date, DayKind kind, String name, String source, String url, boolean certain) {

	public boolean workingDay() {
		return kind.working();
	}
}
