package org.fazhi.normative;

import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.review.ReviewEvents.ReviewCompleted;
import org.fazhi.review.ReviewEvents.ReviewFoundUnlawful;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
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

	private final ReviewService reviews;

	ReviewOutcomeListener(NormativeRepository documents, AuditLog audit, ReviewService reviews) {
		this.documents = documents;
		this.audit = audit;
		this.reviews = reviews;
	}

	/** A 合法性审查意见: the drafter now revises the text in answer to it. */
	@EventListener
	void on(ReviewCompleted event) {
		if (event.subject() != ReviewSubject.NORMATIVE_DOCUMENT || event.subjectId() == null
				|| event.outcome() != ReviewOutcome.OPINION) {
			return;
		}
		documents.find(UUID.fromString(event.subjectId())).ifPresent(d -> {
			d.opinionIssued();
			documents.save(d);
			audit.append(AuditRecord.of(d.orgId, "NORMATIVE_OPINION_RECEIVED", NormativeService.ENTITY, d.id)
				.summary(d.title)
				.by(AuditActor.SYSTEM));
		});
	}

	/** The review passed: the text that passed (the 送审稿, or the confirmed 修改稿) is the document's text from now. */
	@EventListener
	void on(ReviewPassed event) {
		if (event.subject() != ReviewSubject.NORMATIVE_DOCUMENT || event.subjectId() == null) {
			return;
		}
		ReviewView.Revision passed = reviews.get(event.reviewId()).passedRevision().orElseThrow();
		documents.find(UUID.fromString(event.subjectId())).ifPresent(d -> {
			d.reviewPassed(passed.title(), passed.text());
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
