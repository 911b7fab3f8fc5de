package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar changed: days were added, corrected or removed. Every open clock must be recomputed.
 * @param dates the days whose status changed
 * @param version the calendar version after the change
 */
public record CalendarChanged(List<LocalDate> dates, long version, String reason) {
}
