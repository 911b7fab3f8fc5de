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

/** Clock arithmetic on the real calendar: floors, deadlines, suspension, extension, roll-forward and status. */
class ClockMathTests {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

	private static Terms deadline(String start, int amount, PeriodUnit unit, boolean roll) {
		return Terms.deadline(LocalDate.parse(start), amount, unit, roll, 3);
	}

	@Test
	void legalityReviewOfFifteenWorkingDaysSkipsTheNationalDayHoliday() {
		Terms review = deadline("2019-09-20", 15, PeriodUnit.WORKING_DAY, false);
		// 9/23–9/30 six days (9/29 调休 included), 10/1–10/7 holiday, then 10/8 … 10/18 nine more
		assertThat(ClockMath.compute(calendar, review, List.of(), List.of(), FAR).due())
			.isEqualTo(LocalDate.of(2019, 10, 16));
	}

	@Test
	void sixtyPlusThirtyDaysIsNinetyFromTheStartRolledOnce() {
		// 60 days from 2026-08-02 end on 10-01 (国庆), which would roll to 10-08; the extension does not run from
		// there: 90 days from the start end on 10-31 (Saturday), rolled once to Monday 11-02
		Terms petition = deadline("2026-08-02", 60, PeriodUnit.DAY, true);
		assertThat(ClockMath.compute(calendar, petition, List.of(), List.of(), FAR).due())
			.isEqualTo(LocalDate.of(2026, 10, 8));
		ClockMath.Result extended = ClockMath.compute(calendar, petition, List.of(),
				List.of(new Extension(30, "张伟", "情况复杂")), FAR);
		assertThat(extended.due()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(extended.explanation().lines()).extracting(Explanation.Line::code)
			.containsSubsequence("clock.explain.deadline.DAY", "clock.explain.extended.DAY",
					"clock.explain.extended-total.DAY", "calendar.explain.counted.DAY", "clock.explain.rolled",
					"clock.explain.due");
		assertThat(extended.explanation().lines()).filteredOn(l -> l.code().equals("clock.explain.rolled")).hasSize(1);
	}

	@Test
	void workingDayExtensionIsTheSumOfWorkingDaysFromTheStart() {
		// 依申请公开: 20 + 20 working days from 2019-09-27 (国庆 10-01..10-07, 09-29 and 10-12 调休 counted)
		Terms answer = deadline("2019-09-27", 20, PeriodUnit.WORKING_DAY, false);
		LocalDate forty = calendar.plusWorkingDays(LocalDate.of(2019, 9, 27), 40);
		assertThat(ClockMath.compute(calendar, answer, List.of(), List.of(new Extension(20, "张伟", "需要征求第三方意见")), FAR)
			.due()).isEqualTo(forty);
	}

	@Test
	void monthsOfAnExtensionAreCountedWithTheStatutoryMonthsFromTheStart() {
		// 3 + 3 months from 01-31: six months end on 07-31, not 04-30 + 3 = 07-30
		Terms suggestion = deadline("2025-01-31", 3, PeriodUnit.MONTH, false);
		assertThat(ClockMath.compute(calendar, suggestion, List.of(), List.of(new Extension(3, "张伟", "难度大")), FAR).due())
			.isEqualTo(LocalDate.of(2025, 7, 31));
	}

	@Test
	void aFloorOnlyClockHasAnEarliestDateAndNoDueDate() {
		// 重大行政决策合法性审查: 一般不少于7个工作日 from Monday 2019-09-23 (国庆 in between)
		Terms floor = Terms.floor(LocalDate.of(2019, 9, 23), 7, PeriodUnit.WORKING_DAY);
		ClockMath.Result result = ClockMath.compute(calendar, floor, List.of(), List.of(), FAR);
		assertThat(result.due()).isNull();
		assertThat(result.earliest()).isEqualTo(calendar.plusWorkingDays(LocalDate.of(2019, 9, 23), 7));
		assertThat(result.explanation().lines()).extracting(Explanation.Line::code)
			.contains("clock.explain.earliest-only")
			.doesNotContain("clock.explain.due");
	}

	@Test
	void aFloorOnlyClockIsNeverOverdueNorLate() {
		assertThat(ClockMath.status(calendar, null, 3, PeriodUnit.WORKING_DAY, null, null, FAR))
			.isEqualTo(ClockStatus.NORMAL);
		assertThat(ClockMath.status(calendar, null, 3, PeriodUnit.WORKING_DAY, null, FAR, FAR)).isEqualTo(ClockStatus.DONE);
	}

	@Test
	void aRuleWithBothAFloorAndADeadlineStatesBoth() {
		// 规范性文件合法性审核: 不少于5个工作日，最长不超过15个工作日
		Terms both = new Terms(LocalDate.of(2019, 6, 3), 15, 5, PeriodUnit.WORKING_DAY, false, 3, PeriodUnit.WORKING_DAY);
		ClockMath.Result result = ClockMath.compute(calendar, both, List.of(), List.of(), FAR);
		assertThat(result.earliest()).isEqualTo(LocalDate.of(2019, 6, 11));
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 6, 25));
		assertThat(result.explanation().lines()).extracting(Explanation.Line::code)
			.contains("clock.explain.due", "clock.explain.earliest");
	}

	@Test
	void aSuspensionPushesTheFloorAsItPushesTheDeadline() {
		Terms floor = Terms.floor(LocalDate.of(2019, 6, 3), 7, PeriodUnit.WORKING_DAY);
		LocalDate plain = ClockMath.compute(calendar, floor, List.of(), List.of(), FAR).earliest();
		LocalDate suspended = ClockMath.compute(calendar, floor,
				List.of(new Suspension(LocalDate.of(2019, 6, 4), LocalDate.of(2019, 6, 11), "补充材料")), List.of(), FAR)
			.earliest();
		assertThat(calendar.workingDaysBetween(plain, suspended)).isEqualTo(4);
	}

	@Test
	void suspensionForCorrectionDoesNotCountAndTheRemainderRunsFromResumption() {
		Terms review = deadline("2019-06-03", 15, PeriodUnit.WORKING_DAY, false);
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
		Terms review = deadline("2019-06-03", 15, PeriodUnit.WORKING_DAY, false);
		ClockMath.Result open = ClockMath.compute(calendar, review,
				List.of(new Suspension(LocalDate.of(2019, 6, 5), null, "听证")), List.of(), LocalDate.of(2019, 6, 12));
		assertThat(open.provisional()).isTrue();
		// 6/6, 6/10, 6/11, 6/12 lost so far: 6/25 + 4 working days
		assertThat(open.due()).isEqualTo(LocalDate.of(2019, 7, 1));
	}

	@Test
	void calendarDaySuspensionShiftsByCalendarDays() {
		Terms petition = deadline("2019-08-01", 60, PeriodUnit.DAY, true);
		ClockMath.Result result = ClockMath.compute(calendar, petition,
				List.of(new Suspension(LocalDate.of(2019, 8, 10), LocalDate.of(2019, 8, 20), "听证")), List.of(), FAR);
		// 9/30 + 10 days = 10/10 (Thursday, a working day)
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 10, 10));
	}

	@Test
	void theValidityOfFiveYearsFromTheThirteenthEndsOnTheTwelfth() {
		// 施行 2026-12-13: counted from the day before, five years end on 2031-12-12, the last valid day
		Terms validity = new Terms(LocalDate.of(2026, 12, 12), 5, null, PeriodUnit.YEAR, false, 6, PeriodUnit.MONTH);
		ClockMath.Result result = ClockMath.compute(calendar, validity, List.of(), List.of(), FAR);
		assertThat(result.due()).isEqualTo(LocalDate.of(2031, 12, 12));
		assertThat(ClockMath.status(calendar, result.due(), 6, PeriodUnit.MONTH, null, null, LocalDate.of(2031, 6, 11)))
			.isEqualTo(ClockStatus.NORMAL);
		assertThat(ClockMath.status(calendar, result.due(), 6, PeriodUnit.MONTH, null, null, LocalDate.of(2031, 6, 12)))
			.isEqualTo(ClockStatus.DUE_SOON);
	}

	@Test
	void anAnnualReportDueByTheFirstOfMarchIsDueThatDayOfTheFollowingYear() {
		Terms report = new Terms(LocalDate.of(2019, 12, 31), 301, null, PeriodUnit.ANNUAL_DATE, false, 10,
				PeriodUnit.WORKING_DAY);
		assertThat(ClockMath.compute(calendar, report, List.of(), List.of(), FAR).due()).isEqualTo(LocalDate.of(2020, 3, 1));
	}

	@Test
	void theExplanationNamesTheExtensionOfTheSpringFestival2020() {
		// a working-day period across the 2020 Spring Festival and its extension (国办发明电〔2020〕1号)
		Terms review = deadline("2020-01-20", 10, PeriodUnit.WORKING_DAY, false);
		ClockMath.Result result = ClockMath.compute(calendar, review, List.of(), List.of(), FAR);
		assertThat(result.explanation().lines())
			.filteredOn(l -> l.code().equals("calendar.explain.holiday-run"))
			.anySatisfy(l -> assertThat(l.args()[3].toString()).contains("国办发明电〔2019〕16号", "国办发明电〔2020〕1号"));
	}

	@Test
	void aDueDateOnAMakeUpSaturdayIsSaidToBeOne() {
		// 5 working days from Tuesday 2019-10-08: 10/9, 10/10, 10/11, 10/12 (调休 Saturday) … the 4th is the Saturday
		Terms review = deadline("2019-10-08", 4, PeriodUnit.WORKING_DAY, false);
		ClockMath.Result result = ClockMath.compute(calendar, review, List.of(), List.of(), FAR);
		assertThat(result.due()).isEqualTo(LocalDate.of(2019, 10, 12));
		assertThat(result.explanation().lines()).extracting(Explanation.Line::code).contains("calendar.explain.on-makeup");
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
		assertThat(ClockMath.status(calendar, due, warning, PeriodUnit.WORKING_DAY, suspendedSince, stoppedOn, today))
			.as(situation)
			.isEqualTo(expected);
	}
}
