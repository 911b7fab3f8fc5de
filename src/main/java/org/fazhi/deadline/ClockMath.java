package org.fazhi.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.Explanation;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The arithmetic of a clock, pure. A clock owes a floor (the earliest day something may happen, e.g. the reviewer's
 * 7 working days), sets a deadline (the due date), or both.
 * <ul>
 * <li>An extension lengthens the statutory period: 60 days + 30 days is one period of 90 days from the start, rolled
 * forward once at its end (民事诉讼法 第八十五条 via 行政复议法 第八十八条; 信访工作条例 第三十四条), not 30 days after a
 * due date that was itself rolled.</li>
 * <li>The time in suspension does not count: the last day moves by the time lost (working days for a working-day
 * period, days otherwise); the remaining budget runs from the resumption date.</li>
 * <li>A floor is never rolled forward and never makes a clock overdue.</li>
 * </ul>
 */
public final class ClockMath {

	private ClockMath() {
	}

	/**
	 * The terms a clock runs on, copied from its rule's version when it started.
	 * @param maximum the deadline, or {@code null}
	 * @param minimum the floor, or {@code null}
	 * @param warning how long before the due date the clock is 临期, in {@code warningUnit}
	 */
	public record Terms(LocalDate start, Integer maximum, Integer minimum, PeriodUnit unit, boolean rollForward,
			int warning, PeriodUnit warningUnit) {

		public Terms {
			if (maximum == null && minimum == null) {
				throw new IllegalArgumentException("a clock needs a deadline or a floor");
			}
			warningUnit = warningUnit == null ? PeriodUnit.WORKING_DAY : warningUnit;
		}

		/** A deadline of {@code maximum} units, without a floor, warned in working days. */
		public static Terms deadline(LocalDate start, int maximum, PeriodUnit unit, boolean rollForward, int warning) {
			return new Terms(start, maximum, null, unit, rollForward, warning, PeriodUnit.WORKING_DAY);
		}

		/** A floor of {@code minimum} units, without a deadline. */
		public static Terms floor(LocalDate start, int minimum, PeriodUnit unit) {
			return new Terms(start, null, minimum, unit, false, 0, PeriodUnit.WORKING_DAY);
		}

		public boolean hasDeadline() {
			return maximum != null;
		}
	}

	/** A period in which the clock did not run; {@code resumedOn} is {@code null} while it is still suspended. */
	public record Suspension(LocalDate suspendedOn, LocalDate resumedOn, String reason) {
	}

	/** An approved extension. */
	public record Extension(int amount, String approvedBy, String reason) {
	}

	/**
	 * The outcome.
	 * @param due the due date, or {@code null} for a clock without a deadline
	 * @param earliest the earliest date the floor allows, or {@code null} for a clock without a floor
	 */
	public record Result(LocalDate due, LocalDate earliest, boolean certain, boolean provisional,
			Explanation explanation) {
	}

	/**
	 * @param today used only for a suspension still open: its end is taken as today, and the result is provisional
	 */
	public static Result compute(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today) {
		return compute(calendar, terms, suspensions, extensions, today, true);
	}

	/** The dates alone, without building the explanation (for recomputing many clocks at once). */
	public static Result dates(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today) {
		return compute(calendar, terms, suspensions, extensions, today, false);
	}

