package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.fazhi.support.OfficialCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day arithmetic on the real official years (the State Council notices of each year). */
class WorkingCalendarTests {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	@ParameterizedTest(name = "{0} 起 {1} 个工作日 → {2}：{3}")
	@CsvSource(delimiter = '|', textBlock = """
			2019-09-27 | 5  | 2019-10-10 | 国庆节：9月29日（星期日）调休上班计入，10月1日至7日不计
			2019-09-30 | 1  | 2019-10-08 | 国庆假期整段跳过
			2019-10-11 | 1  | 2019-10-12 | 10月12日（星期六）调休上班
			2019-04-26 | 1  | 2019-04-28 | 2019年劳动节调整后：4月28日（星期日）上班
			2019-04-30 | 1  | 2019-05-05 | 2019年劳动节调整后：5月1日至4日放假，5月5日（星期日）上班
			2019-02-01 | 1  | 2019-02-02 | 春节前2月2日（星期六）调休上班
			2019-02-03 | 1  | 2019-02-11 | 春节2月4日至10日放假
			2020-01-23 | 1  | 2020-02-03 | 2020年春节延长至2月2日：原定2月1日调休上班取消
			2020-01-18 | 1  | 2020-01-19 | 2020年1月19日（星期日）调休上班
			2020-09-30 | 1  | 2020-10-09 | 2020年国庆中秋8天
			2024-02-08 | 1  | 2024-02-09 | 2024年除夕2月9日不是法定节假日
			2024-02-09 | 1  | 2024-02-18 | 2024年春节2月10日至17日，2月18日（星期日）上班
			2024-09-13 | 1  | 2024-09-14 | 2024年9月14日（星期六）调休上班
			2025-01-24 | 1  | 2025-01-26 | 2025年1月26日（星期日）调休上班
			2025-01-27 | 1  | 2025-02-05 | 2025年春节1月28日至2月4日
			2025-04-25 | 1  | 2025-04-27 | 2025年4月27日（星期日）上班；5月9日不是调休日
			2025-05-08 | 1  | 2025-05-09 | 2025年5月9日是普通工作日
			2025-09-30 | 1  | 2025-10-09 | 2025年国庆中秋10月1日至8日
			2025-12-31 | 1  | 2026-01-04 | 2026年元旦1月1日至3日，1月4日（星期日）上班
			2026-02-13 | 1  | 2026-02-14 | 2026年2月14日（星期六）调休上班
			2026-02-14 | 1  | 2026-02-24 | 2026年春节2月15日至23日
			2026-09-24 | 1  | 2026-09-28 | 2026年中秋9月25日至27日，与国庆分开
			2026-09-30 | 1  | 2026-10-08 | 2026年国庆10月1日至7日
			2026-10-09 | 1  | 2026-10-10 | 2026年10月10日（星期六）调休上班
			2019-09-27 | 0  | 2019-09-27 | 零个工作日即起算日
			""")
	void workingDayPeriodsOnRealYears(LocalDate start, int days, LocalDate expected, String situation) {
		assertThat(calendar.plusWorkingDays(start, days)).as(situation).isEqualTo(expected);
		assertThat(calendar.workingDaysBetween(start, expected)).as(situation).isEqualTo(days);
	}

	@ParameterizedTest(name = "{0} 起 {1} {2}（顺延 {3}）→ {4}：{5}")
	@CsvSource(delimiter = '|', textBlock = """
			2019-09-01 | 30 | DAY   | true  | 2019-10-08 | 届满日10月1日为国庆节，顺延至10月8日
			2019-09-01 | 30 | DAY   | false | 2019-10-01 | 不顺延的期限就在节日届满
			2019-09-05 | 30 | DAY   | true  | 2019-10-08 | 10月5日为国庆节（星期六）
			2019-09-09 | 30 | DAY   | true  | 2019-10-09 | 普通工作日不顺延
			2019-06-01 | 15 | DAY   | true  | 2019-06-17 | 6月16日为星期日，顺延至星期一
			2019-01-31 | 1  | MONTH | true  | 2019-02-28 | 2月没有31日，以月末为准
			2019-08-31 | 1  | MONTH | true  | 2019-09-30 | 9月没有31日
			2019-09-01 | 1  | MONTH | true  | 2019-10-08 | 对应日10月1日为国庆节，顺延
			2019-03-15 | 3  | MONTH | true  | 2019-06-17 | 6月15日为星期六，顺延至6月17日
			2020-01-02 | 30 | DAY   | true  | 2020-02-03 | 2020年2月1日在延长的春节假期内
			""")
	void dayAndMonthPeriodsRollForwardToTheNextWorkingDay(LocalDate start, int amount, PeriodUnit unit, boolean roll,
			LocalDate expected, String situation) {
		assertThat(calendar.due(start, amount, unit, roll).due()).as(situation).isEqualTo(expected);
	}

	@Test
	void workingDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2019, 9, 27), LocalDate.of(2019, 10, 14))).isEqualTo(8);
	}

	@ParameterizedTest(name = "{0} 是 {1}")
	@CsvSource({ "2019-09-29, MAKEUP_WORKDAY, 国庆节", "2019-10-05, HOLIDAY, 国庆节", "2019-10-19, WEEKEND,",
			"2019-10-18, WORKDAY,", "2020-02-01, HOLIDAY, 春节", "2019-05-04, HOLIDAY, 劳动节" })
	void eachDayHasItsKindAndName(LocalDate date, DayKind kind, String name) {
		DayInfo day = calendar.day(date);
		assertThat(day.kind()).isEqualTo(kind);
		assertThat(day.name()).isEqualTo(name);
		assertThat(day.certain()).isTrue();
	}

	@Test
	void extendedSpringFestivalOf2020CitesTheExtensionNotice() {
		assertThat(calendar.day(LocalDate.of(2020, 2, 1)).source()).contains("国务院办公厅关于延长2020年春节假期的通知",
				"国办发明电〔2020〕1号");
	}

	@Test
	void yearWithoutANoticeFollowsTheWeekendRuleAndIsUncertain() {
		assertThat(calendar.isCertain(2027)).isFalse();
		DueDate due = calendar.due(LocalDate.of(2026, 12, 30), 5, PeriodUnit.WORKING_DAY, false);
		assertThat(due.certain()).isFalse();
		assertThat(due.due()).isEqualTo(LocalDate.of(2027, 1, 6));
		assertThat(calendar.day(LocalDate.of(2027, 1, 1)).kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(calendar.explain(due).lines()).extracting(Explanation.Line::code)
			.contains("calendar.explain.uncertain");
	}

	@Test
	void explanationNamesTheHolidaySkippedAndTheMakeUpDayCounted() {
		DueDate due = calendar.due(LocalDate.of(2019, 9, 27), 5, PeriodUnit.WORKING_DAY, false);
		Explanation explanation = calendar.explain(due);
		assertThat(explanation.lines()).extracting(Explanation.Line::code)
			.containsExactly("calendar.explain.start", "calendar.explain.unit.WORKING_DAY",
					"calendar.explain.makeup-counted", "calendar.explain.holiday-run",
					"calendar.explain.counted.WORKING_DAY", "calendar.explain.due");
		Explanation.Line holiday = explanation.lines().get(3);
		assertThat(holiday.args()).startsWith("国庆节", LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 7));
	}

	@Test
	void explanationOfARolledDueDateSaysWhy() {
		DueDate due = calendar.due(LocalDate.of(2019, 9, 1), 30, PeriodUnit.DAY, true);
		assertThat(calendar.explain(due).lines()).extracting(Explanation.Line::code).contains("calendar.explain.rolled");
	}
}
