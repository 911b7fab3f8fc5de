package org.fazhi.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 公平竞争审查 record of a draft concerning market entities, whatever module drafts it.
 * @param textFingerprint the fingerprint of the text it judged; a review counts only for that text
 * @param note the reasons (required for an exception or a failure; for an exception, the 第十二条 ground in detail)
 */
public record FairCompetitionReview(UUID id, ReviewSubject subject, String subjectId, FairCompetition conclusion,
		String note, LocalDate reviewedOn, String reviewer, String textFingerprint, java.time.Instant recordedAt) {

	/** The source the review stands on for its day: the 条例 from 2024-08-01, the State Council's 意见 before. */
	public String basisKey() {
		return FairCompetitionReviewBeforeIssue.basisKey(reviewedOn);
	}
}
