package org.fazhi.normative;

import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.review.ReviewEvents.ReviewFoundUnlawful;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.review.ReviewSubject;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the review's outcome for normative documents, in the same transaction as the outcome: the document is
 * 审查通过 or 审查不合法 the moment the reviewer decides, never a moment later.
 */
@Component
class ReviewOutcomeListener {

	private final NormativeRepository documents;

	private final AuditLog audit;

	ReviewOutcomeListener(NormativeRepository documents, AuditLog audit) {
		this.documents = documents;
		this.audit = audit;
	}

	@EventListener
	void on(ReviewPassed event) {
		if (event.subject() != ReviewSubject.NORMATIVE_DOCUMENT || event.subjectId() == null) {
			return;
		}
		documents.find(UUID.fromString(event.subjectId())).ifPresent(d -> {
			d.reviewPassed();
			documents.save(d);
			audit.append(AuditRecord.of(d.orgId, "NORMATIVE_REVIEW_PASSED", NormativeService.ENTITY, d.id)
				.summary(d.title)
				.by(AuditActor.SYSTEM));
		});
	}

	@EventListener
	void on(ReviewFoundUnlawful event) {
		if (event.subject() != ReviewSubject.NORMATIVE_DOCUMENT || event.subjectId() == null) {
			return;
		}
		documents.find(UUID.fromString(event.subjectId())).ifPresent(d -> {
			d.reviewFoundUnlawful();
			documents.save(d);
			audit.append(AuditRecord.of(d.orgId, "NORMATIVE_REVIEW_FAILED", NormativeService.ENTITY, d.id)
				.summary(d.title)
				.by(AuditActor.SYSTEM));
		});
	}
}
