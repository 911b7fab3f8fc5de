package org.fazhi.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.platform.FazhiException;
import org.fazhi.platform.RuleViolation;
import org.junit.jupiter.api.Test;

/** One rule for a normative document's 集体审议 and a decision's 集体讨论决定: no meeting without a passed review. */
class MeetingAfterPassedReviewTests {

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	@Test
	void aMeetingOnADraftNeverReviewedIsRefused() {
		assertThatThrownBy(() -> MeetingAfterPassedReview.check((ReviewStatus) null))
			.isInstanceOf(RuleViolation.class)
			.extracting(MeetingAfterPassedReviewTests::code)
			.isEqualTo("review.rule.meeting-without-review");
	}

	@Test
	void aMeetingOnADraftFoundUnlawfulIsRefused() {
		assertThatThrownBy(() -> MeetingAfterPassedReview.check(ReviewStatus.UNLAWFUL))
			.extracting(MeetingAfterPassedReviewTests::code)
			.isEqualTo("review.rule.meeting-after-unlawful");
	}

	@Test
	void aMeetingWhileTheOpinionIsStillBeingHandledOrTheMaterialsAreIncompleteIsRefused() {
		for (ReviewStatus s : new ReviewStatus[] { ReviewStatus.OPINION_ISSUED, ReviewStatus.IN_REVIEW,
				ReviewStatus.SUBMITTED, ReviewStatus.RETURNED }) {
			assertThatThrownBy(() -> MeetingAfterPassedReview.check(s))
				.extracting(MeetingAfterPassedReviewTests::code)
				.isEqualTo("review.rule.meeting-review-not-passed");
		}
	}

	@Test
	void aMeetingAfterAPassedReviewIsAllowed() {
		assertThatCode(() -> MeetingAfterPassedReview.check(ReviewStatus.PASSED)).doesNotThrowAnyException();
	}
}
