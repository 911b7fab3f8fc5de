package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.fazhi.support.OfficialCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of working-day arithmetic that must hold on every real year 2007–2026. */
class WorkingCalendarProperties {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	@Provide
	Arbitrary<LocalDate> officialYears() {
		return Arbitraries.longs()
			.between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Property(tries = 2000)
	void dueDateOfAWorkingDayRuleIsAWorkingDay(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 1, max = 400) int days) {
		assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(start, days))).isTrue();
	}

	@Property(tries = 2000)
	void countingWorkingDaysBackFromTheDueDateGivesTheAmount(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 0, max = 400) int days) {
		LocalDate due = calendar.plusWorkingDays(start, days);
		assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(days);
	}

	@Property(tries = 2000)
	void aLongerPeriodNeverEndsEarlier(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 0, max = 200) int amount, @ForAll @IntRange(min = 0, max = 30) int more,
			@ForAll("countingUnits") PeriodUnit unit, @ForAll boolean roll) {
		int scaled = unit == PeriodUnit.MONTH || unit == PeriodUnit.YEAR ? amount / 10 : amount;
		LocalDate shorter = calendar.due(start, scaled, unit, roll).due();
		LocalDate longer = calendar.due(start, scaled + more, unit, roll).due();
		assertThat(longer).isAfterOrEqualTo(shorter);
	}

	@Property(tries = 2000)
	void aRolledDueDateIsTheFirstWorkingDayOnOrAfterTheCountedDay(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 1, max = 365) int days) {
		DueDate due = calendar.due(start, days, PeriodUnit.DAY, true);
		assertThat(calendar.isWorkingDay(due.due())).isTrue();
		assertThat(due.due()).isAfterOrEqualTo(due.counted());
		for (LocalDate d = due.counted(); d.isBefore(due.due()); d = d.plusDays(1)) {
			assertThat(calendar.isWorkingDay(d)).isFalse();
		}
	}

	@Property(tries = 1000)
	void theDueDateIsAlwaysAfterTheStart(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 1, max = 400) int amount, @ForAll("countingUnits") PeriodUnit unit,
			@ForAll boolean roll) {
		int scaled = unit == PeriodUnit.MONTH ? 1 + amount % 24 : unit == PeriodUnit.YEAR ? 1 + amount % 10 : amount;
		assertThat(calendar.due(start, scaled, unit, roll).due()).isAfter(start);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<PeriodUnit> countingUnits() {
		return net.jqwik.api.Arbitraries.of(PeriodUnit.WORKING_DAY, PeriodUnit.DAY, PeriodUnit.MONTH, PeriodUnit.YEAR);
	}

	@Property(tries = 1000)
	void aFixedDayOfTheYearFallsWithinTheYearAfterTheStart(@ForAll("officialYears") LocalDate start,
			@ForAll @IntRange(min = 1, max = 12) int month) {
		int mmdd = month * 100 + 1;
		LocalDate due = calendar.count(start, mmdd, PeriodUnit.ANNUAL_DATE);
		assertThat(due).isAfter(start).isBeforeOrEqualTo(start.plusYears(1));
		assertThat(due.getMonthValue()).isEqualTo(month);
		assertThat(due.getDayOfMonth()).isEqualTo(1);
	}
}
