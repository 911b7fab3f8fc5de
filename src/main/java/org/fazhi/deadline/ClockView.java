package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.calendar.PeriodUnit;

/**
 * A clock as other modules and pages see it.
 * @param maximum the deadline in {@code unit} (including no extension), or {@code null} for a clock with a floor only
 * @param minimum the floor in {@code unit}, or {@code null}
 * @param dueDate the due date (届满日), or {@code null} for a clock without a deadline
 * @param earliestDate the earliest date the floor allows (最早可于), or {@code null} for a clock without a floor
 * @param citation the rule's text in force when the clock started
 */
public record ClockView(UUID id, UUID orgId, String module, String subjectType, String subjectId, String title,
		String link, String ruleCode, String ruleName, LocalDate ruleFrom, String citation, Integer maximum,
		Integer minimum, PeriodUnit unit, boolean rollForward, int maxExtension, int warning, PeriodUnit warningUnit,
		UUID ownerId, String ownerName, LocalDate startDate, LocalDate dueDate, LocalDate earliestDate,
		boolean certain, int extensionTotal, LocalDate suspendedSince, LocalDate stoppedOn, ClockStatus status,
		long version) {

	public boolean running() {
		return !status.stopped();
	}

	/** Whether the clock sets a due date; a clock with a floor only never becomes overdue. */
	public boolean hasDeadline() {
		return dueDate != null;
	}

	/** Whether the clock was stopped on or before its due date (never for a clock without a deadline). */
	public boolean onTime() {
		return status == ClockStatus.DONE_ON_TIME;
	}

	/** On time, late, or {@code null} when the clock has no deadline (indicators count only real deadlines). */
	public Boolean onTimeIfDeadline() {
		return hasDeadline() ? onTime() : null;
	}

	ClockView withOwnerName(String name) {
		return new ClockView(id, orgId, module, subjectType, subjectId, title, link, ruleCode, ruleName, ruleFrom,
				citation, maximum, minimum, unit, rollForward, maxExtension, warning, warningUnit, ownerId, name,
				startDate, dueDate, earliestDate, certain, extensionTotal, suspendedSince, stoppedOn, status, version);
	}
}
