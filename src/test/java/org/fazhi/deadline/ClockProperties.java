package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.ClockMath.Extension;
import org.fazhi.deadline.ClockMath.Suspension;
import org.fazhi.deadline.ClockMath.Terms;
import org.fazhi.support.OfficialCalendar;

/** Properties of clocks on the real calendar 2007–2026. */
class ClockProperties {

	private final WorkingCalendar calendar = OfficialCalendar.official();

	private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

	@Provide
	Arbitrary<LocalDate> starts() {
		return Arbitraries.longs()
			.between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2025, 6, 30).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<PeriodUnit> countingUnits() {
		return Arbitraries.of(PeriodUnit.WORKING_DAY, PeriodUnit.DAY, PeriodUnit.MONTH);
	}

	private static int scaled(PeriodUnit unit, int amount) {
		return unit == PeriodUnit.MONTH ? 1 + amount % 6 : amount;
	}

	@Property(tries = 1500)
	void suspensionNeverShortensAClock(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int amount,
			@ForAll("countingUnits") PeriodUnit unit, @ForAll boolean roll,
			@ForAll @IntRange(min = 0, max = 100) int offset, @ForAll @IntRange(min = 0, max = 60) int length) {
		Terms terms = Terms.deadline(start, scaled(unit, amount), unit, roll, 3);
		LocalDate plain = ClockMath.compute(calendar, terms, List.of(), List.of(), FAR).due();
		LocalDate suspendedOn = start.plusDays(offset);
		Suspension suspension = new Suspension(suspendedOn, suspendedOn.plusDays(length), "补正");
		LocalDate suspended = ClockMath.compute(calendar, terms, List.of(suspension), List.of(), FAR).due();
		assertThat(suspended).isAfterOrEqualTo(plain);
	}

	@Property(tries = 1500)
	void anExtendedPeriodIsTheSumOfBothCountedFromTheStartAndRolledOnce(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int amount, @ForAll("countingUnits") PeriodUnit unit,
			@ForAll boolean roll, @ForAll @IntRange(min = 1, max = 30) int extension) {
		int base = scaled(unit, amount);
		int extra = unit == PeriodUnit.MONTH ? 1 + extension % 3 : extension;
		Terms terms = Terms.deadline(start, base, unit, roll, 3);
		LocalDate plain = ClockMath.compute(calendar, terms, List.of(), List.of(), FAR).due();
		LocalDate extended = ClockMath
			.compute(calendar, terms, List.of(), List.of(new Extension(extra, "领导", "理由")), FAR)
			.due();
		LocalDate counted = calendar.count(start, base + extra, unit);
		LocalDate expected = roll && unit != PeriodUnit.WORKING_DAY ? calendar.nextWorkingDayFrom(counted) : counted;
		assertThat(extended).isEqualTo(expected).isAfterOrEqualTo(plain);
	}

	@Property(tries = 1500)
	void aFloorNeverMakesAClockOverdueWhateverTheDay(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int minimum, @ForAll("countingUnits") PeriodUnit unit,
			@ForAll @IntRange(min = 0, max = 4000) int daysLater) {
		Terms floor = Terms.floor(start, scaled(unit, minimum), unit);
		ClockMath.Result result = ClockMath.compute(calendar, floor, List.of(), List.of(), FAR);
		LocalDate today = start.plusDays(daysLater);
		assertThat(result.due()).isNull();
		assertThat(result.earliest()).isAfter(start);
		assertThat(ClockMath.status(calendar, result.due(), 3, PeriodUnit.WORKING_DAY, null, null, today))
			.isEqualTo(ClockStatus.NORMAL);
		assertThat(ClockMath.status(calendar, result.due(), 3, PeriodUnit.WORKING_DAY, null, today, today))
			.isEqualTo(ClockStatus.DONE);
	}

	@Property(tries = 1000)
	void aWorkingDayFloorEndsOnTheMinimumthWorkingDay(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 30) int minimum) {
		LocalDate earliest = ClockMath.compute(calendar, Terms.floor(start, minimum, PeriodUnit.WORKING_DAY), List.of(),
				List.of(), FAR).earliest();
		assertThat(calendar.isWorkingDay(earliest)).isTrue();
		assertThat(calendar.workingDaysBetween(start, earliest)).isEqualTo(minimum);
	}

	@Property(tries = 1000)
	void workingDayClockSuspendedForNDaysEndsAfterAmountPlusLostWorkingDays(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 5, max = 30) int amount, @ForAll @IntRange(min = 0, max = 4) int used,
			@ForAll @IntRange(min = 0, max = 20) int length) {
		Terms terms = Terms.deadline(start, amount, PeriodUnit.WORKING_DAY, false, 3);
		LocalDate suspendedOn = calendar.plusWorkingDays(start, used);
		LocalDate resumedOn = suspendedOn.plusDays(length);
		LocalDate due = ClockMath.compute(calendar, terms, List.of(new Suspension(suspendedOn, resumedOn, "补正")),
				List.of(), FAR).due();
		// the working days counted before the suspension plus those after the resumption make the amount
		assertThat(calendar.workingDaysBetween(start, suspendedOn) + calendar.workingDaysBetween(resumedOn, due))
			.isEqualTo(amount);
	}
}
