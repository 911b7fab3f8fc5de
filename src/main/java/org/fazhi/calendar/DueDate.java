package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * A computed due date.
 * @param counted the last day of the period as counted, before any roll-forward
 * @param due the due date (the next working day after {@code counted} where the period rolls forward)
 * @param certain whether every year the period touches has its official holiday arrangement recorded
 */
public record DueDate(LocalDate start, int amount, PeriodUnit unit, boolean rollForward, LocalDate counted,
		LocalDate due, boolean certain) {

	public boolean rolled() {
		return !counted.equals(due);
	}
}
