package org.fazhi.consultation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consultation as pages and the API see it.
 * @param acceptingComments whether a visitor may comment today (published, open, within the period)
 * @param version what a change must still find
 * @param comments comments received; {@code answered} of them have a response; {@code hidden} are withheld from view;
 *        {@code shown} are on the portal (published after review and not hidden)
 */
public record ConsultationView(UUID id, UUID orgId, UUID unitId, String orgName, ConsultationSubject subject,
		String subjectId, String title, String draftText, String explanation, String ruleCode, LocalDate opensOn,
		LocalDate closesOn, String shortReason, String howToComment, ConsultationStatus status, LocalDate publishedOn,
		LocalDate closedOn, String summaryText, LocalDate summaryOn, UUID createdBy, long comments, long answered,
		long hidden, long shown, boolean acceptingComments, long version) {

	public boolean allAnswered() {
		return answered == comments;
	}
}
