package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.Explanation;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.ClockMath.Extension;
import org.fazhi.deadline.ClockMath.Suspension;
import org.fazhi.deadline.ClockMath.Terms;
import org.fazhi.support.OfficialCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clock arithmetic on the real 2019 calendar: suspension, extension, roll-forward and status. */
class ClockMathTests {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

	@Test
	void legalityReviewOfFifteenWorkingDaysSkipsTheNationalDayHoliday() {
		Terms review = new Terms(LocalDate.of(2019, 9, 20), 15, PeriodUnit.WORKING_DAY, false, 3);
		// 9/23–9/30 six days (9/29 调休 included), 10/1–10/7 holiday, then 10/8 … 10/18 nine more
		assertThat(ClockMath.compute(calendar, review, List.of(), List.of(), FAR).due())
			.isEqualTo(LocalDate.of(2019, 10, 16));
	}

	@Test
	void suspensionForCorrectionDoesNotCountAndTheRemainderRunsFromResumption() {
		Terms review = new Terms(LocalDate.of(2019, 6, 3), 15, PeriodUnit.WORKING_DAY, false, 3);
		ClockMath.Result plain = ClockMath.compute(calendar, review, List.of(), List.of(), FAR);
		ClockMath.Result suspended = ClockMath.compute(calendar, review,
				List.of(new Suspension(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 10), "补正")), List.of(), FAR);
		assertThat(plain.due()).isEqualTo(LocalDate.of(2019, 6, 25));
		// 6/4 and 6/5 used (2), 6/6 and 6/10 lost in suspension (6/7 端午), 13 left after 6/10
		assertThat(suspended.due()).isEqualTo(LocalDate.of(2019, 6, 27));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2019, 6, 10), suspended.due())).isEqualTo(13);
	}

	@Test
	void suspensionStillOpenGivesAProvisionalDueDateCountedToToday() {
		Terms review = new Terms(LocalDate.of(2019, 6, 3), 15, PeriodUnit.WORKING_DAY, false, 3);
		ClockMath.Result open = ClockMath.compute(calendar, review,
				List.of(new Suspension(LocalDate.of(2019, 6, 5), null, "听证")), List.of(), LocalDate.of(2019, 6, 12));
		assertThat(open.provisional()).isTrue();
		// 6/6, 6/10, 6/11, 6/12 lost so far: 6/25 + 4 working days
		assertThat(open.due()).isEqualTo(LocalDate.of(2019, 7, 1));
	}

	@Test
	void calendarDaySuspensionShiftsByCalendarDays() {
		Terms petition = new Terms(LocalDate.of(2019, 8, 1), 60, PeriodUnit.DAY, true, 10);
		ClockMath.Result result = ClockMath.compute(calendar, petition,
				List.of(new Suspension(LocalDate.of(2019, 8, 10), LocalDate.of(2019, 8, 20), "听证")), List.of(), FAR);
		// 9/30 + 10 days = 10/10 (Thursday, a working day)
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 10, 10));
	}

	@Test
	void extensionIsCountedOnFromTheDueDate() {
		Terms petition = new Terms(LocalDate.of(2019, 8, 1), 60, PeriodUnit.DAY, true, 10);
		ClockMath.Result result = ClockMath.compute(calendar, petition, List.of(),
				List.of(new Extension(30, "张伟", "情况复杂")), FAR);
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 10, 30));
		assertThat(result.explanation().lines()).extracting(Explanation.Line::code)
			.contains("clock.explain.extended.DAY");
	}

	@Test
	void extendedDueDateOnAHolidayRollsForward() {
		Terms petition = new Terms(LocalDate.of(2019, 7, 3), 60, PeriodUnit.DAY, true, 10);
		// 7/3 + 60 = 9/1 (Sunday) → 9/2; + 30 = 10/2 (国庆) → 10/8
		ClockMath.Result result = ClockMath.compute(calendar, petition, List.of(),
				List.of(new Extension(30, "张伟", "情况复杂")), FAR);
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 10, 8));
	}

	@ParameterizedTest(name = "{5}")
	@CsvSource(delimiter = '|', textBlock = """
			2019-10-16 | 3 |            |            | 2019-10-08 | NORMAL       | 离届满还有 6 个工作日：正常
			2019-10-16 | 3 |            |            | 2019-10-11 | NORMAL       | 还剩 4 个工作日（含10月12日调休上班）：正常
			2019-10-16 | 3 |            |            | 2019-10-12 | DUE_SOON     | 调休上班日当天还剩 3 个工作日：临期
			2019-10-16 | 3 |            |            | 2019-10-16 | DUE_SOON     | 届满当日：临期
			2019-10-16 | 3 |            |            | 2019-10-17 | OVERDUE      | 届满次日：超期
			2019-10-16 | 3 | 2019-10-10 |            | 2019-10-20 | SUSPENDED    | 中止中：不判断临期超期
			2019-10-16 | 3 |            | 2019-10-16 | 2019-10-30 | DONE_ON_TIME | 届满当日办结：按期办结
			2019-10-16 | 3 |            | 2019-10-17 | 2019-10-30 | DONE_LATE    | 届满次日办结：逾期办结
			""")
	void statusOnADay(LocalDate due, int warning, LocalDate suspendedSince, LocalDate stoppedOn, LocalDate today,
			ClockStatus expected, String situation) {
		assertThat(ClockMath.status(calendar, due, warning, suspendedSince, stoppedOn, today)).as(situation)
			.isEqualTo(expected);
	}
}
