package org.fazhi.normative;

import java.util.UUID;

import org.fazhi.consultation.ConsultationEvents.AdoptionSummaryPublished;
import org.fazhi.consultation.ConsultationEvents.ConsultationClosed;
import org.fazhi.consultation.ConsultationSubject;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears a document's portal consultation close and conclude, in the same transaction. */
@Component
class ConsultationOutcomeListener {

	private final NormativeService normative;

	ConsultationOutcomeListener(NormativeService normative) {
		this.normative = normative;
	}

	@EventListener
	void on(ConsultationClosed event) {
		if (ours(event.subject()) && event.subjectId() != null) {
			normative.consultationConcluded(UUID.fromString(event.subjectId()), event.comments(), null);
		}
	}

	@EventListener
	void on(AdoptionSummaryPublished event) {
		if (ours(event.subject()) && event.subjectId() != null) {
			normative.consultationConcluded(UUID.fromString(event.subjectId()), event.comments(), event.summary());
		}
	}

	private static boolean ours(ConsultationSubject subject) {
		return subject == ConsultationSubject.NORMATIVE_DOCUMENT
				|| subject == ConsultationSubject.MARKET_NORMATIVE_DOCUMENT;
	}
}
