package org.fazhi.enforcement;

import java.util.UUID;

import org.fazhi.review.ReviewEvents.ReviewCompleted;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the legal review of a major enforcement decision in the same transaction as its outcome: an outcome given by a
 * reviewer without a recorded 法律职业资格 is refused with it (第五十八条第二款); a passed review lets the decision be
 * taken.
 */
@Component
class EnforcementReviewListener {

	private final Cases cases;

	private final Officers officers;

	private final ReviewService reviews;

	EnforcementReviewListener(Cases cases, Officers officers, ReviewService reviews) {
		this.cases = cases;
		this.officers = officers;
		this.reviews = reviews;
	}

	@EventListener
	void on(ReviewCompleted event) {
		if (event.subject() != ReviewSubject.ENFORCEMENT_DECISION) {
			return;
		}
		ReviewView review = reviews.get(event.reviewId());
		Policies.ReviewerHoldsLegalQualification.check(officers.qualified(review.reviewerId()), review.reviewerName());
	}

	@EventListener
	void on(ReviewPassed event) {
		if (event.subject() != ReviewSubject.ENFORCEMENT_DECISION || event.subjectId() == null) {
			return;
		}
		cases.reviewPassed(UUID.fromString(event.subjectId()), event.reviewId());
	}
}
