package org.fazhi.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** What the consultation module announces to the modules whose drafts it consults on. */
public final class ConsultationEvents {

	private ConsultationEvents() {
	}

	/** The period ended: no more comments are taken. */
	public record ConsultationClosed(UUID consultationId, ConsultationSubject subject, String subjectId, int comments,
			LocalDate closedOn) {
	}

	/** Every comment was answered and the 意见采纳情况说明 published. */
	public record AdoptionSummaryPublished(UUID consultationId, ConsultationSubject subject, String subjectId,
			int comments, String summary, LocalDate publishedOn) {
	}
}
