package org.fazhi.decision;

import java.util.UUID;

import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.review.ReviewQueries;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears a decision's legality review pass, in the review's own transaction: the text that passed (the 送审稿, or the
 * 修改稿 the reviewer confirmed) is the draft the collective discussion sees, the moment the review passes.
 */
@Component
class DecisionReviewListener {

	private final DecisionService decisions;

	private final ReviewQueries reviews;

	DecisionReviewListener(DecisionService decisions, ReviewQueries reviews) {
		this.decisions = decisions;
		this.reviews = reviews;
	}

	@EventListener
	void on(ReviewPassed event) {
		if (event.subject() != ReviewSubject.MAJOR_DECISION || event.subjectId() == null) {
			return;
		}
		ReviewView review = reviews.find(event.reviewId()).orElseThrow();
		review.passedRevision()
			.ifPresent(passed -> decisions.reviewPassed(UUID.fromString(event.subjectId()), event.reviewId(),
					passed.title(), passed.text()));
	}
}
