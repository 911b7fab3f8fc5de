package org.fazhi.normative;

import java.time.LocalDate;
import java.util.UUID;

/** A filing as pages and the API see it. */
public record FilingView(UUID id, UUID documentId, String documentTitle, String documentNumber, UUID orgId,
		String orgName, UUID reviewerOrgId, String reviewerOrgName, LocalDate submittedOn, boolean filedOnTime,
		FilingStatus status, int returnedCount, String lastReason, LocalDate decidedOn, String decidedBy,
		UUID reviewClockId, LocalDate reviewDue) {
}
