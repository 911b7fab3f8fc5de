package org.fazhi.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.platform.FazhiException;
import org.fazhi.support.OfficialCalendar;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's minimum time before a deliberation, on the official 2019 calendar: the earliest date is the review
 * clock's (the minimum-th working day after the submission, pushed back by a suspension).
 */
class ReviewerIsOwedMinimumTimeTests {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}


	@Test
	void deliberationFourWorkingDaysAfterSubmissionAcrossTheDragonBoatFestivalIsRefused() {
		// submitted Monday 2019-06-03; 6/7 端午节: 6/4, 6/5, 6/6, 6/10 are four working days
		assertThatThrownBy(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 6, 3), calendar.plusWorkingDays(LocalDate.of(2019, 6, 3), 5), 5,
				LocalDate.of(2019, 6, 10), null, false))
			.extracting(ReviewerIsOwedMinimumTimeTests::code)
			.isEqualTo("review.rule.minimum-review-time");
	}

	@Test
	void deliberationOnTheFifthWorkingDayIsAllowed() {
		assertThatCode(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 6, 3), calendar.plusWorkingDays(LocalDate.of(2019, 6, 3), 5), 5,
				LocalDate.of(2019, 6, 11), null, false))
			.doesNotThrowAnyException();
	}

	@Test
	void makeUpSaturdayCountsTowardsTheReviewersTime() {
		// submitted 2019-10-08; 10/9, 10/10, 10/11, 10/12 (调休 Saturday), 10/14
		assertThatCode(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 10, 8), calendar.plusWorkingDays(LocalDate.of(2019, 10, 8), 5), 5,
				LocalDate.of(2019, 10, 14), null, false))
			.doesNotThrowAnyException();
	}

	@Test
	void earlierDeliberationWithALeadersRecordedReasonIsAllowed() {
		assertThatCode(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 6, 3), calendar.plusWorkingDays(LocalDate.of(2019, 6, 3), 5), 5,
				LocalDate.of(2019, 6, 4), "自治区政府限期出台", true))
			.doesNotThrowAnyException();
	}

	@Test
	void earlierDeliberationWithAReasonButNoLeaderIsRefused() {
		assertThatThrownBy(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 6, 3), calendar.plusWorkingDays(LocalDate.of(2019, 6, 3), 5), 5,
				LocalDate.of(2019, 6, 4), "时间紧", false))
			.extracting(ReviewerIsOwedMinimumTimeTests::code)
			.isEqualTo("review.rule.override-needs-leader");
	}

	@Test
	void decisionDiscussedOnTheSeventhWorkingDayAfterSubmissionAcrossMayDayIsAllowed() {
		// submitted Monday 2019-04-22; 4/28 (调休 Sunday) counts, 5/1–5/4 do not: the 7th working day is 4/30
		assertThatCode(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 4, 22), calendar.plusWorkingDays(LocalDate.of(2019, 4, 22), 7), 7,
				LocalDate.of(2019, 4, 30), null, false))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 4, 22), calendar.plusWorkingDays(LocalDate.of(2019, 4, 22), 7), 7,
				LocalDate.of(2019, 4, 29), null, false))
			.extracting(ReviewerIsOwedMinimumTimeTests::code)
			.isEqualTo("review.rule.minimum-review-time");
	}

	@Test
	void aRuleWithoutAMinimumOwesNoTime() {
		assertThatCode(() -> ReviewerIsOwedMinimumTime.check(LocalDate.of(2019, 6, 3), null, null,
				LocalDate.of(2019, 6, 4), null, false))
			.doesNotThrowAnyException();
	}
}
