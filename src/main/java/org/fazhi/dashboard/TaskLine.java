package org.fazhi.dashboard;

import java.time.LocalDate;

import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.ClockView;

/** A task with its clock (or none), as the pages show it. */
public record TaskLine(Task task, ClockView clock) {

	public boolean overdue() {
		return clock != null && clock.status() == ClockStatus.OVERDUE;
	}

	public boolean dueSoon() {
		return clock != null && clock.status() == ClockStatus.DUE_SOON;
	}

	public LocalDate dueDate() {
		return clock == null ? null : clock.dueDate();
	}
}
