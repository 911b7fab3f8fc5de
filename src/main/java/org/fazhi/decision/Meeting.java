package org.fazhi.decision;

import java.time.LocalDate;
import java.util.UUID;

/** A collective discussion (常务会议/全体会议/厅务会) and its record (第三十条). */
public record Meeting(UUID id, String meeting, LocalDate heldOn, String attendees, String headName,
		String discussion, String dissent, boolean headSpokeLast, boolean followsMajority, String differingReason,
		MeetingOutcome outcome, String decisionText, String overrideReason, String recordedBy,
		java.time.Instant recordedAt) {
}
