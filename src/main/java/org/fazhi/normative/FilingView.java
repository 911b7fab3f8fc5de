package org.fazhi.normative;

import java.time.LocalDate;
import java.util.UUID;

/** A filing as pages and the API see it. */
public record FilingView(UUID id, UUID documentId, String documentTitle, String documentNumber, UUID orgId,
		String orgName, UUID reviewerOrgId, String reviewerOrgName, LocalDate submittedOn, Boolean filedOnTime,
		FilingStatus status, int returnedCount, String lastReason, LocalDate decidedOn, String decidedBy,
		UUID reviewClockId, LocalDate reviewDue) {

	/** The authority's review still open past its due date (备案审查超期). */
	public boolean reviewOverdue(LocalDate today) {
		return status == FilingStatus.SUBMITTED && reviewDue != null && today.isAfter(reviewDue);
	}

	/** 按期 / 逾期 / 未计时 (a filing without a clock: its timeliness is not known, never assumed). */
	public String timelinessKey() {
		return filedOnTime == null ? "normative.filing.untimed"
				: filedOnTime ? "normative.filing.on-time" : "normative.filing.late";
	}

	public String timelinessClass() {
		return filedOnTime == null ? "text-bg-secondary" : filedOnTime ? "text-bg-success" : "text-bg-danger";
	}
}
