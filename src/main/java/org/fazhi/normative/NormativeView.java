package org.fazhi.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.deadline.ClockView;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.ReviewView;

/**
 * A normative document as pages, the API and other modules see it.
 * @param fairCompetitionCurrent whether the latest 公平竞争审查 judged the text as it stands now
 */
public record NormativeView(UUID id, UUID orgId, String orgName, UUID unitId, String unitName, String title,
		DocumentKind kind, String text, String explanation, String basis, boolean marketRelated, int validityYears,
		boolean provisional, String validityReason, ConsultationWaiver consultationWaiver,
		String consultationWaiverReason, DocumentStatus status, Consultation consultation, ReviewView review,
		FairCompetitionReview fairCompetition, boolean fairCompetitionCurrent, Deliberation deliberation, String documentNumber,
		LocalDate promulgatedOn, LocalDate effectiveOn, LocalDate expiresOn, LocalDate publishedOn, Link amends,
		Link amendedBy, LocalDate endedOn, String endReason, boolean needsAmendment, boolean rectificationRequired,
		FilingView filing, List<ClockView> clocks, UUID createdBy, long version) {

	/** In force and usable as a basis: promulgated, published (an internal rule needs no publication), not ended. */
	public boolean inForce() {
		return status == DocumentStatus.IN_FORCE;
	}

	/** Whether the document must still be put to public consultation before its legality review. */
	public boolean consultationOutstanding() {
		return kind.requiresFiling() && consultationWaiver == null && consultation == null;
	}

	/** @param consultationId the portal consultation, when one was used */
	public record Consultation(String channel, LocalDate from, LocalDate to, Integer comments, String summary,
			String shortReason, UUID consultationId) {
	}

	public record Deliberation(String meeting, LocalDate date, String attendees, DeliberationOutcome outcome,
			String minutes, String override) {
	}

	/** Another document of the amendment chain. */
	public record Link(UUID id, String title, String documentNumber) {
	}
}
