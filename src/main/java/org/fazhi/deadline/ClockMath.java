package org.fazhi.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.Explanation;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;

/**
 * The arithmetic of a clock, pure: the due date from the start and the rule's terms, pushed back by each suspension
 * (the time in suspension does not count: the remaining budget runs from the resumption date) and by each extension
 * (counted on from the due date); and the status on a given day.
 */
public final class ClockMath {

	/** Lines of the calendar's own explanation that the clock states itself, after suspensions and extensions. */
	private static final java.util.Set<String> CONCLUDING = java.util.Set.of("calendar.explain.due",
			"calendar.explain.uncertain", "calendar.explain.not-rolled", "calendar.explain.rolled");

	private ClockMath() {
	}

	/** The terms a clock runs on, copied from its rule when it started. */
	public record Terms(LocalDate start, int amount, PeriodUnit unit, boolean rollForward, int warningDays) {
	}

	/** A period in which the clock did not run; {@code resumedOn} is {@code null} while it is still suspended. */
	public record Suspension(LocalDate suspendedOn, LocalDate resumedOn, String reason) {
	}

	/** An approved extension. */
	public record Extension(int amount, String approvedBy, String reason) {
	}

	/** The outcome: the due date, whether the calendar is certain for all of it, and how it was computed. */
	public record Result(LocalDate due, boolean certain, boolean provisional, Explanation explanation) {
	}

	/**
	 * @param today used only for a suspension still open: its end is taken as today, and the result is provisional
	 */
	public static Result compute(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today) {
		return compute(calendar, terms, suspensions, extensions, today, true);
	}

	/** The due date alone, without building its explanation (for recomputing many clocks at once). */
	public static LocalDate due(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today) {
		return compute(calendar, terms, suspensions, extensions, today, false).due();
	}

	private static Result compute(WorkingCalendar calendar, Terms terms, List<Suspension> suspensions,
			List<Extension> extensions, LocalDate today, boolean explain) {
		DueDate base = calendar.due(terms.start(), terms.amount(), terms.unit(), false);
		List<Explanation.Line> lines = explain ? new ArrayList<>(calendar.explain(base)
			.lines()
			.stream()
			.filter(line -> !CONCLUDING.contains(line.code()))
			.toList()) : new Discarded();
		LocalDate counted = base.counted();
		boolean provisional = false;
		for (Suspension s : suspensions) {
			LocalDate end = s.resumedOn() != null ? s.resumedOn() : (today.isAfter(s.suspendedOn()) ? today : s.suspendedOn());
			provisional |= s.resumedOn() == null;
			if (terms.unit() == PeriodUnit.WORKING_DAY) {
				int lost = calendar.workingDaysBetween(s.suspendedOn(), end);
				counted = calendar.plusWorkingDays(counted, lost);
				lines.add(new Explanation.Line(s.resumedOn() == null ? "clock.explain.suspended-open.working"
						: "clock.explain.suspended.working", s.suspendedOn(), end, lost, s.reason(), counted));
			}
			else {
				long lost = ChronoUnit.DAYS.between(s.suspendedOn(), end);
				counted = counted.plusDays(lost);
				lines.add(new Explanation.Line(s.resumedOn() == null ? "clock.explain.suspended-open.days"
						: "clock.explain.suspended.days", s.suspendedOn(), end, lost, s.reason(), counted));
			}
		}
		LocalDate due = roll(calendar, terms, counted, lines);
		for (Extension e : extensions) {
			LocalDate extended = calendar.count(due, e.amount(), terms.unit());
			lines.add(new Explanation.Line("clock.explain.extended." + terms.unit(), e.approvedBy(), e.amount(),
					e.reason(), extended));
			due = roll(calendar, terms, extended, lines);
		}
		if (explain) {
			lines.add(new Explanation.Line("calendar.explain.due", due, weekday(due)));
			for (int year = terms.start().getYear(); year <= due.getYear(); year++) {
				if (!calendar.isCertain(year)) {
					lines.add(new Explanation.Line("calendar.explain.uncertain", String.valueOf(year)));
				}
			}
		}
		return new Result(due, calendar.certain(terms.start(), due), provisional, new Explanation(lines));
	}

	/** A list that keeps nothing: the explanation of a due date nobody will read. */
	private static final class Discarded extends java.util.AbstractList<Explanation.Line> {

		@Override
		public boolean add(Explanation.Line line) {
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

	/** The status of a clock on the given day. */
	public static ClockStatus status(WorkingCalendar calendar, LocalDate due, int warningDays, LocalDate suspendedSince,
			LocalDate stoppedOn, LocalDate today) {
		if (stoppedOn != null) {
			return stoppedOn.isAfter(due) ? ClockStatus.DONE_LATE : ClockStatus.DONE_ON_TIME;
		}
		if (suspendedSince != null) {
			return ClockStatus.SUSPENDED;
		}
		if (today.isAfter(due)) {
			return ClockStatus.OVERDUE;
		}
		return calendar.workingDaysBetween(today, due) <= warningDays ? ClockStatus.DUE_SOON : ClockStatus.NORMAL;
	}

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

	private static org.springframework.context.support.DefaultMessageSourceResolvable weekday(LocalDate date) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				"calendar.weekday." + date.getDayOfWeek().getValue());
	}
}
