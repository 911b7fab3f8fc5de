package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.UUID;

/** What the clocks announce to the modules that own their items. */
public final class ClockEvents {

	private ClockEvents() {
	}

	/** A clock entered its warning period (临期). */
	public record ClockDueSoon(UUID clockId, UUID orgId, String module, String subjectType, String subjectId,
			LocalDate due) {
	}

	/** A clock passed its due date (超期). */
	public record ClockOverdue(UUID clockId, UUID orgId, String module, String subjectType, String subjectId,
			LocalDate due) {
	}

	/** A clock's due date moved because the working-day calendar changed. */
	public record ClockDueDateMoved(UUID clockId, UUID orgId, String module, String subjectType, String subjectId,
			LocalDate from, LocalDate to) {
	}
}