	private static Result compute(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today, boolean explain) {
		List<Explanation.Line> lines = explain ? new ArrayList<>() : new Discarded();
		PeriodUnit unit = terms.unit();
		LocalDate start = terms.start();
		lines.add(new Explanation.Line("calendar.explain.start", start, weekday(start)));
		LocalDate counted = null;
		if (terms.hasDeadline()) {
			int extended = extensions.stream().mapToInt(Extension::amount).sum();
			int total = terms.maximum() + extended;
			lines.add(new Explanation.Line("clock.explain.deadline." + unit, amount(terms.maximum(), unit)));
			for (Extension e : extensions) {
				lines.add(new Explanation.Line("clock.explain.extended." + unit, e.approvedBy(), e.amount(), e.reason()));
			}
			if (extended > 0) {
				lines.add(new Explanation.Line("clock.explain.extended-total." + unit, total));
			}
			counted = calendar.count(start, total, unit);
			if (explain && unit == PeriodUnit.WORKING_DAY) {
				lines.addAll(calendar.skippedAndCounted(start.plusDays(1), counted));
			}
			lines.add(new Explanation.Line("calendar.explain.counted." + unit, amount(total, unit), counted,
					weekday(counted)));
		}
		LocalDate floor = null;
		if (terms.minimum() != null) {
			floor = calendar.count(start, terms.minimum(), unit);
			if (explain && !terms.hasDeadline() && unit == PeriodUnit.WORKING_DAY) {
				lines.addAll(calendar.skippedAndCounted(start.plusDays(1), floor));
			}
			lines.add(new Explanation.Line("clock.explain.floor." + unit, terms.minimum(), floor, weekday(floor)));
		}
		boolean provisional = false;
		for (Suspension s : suspensions) {
			LocalDate end = s.resumedOn() != null ? s.resumedOn() : (today.isAfter(s.suspendedOn()) ? today : s.suspendedOn());
			provisional |= s.resumedOn() == null;
			boolean workingDays = unit == PeriodUnit.WORKING_DAY;
			long lost = workingDays ? calendar.workingDaysBetween(s.suspendedOn(), end)
					: ChronoUnit.DAYS.between(s.suspendedOn(), end);
			counted = counted == null ? null : shift(calendar, counted, lost, workingDays);
			floor = floor == null ? null : shift(calendar, floor, lost, workingDays);
			String kind = (s.resumedOn() == null ? "suspended-open" : "suspended") + (workingDays ? ".working" : ".days");
			lines.add(new Explanation.Line("clock.explain." + kind, s.suspendedOn(), end, lost, s.reason(),
					counted != null ? counted : floor));
		}
		LocalDate due = counted == null ? null : roll(calendar, terms, counted, lines);
		if (due != null) {
			if (explain) {
				calendar.makeupDay(due).ifPresent(lines::add);
			}
			lines.add(new Explanation.Line("clock.explain.due", due, weekday(due)));
		}
		if (floor != null) {
			lines.add(new Explanation.Line(due == null ? "clock.explain.earliest-only" : "clock.explain.earliest", floor,
					weekday(floor)));
		}
		LocalDate last = due != null ? due : floor;
		for (int year = start.getYear(); explain && year <= last.getYear(); year++) {
			if (!calendar.isCertain(year)) {
				lines.add(new Explanation.Line("calendar.explain.uncertain", String.valueOf(year)));
			}
		}
		return new Result(due, floor, calendar.certain(start, last), provisional,
				new Explanation(explain ? lines : List.of()));
	}

	private static LocalDate shift(WorkingCalendar calendar, LocalDate day, long lost, boolean workingDays) {
		return workingDays ? calendar.plusWorkingDays(day, (int) lost) : day.plusDays(lost);
	}

	/** The last day of a deadline, rolled forward once when the rule says so and it is not a working day. */
	private static LocalDate roll(WorkingCalendar calendar, Terms terms, LocalDate counted, List<Explanation.Line> lines) {
		if (terms.unit() == PeriodUnit.WORKING_DAY || calendar.isWorkingDay(counted)) {
			return counted;
		}
		if (!terms.rollForward()) {
			lines.add(new Explanation.Line("clock.explain.not-rolled", counted));
			return counted;
		}
		LocalDate rolled = calendar.nextWorkingDayFrom(counted);
		lines.add(new Explanation.Line("clock.explain.rolled", counted, rolled, weekday(rolled)));
		return rolled;
	}

	/**
	 * The status of a clock on the given day. A clock without a deadline is 进行中 while it runs and 已办结 when it
	 * stops: a floor never makes it overdue, nor late.
	 */
	public static ClockStatus status(WorkingCalendar calendar, LocalDate due, int warning, PeriodUnit warningUnit,
			LocalDate suspendedSince, LocalDate stoppedOn, LocalDate today) {
		if (stoppedOn != null) {
			if (due == null) {
				return ClockStatus.DONE;
			}
			return stoppedOn.isAfter(due) ? ClockStatus.DONE_LATE : ClockStatus.DONE_ON_TIME;
		}
		if (suspendedSince != null) {
			return ClockStatus.SUSPENDED;
		}
		if (due == null) {
			return ClockStatus.NORMAL;
		}
		if (today.isAfter(due)) {
			return ClockStatus.OVERDUE;
		}
		boolean warned = warningUnit == PeriodUnit.MONTH ? !today.isBefore(due.minusMonths(warning))
				: calendar.workingDaysBetween(today, due) <= warning;
		return warned ? ClockStatus.DUE_SOON : ClockStatus.NORMAL;
	}

	private static Object amount(int amount, PeriodUnit unit) {
		return WorkingCalendar.amountWords(amount, unit);
	}

	private static DefaultMessageSourceResolvable weekday(LocalDate date) {
		return new DefaultMessageSourceResolvable("calendar.weekday." + date.getDayOfWeek().getValue());
	}

	/** A list that keeps nothing: the explanation of a date nobody will read. */
	private static final class Discarded extends java.util.AbstractList<Explanation.Line> {

		@Override
		public boolean add(Explanation.Line line) {
			return true;
		}

		@Override
		public boolean addAll(java.util.Collection<? extends Explanation.Line> lines) {
			return true;
		}

		@Override
		public Explanation.Line get(int index) {
			throw new IndexOutOfBoundsException(index);
		}

		@Override
		public int size() {
			return 0;
		}
	}
}
