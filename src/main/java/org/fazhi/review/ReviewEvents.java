package org.fazhi.review;

import java.time.LocalDate;
import java.util.UUID;

/** What a review announces to the module whose subject it reviewed. */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	/** The reviewer gave an outcome (the review's clock stops here). */
	public record ReviewCompleted(UUID reviewId, ReviewSubject subject, String subjectId, ReviewOutcome outcome,
			LocalDate completedOn) {
	}

	/**
	 * The subject passed the review: it may go to deliberation, on the revision that passed (1: the 送审稿 of a
	 * 合法性说明; a later one: the 修改稿 the reviewer confirmed after an opinion).
	 */
	public record ReviewPassed(UUID reviewId, ReviewSubject subject, String subjectId, LocalDate passedOn,
			int revision) {
	}

	/** The subject was found unlawful: it may not go to deliberation (国办发〔2018〕37号 二(六)). */
	public record ReviewFoundUnlawful(UUID reviewId, ReviewSubject subject, String subjectId, LocalDate on) {
	}
}
