package org.fazhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An immutable snapshot of the working-day calendar with precomputed indexes, so that every operation is O(1):
 * whether a day is a working day, the N-th working day after a date, the working days between two dates.
 * A year without a recorded notice follows the weekend rule and is reported as uncertain.
 * <p>
 * Counting (docs/architecture.md, Time): the start day is not counted (期间开始之日不计算在内).
 */
public final class WorkingCalendar {

	/** The first day the calendar covers. */
	public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

	/** The last day the calendar covers. */
	public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private static final long FIRST_EPOCH = FIRST.toEpochDay();

	private final Map<LocalDate, OfficialDay> official;

	private final Map<Integer, YearNotice> years;

	private final long version;

	private final boolean[] working;

	/** cumulative[i]: working days from FIRST up to and including FIRST + i. */
	private final int[] cumulative;

	/** ordinal[k]: the day index of the (k+1)-th working day since FIRST. */
	private final int[] ordinal;

	private WorkingCalendar(Map<LocalDate, OfficialDay> official, Map<Integer, YearNotice> years, long version) {
		this.official = official;
		this.years = years;
		this.version = version;
		int size = (int) (LAST.toEpochDay() - FIRST_EPOCH + 1);
		this.working = new boolean[size];
		this.cumulative = new int[size];
		int count = 0;
		int[] positions = new int[size];
		LocalDate day = FIRST;
		for (int i = 0; i < size; i++, day = day.plusDays(1)) {
			OfficialDay named = official.get(day);
			boolean isWorking = named != null ? named.kind().working() : !isWeekend(day);
			working[i] = isWorking;
			if (isWorking) {
				positions[count++] = i;
			}
			cumulative[i] = count;
		}
		this.ordinal = java.util.Arrays.copyOf(positions, count);
	}

	public static WorkingCalendar of(Collection<OfficialDay> days, Collection<YearNotice> notices, long version) {
		Map<LocalDate, OfficialDay> byDate = new HashMap<>();
		days.forEach(d -> byDate.put(d.date(), d));
		Map<Integer, YearNotice> byYear = new TreeMap<>();
		notices.forEach(n -> byYear.put(n.year(), n));
		return new WorkingCalendar(byDate, Collections.unmodifiableMap(byYear), version);
	}

	public long version() {
		return version;
	}

	public static boolean covers(LocalDate date) {
		return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
	}

	public boolean isWorkingDay(LocalDate date) {
		return working[index(date)];
	}

	/** Whether the year's holidays are recorded from an official notice. */
	public boolean isCertain(int year) {
		return years.containsKey(year);
	}

