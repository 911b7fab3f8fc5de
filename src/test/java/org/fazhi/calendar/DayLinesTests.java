package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class DayLinesTests {

	private final YearNotice notice = new YearNotice(2027, "国务院办公厅关于2027年部分节假日安排的通知", null, null);

	@Test
	void holidaysAndMakeUpDaysAreReadLineByLine() {
		var days = DayLines.parse("2027-01-01 休 元旦\n\n2027-02-06 班 春节\n2026-12-31 休 元旦", notice);
		assertThat(days).extracting(OfficialDay::date, OfficialDay::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 6), DayKind.MAKEUP_WORKDAY),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), DayKind.HOLIDAY));
	}

	@Test
	void makeUpWorkingDayOnAWeekdayIsRefusedWithItsLineNumber() {
		assertThatThrownBy(() -> DayLines.parse("2027-01-01 休 元旦\n2027-02-08 班 春节", notice))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).code(), e -> ((InvalidInput) e).getArguments()[0])
			.containsExactly("calendar.lines.makeup-on-weekday", 2);
	}

	@Test
	void impossibleDateIsRefused() {
		assertThatThrownBy(() -> DayLines.parse("2027-02-30 休 春节", notice))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("calendar.lines.date");
	}

	@Test
	void dayOfAnotherYearIsRefused() {
		assertThatThrownBy(() -> DayLines.parse("2025-10-01 休 国庆节", notice))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("calendar.lines.outside-year");
	}

	@Test
	void unknownKindAndDuplicatesAreRefused() {
		assertThatThrownBy(() -> DayLines.parse("2027-01-01 放 元旦", notice))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("calendar.lines.kind");
		assertThatThrownBy(() -> DayLines.parse("2027-01-01 休 元旦\n2027-01-01 休 元旦", notice))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("calendar.lines.duplicate");
	}
}
