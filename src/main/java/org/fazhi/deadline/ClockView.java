package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.calendar.PeriodUnit;

/** A clock as other modules and pages see it. */
public record ClockView(UUID id, UUID orgId, String module, String subjectType, String subjectId, String title,
		String link, String ruleCode, String ruleName, int amount, PeriodUnit unit, boolean rollForward,
		int maxExtension, int warningDays, UUID ownerId, String ownerName, LocalDate startDate, LocalDate dueDate,
		boolean certain, int extensionTotal, LocalDate suspendedSince, LocalDate stoppedOn, ClockStatus status) {

	public boolean running() {
		return !status.stopped();
	}

	/** Whether the clock was stopped on or before its due date. */
	public boolean onTime() {
		return status == ClockStatus.DONE_ON_TIME;
	}
}