	/** Whether every year from {@code from} to {@code to} is recorded. */
	public boolean certain(LocalDate from, LocalDate to) {
		for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
			if (!isCertain(y)) {
				return false;
			}
		}
		return true;
	}

	public DayInfo day(LocalDate date) {
		index(date);
		OfficialDay named = official.get(date);
		if (named != null) {
			return new DayInfo(date, named.kind(), named.name(), named.source(), named.url(), isCertain(date.getYear()));
		}
		return new DayInfo(date, isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY, null, null, null,
				isCertain(date.getYear()));
	}

	/** The N-th working day after the start (the start itself for N = 0). */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative working days: " + n);
		}
		if (n == 0) {
			return start;
		}
		int k = cumulative[index(start)] + n;
		if (k > ordinal.length) {
			throw new IllegalArgumentException("beyond " + LAST);
		}
		return LocalDate.ofEpochDay(FIRST_EPOCH + ordinal[k - 1]);
	}

	/** The N-th working day before the start (the start itself for N = 0). */
	public LocalDate minusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative working days: " + n);
		}
		LocalDate d = start;
		for (int counted = 0; counted < n;) {
			d = d.minusDays(1);
			if (d.isBefore(FIRST)) {
				throw new IllegalArgumentException("before " + FIRST);
			}
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/** Working days after {@code from}, up to and including {@code to} (negative if {@code to} is earlier). */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return cumulative[index(to)] - cumulative[index(from)];
	}

	/** The day itself if it is a working day, else the first working day after it. */
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		int i = index(date);
		if (working[i]) {
			return date;
		}
		int k = cumulative[i];
		if (k >= ordinal.length) {
			throw new IllegalArgumentException("beyond " + LAST);
		}
		return LocalDate.ofEpochDay(FIRST_EPOCH + ordinal[k]);
	}

	/** The day reached by counting {@code amount} units after {@code start}, before any roll-forward. */
	public LocalDate count(LocalDate start, int amount, PeriodUnit unit) {
		return switch (unit) {
			case WORKING_DAY -> plusWorkingDays(start, amount);
			case DAY -> start.plusDays(amount);
			case MONTH -> start.plusMonths(amount);
			case YEAR -> start.plusYears(amount);
			case ANNUAL_DATE -> {
				java.time.MonthDay day = monthDay(amount);
				LocalDate same = day.atYear(start.getYear());
				yield same.isAfter(start) ? same : day.atYear(start.getYear() + 1);
			}
		};
	}

	/** The month and day an {@link PeriodUnit#ANNUAL_DATE} amount (MMDD) stands for. */
	public static java.time.MonthDay monthDay(int mmdd) {
		return java.time.MonthDay.of(mmdd / 100, mmdd % 100);
	}

	/** The amount of a period as the explanation names it: a number, or a month and day (3月1日). */
	public static Object amountWords(int amount, PeriodUnit unit) {
		if (unit.counts()) {
			return amount;
		}
		java.time.MonthDay day = monthDay(amount);
		return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** The due date of a period of {@code amount} units that starts (uncounted) on {@code start}. */
	public DueDate due(LocalDate start, int amount, PeriodUnit unit, boolean rollForward) {
		LocalDate counted = count(start, amount, unit);
		index(counted);
		LocalDate due = unit != PeriodUnit.WORKING_DAY && rollForward ? nextWorkingDayFrom(counted) : counted;
		return new DueDate(start, amount, unit, rollForward, counted, due, certain(start, due));
	}

	/** The official days between two dates, inclusive, in date order. */
	public List<OfficialDay> officialDays(LocalDate from, LocalDate to) {
		List<OfficialDay> result = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			OfficialDay named = official.get(d);
			if (named != null) {
				result.add(named);
			}
		}
		return result;
	}

	public Collection<YearNotice> years() {
		return years.values();
	}

	/** Explains a due date step by step, naming each holiday skipped and each make-up day counted. */
	public Explanation explain(DueDate due) {
		List<Explanation.Line> lines = new ArrayList<>();
		lines.add(new Explanation.Line("calendar.explain.start", due.start(), weekday(due.start())));
		lines.add(new Explanation.Line("calendar.explain.unit." + due.unit(), amountWords(due.amount(), due.unit())));
		if (due.unit() == PeriodUnit.WORKING_DAY && due.amount() > 0) {
			describeSkippedAndCounted(due.start().plusDays(1), due.counted(), lines);
		}
		lines.add(new Explanation.Line("calendar.explain.counted." + due.unit(), amountWords(due.amount(), due.unit()),
				due.counted(), weekday(due.counted())));
		makeupDay(due.counted()).ifPresent(lines::add);
		if (due.rolled()) {
			lines.add(new Explanation.Line("calendar.explain.rolled", due.counted(), restDay(due.counted()), due.due(),
					weekday(due.due())));
		}
		else if (due.unit() != PeriodUnit.WORKING_DAY && !isWorkingDay(due.counted())) {
			lines.add(new Explanation.Line("calendar.explain.not-rolled", due.counted(), restDay(due.counted())));
		}
		lines.add(new Explanation.Line("calendar.explain.due", due.due(), weekday(due.due())));
		uncertainYears(due.start(), due.due())
			.forEach(year -> lines.add(new Explanation.Line("calendar.explain.uncertain", String.valueOf(year))));
		return new Explanation(lines);
	}

	List<Integer> uncertainYears(LocalDate from, LocalDate to) {
		List<Integer> result = new ArrayList<>();
		for (int y = from.getYear(); y <= to.getYear(); y++) {
			if (!isCertain(y)) {
				result.add(y);
			}
		}
		return result;
	}

	/**
	 * The holidays skipped and the make-up days counted between two days, inclusive. A run of holidays of one name
	 * names every notice that made one of its days a holiday (2020's Spring Festival: the arrangement and its
	 * extension, 国办发明电〔2020〕1号).
	 */
	public List<Explanation.Line> skippedAndCounted(LocalDate from, LocalDate to) {
		List<Explanation.Line> lines = new ArrayList<>();
		List<OfficialDay> run = new ArrayList<>();
		for (OfficialDay day : officialDays(from, to)) {
			if (day.kind() == DayKind.HOLIDAY) {
				OfficialDay last = run.isEmpty() ? null : run.get(run.size() - 1);
				if (last != null && (!last.name().equals(day.name())
						|| ChronoUnit.DAYS.between(last.date(), day.date()) != 1)) {
					flushHoliday(run, lines);
				}
				run.add(day);
			}
			else if (day.kind() == DayKind.MAKEUP_WORKDAY) {
				flushHoliday(run, lines);
				lines.add(new Explanation.Line("calendar.explain.makeup-counted", day.date(), weekday(day.date()),
						day.name(), day.source()));
			}
		}
		flushHoliday(run, lines);
		return lines;
	}

	/** A line saying that the day is a make-up working day (调休上班日), if it is one. */
	public java.util.Optional<Explanation.Line> makeupDay(LocalDate date) {
		OfficialDay named = official.get(date);
		if (named == null || named.kind() != DayKind.MAKEUP_WORKDAY) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Explanation.Line("calendar.explain.on-makeup", date, weekday(date), named.name(),
				named.source()));
	}

	private void describeSkippedAndCounted(LocalDate from, LocalDate to, List<Explanation.Line> lines) {
		lines.addAll(skippedAndCounted(from, to));
	}

	private static void flushHoliday(List<OfficialDay> run, List<Explanation.Line> lines) {
		if (run.isEmpty()) {
			return;
		}
		OfficialDay first = run.get(0);
		OfficialDay last = run.get(run.size() - 1);
		String sources = String.join("、", run.stream().map(OfficialDay::source).distinct().toList());
		if (first.date().equals(last.date())) {
			lines.add(new Explanation.Line("calendar.explain.holiday-day", first.name(), first.date(), sources));
		}
		else {
			lines.add(new Explanation.Line("calendar.explain.holiday-run", first.name(), first.date(), last.date(),
					sources));
		}
		run.clear();
	}

	private DefaultMessageSourceResolvable restDay(LocalDate date) {
		OfficialDay named = official.get(date);
		if (named != null && named.kind() == DayKind.HOLIDAY) {
			return new DefaultMessageSourceResolvable(new String[] { "calendar.explain.rest.holiday" },
					new Object[] { named.name() });
		}
		return new DefaultMessageSourceResolvable(new String[] { "calendar.explain.rest.weekend" },
				new Object[] { weekday(date) });
	}

	static DefaultMessageSourceResolvable weekday(LocalDate date) {
		return new DefaultMessageSourceResolvable("calendar.weekday." + date.getDayOfWeek().getValue());
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek d = date.getDayOfWeek();
		return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
	}

	private static int index(LocalDate date) {
		long i = date.toEpochDay() - FIRST_EPOCH;
		if (i < 0 || date.isAfter(LAST)) {
			throw new IllegalArgumentException("outside the calendar: " + date);
		}
		return (int) i;
	}
}
