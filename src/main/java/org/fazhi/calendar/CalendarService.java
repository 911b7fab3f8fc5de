package org.fazhi.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar: the current snapshot for arithmetic, and the administrators' changes (a new year's
 * notice, a correction, a local closure), each audited with its reason and announced with {@link CalendarChanged}.
 */
@Service
public class CalendarService {

	/** The largest periods the platform computes: far beyond any statutory time limit. */
	public static final int MAX_WORKING_DAYS = 2500;

	public static final int MAX_DAYS = 3660;

	public static final int MAX_MONTHS = 120;

	public static final int MAX_YEARS = 30;

	private static final long RECHECK_NANOS = 5_000_000_000L;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final AtomicReference<Loaded> loaded = new AtomicReference<>();

	CalendarService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The current calendar. Each node re-reads the calendar's version number every few seconds and reloads the
	 * snapshot when another node changed it.
	 */
	public WorkingCalendar calendar() {
		Loaded current = loaded.get();
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt < RECHECK_NANOS) {
			return current.calendar;
		}
		long version = storedVersion();
		if (current != null && current.calendar.version() == version) {
			loaded.compareAndSet(current, new Loaded(current.calendar, now));
			return current.calendar;
		}
		WorkingCalendar fresh = load(version);
		loaded.set(new Loaded(fresh, now));
		return fresh;
	}

	/** The calendar at least as recent as the given version (after a change announced by an event). */
	public WorkingCalendar calendarAtLeast(long version) {
		WorkingCalendar current = calendar();
		if (current.version() >= version) {
			return current;
		}
		loaded.set(null);
		return calendar();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public DayInfo day(LocalDate date) {
		checkCovered(date, "date");
		return calendar().day(date);
	}

	/** A due date, refusing dates outside the calendar and amounts no statute could mean. */
	public DueDate due(LocalDate start, int amount, PeriodUnit unit, boolean rollForward) {
		checkCovered(start, "start");
		checkAmount(amount, unit);
		try {
			return calendar().due(start, amount, unit, rollForward);
		}
		catch (IllegalArgumentException beyond) {
			throw InvalidInput.onField("amount", "calendar.beyond-range", WorkingCalendar.LAST);
		}
	}

	public int workingDays(LocalDate from, LocalDate to) {
		checkCovered(from, "from");
		checkCovered(to, "to");
		if (to.isBefore(from)) {
			throw InvalidInput.onField("to", "calendar.to-before-from", from, to);
		}
		return calendar().workingDaysBetween(from, to);
	}

	/** The explanation as Chinese text, one sentence after another. */
	public String render(Explanation explanation) {
		StringBuilder text = new StringBuilder();
		for (Explanation.Line line : explanation.lines()) {
			text.append(messages.getMessage(line.code(), line.args(), line.code(), java.util.Locale.SIMPLIFIED_CHINESE));
		}
		return text.toString();
	}

	public String explain(DueDate due) {
		return render(calendar().explain(due));
	}

	public List<DayInfo> month(YearMonth month) {
		checkCovered(month.atDay(1), "month");
		WorkingCalendar calendar = calendar();
		List<DayInfo> days = new ArrayList<>();
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			days.add(calendar.day(d));
		}
		return days;
	}

	public List<YearNotice> years() {
		return List.copyOf(calendar().years());
	}

	public Optional<YearNotice> year(int year) {
		return calendar().years().stream().filter(y -> y.year() == year).findFirst();
	}

	/** The named days of a year (including the days of the adjacent months that its notice names). */
	public List<OfficialDay> officialDays(int year) {
		return jdbc.sql("select * from calendar_day where day_date between :from and :to order by day_date")
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query(CalendarService::map)
			.list();
	}

	/** Records (or replaces) a year's notice and the days it names. */
	@Transactional
	public void recordYear(YearNotice notice, List<OfficialDay> days, String reason) {
		requireReason(reason);
		if (notice.year() < WorkingCalendar.FIRST.getYear() || notice.year() > WorkingCalendar.LAST.getYear()) {
			throw InvalidInput.onField("year", "calendar.year.range", WorkingCalendar.FIRST.getYear(),
					WorkingCalendar.LAST.getYear());
		}
		Optional<YearNotice> before = year(notice.year());
		jdbc.sql("delete from calendar_year where year_number = :y").param("y", notice.year()).update();
		jdbc.sql("insert into calendar_year (year_number, notice, document_number, url, recorded_at) "
				+ "values (:y, :notice, :number, :url, :at)")
			.param("y", notice.year())
			.param("notice", notice.notice())
			.param("number", Texts.blankToNull(notice.documentNumber()))
			.param("url", Texts.blankToNull(notice.url()))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "CALENDAR_YEAR_RECORDED", "calendar_year", notice.year())
			.summary(reason)
			.before(before.orElse(null))
			.after(notice));
		List<LocalDate> changed = new ArrayList<>();
		for (OfficialDay day : days) {
			changed.add(upsert(day, reason));
		}
		changed(changed, reason);
	}

	/** Adds or corrects one day (a correction of the national data, or a local decision). */
	@Transactional
	public void saveDay(OfficialDay day, String reason) {
		requireReason(reason);
		checkCovered(day.date(), "date");
		changed(List.of(upsert(day, reason)), reason);
	}

	/** Removes a named day: it follows the weekend rule again. */
	@Transactional
	public void removeDay(LocalDate date, String reason) {
		requireReason(reason);
		OfficialDay before = find(date).orElseThrow(() -> NotFoundException.of("calendar_day", date));
		jdbc.sql("delete from calendar_day where day_date = :d").param("d", Date.valueOf(date)).update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "CALENDAR_DAY_REMOVED", "calendar_day", date)
			.summary(reason)
			.before(before));
		changed(List.of(date), reason);
	}

	public Optional<OfficialDay> find(LocalDate date) {
		return jdbc.sql("select * from calendar_day where day_date = :d")
			.param("d", Date.valueOf(date))
			.query(CalendarService::map)
			.optional();
	}

	private LocalDate upsert(OfficialDay day, String reason) {
		if (day.kind() != DayKind.HOLIDAY && day.kind() != DayKind.MAKEUP_WORKDAY) {
			throw InvalidInput.onField("kind", "calendar.day.kind");
		}
		if (day.kind() == DayKind.MAKEUP_WORKDAY && day.date().getDayOfWeek().getValue() < 6) {
			throw InvalidInput.onField("date", "calendar.day.makeup-on-weekday", day.date());
		}
		Optional<OfficialDay> before = find(day.date());
		jdbc.sql("delete from calendar_day where day_date = :d").param("d", Date.valueOf(day.date())).update();
		jdbc.sql("""
				insert into calendar_day (day_date, kind, name, notice, document_number, url, local_decision, recorded_at)
				values (:d, :kind, :name, :notice, :number, :url, :local, :at)""")
			.param("d", Date.valueOf(day.date()))
			.param("kind", day.kind().name())
			.param("name", day.name().trim())
			.param("notice", day.notice().trim())
			.param("number", Texts.blankToNull(day.documentNumber()))
			.param("url", Texts.blankToNull(day.url()))
			.param("local", day.local())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, before.isPresent() ? "CALENDAR_DAY_CORRECTED"
				: "CALENDAR_DAY_ADDED", "calendar_day", day.date())
			.summary(reason)
			.before(before.orElse(null))
			.after(day));
		return day.date();
	}

	private void changed(List<LocalDate> dates, String reason) {
		jdbc.sql("update calendar_version set version = version + 1 where id = 1").update();
		long version = storedVersion();
		events.publishEvent(new CalendarChanged(List.copyOf(dates), version, reason));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					loaded.set(null);
				}
			});
		}
	}

	private long storedVersion() {
		return jdbc.sql("select version from calendar_version where id = 1").query(Long.class).single();
	}

	private WorkingCalendar load(long version) {
		List<OfficialDay> days = jdbc.sql("select * from calendar_day").query(CalendarService::map).list();
		List<YearNotice> years = jdbc.sql("select * from calendar_year")
			.query((rs, n) -> new YearNotice(rs.getInt("year_number"), rs.getString("notice"),
					rs.getString("document_number"), rs.getString("url")))
			.list();
		return WorkingCalendar.of(days, years, version);
	}

	static OfficialDay map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OfficialDay(rs.getDate("day_date").toLocalDate(), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("notice"), rs.getString("document_number"), rs.getString("url"),
				rs.getBoolean("local_decision"));
	}

	public static void checkCovered(LocalDate date, String field) {
		if (!WorkingCalendar.covers(date)) {
			throw InvalidInput.onField(field, "calendar.date.range", WorkingCalendar.FIRST, WorkingCalendar.LAST);
		}
	}

	public static void checkAmount(int amount, PeriodUnit unit) {
		if (amount < 0) {
			throw InvalidInput.onField("amount", "calendar.amount.negative");
		}
		if (unit == PeriodUnit.ANNUAL_DATE) {
			checkMonthDay(amount);
			return;
		}
		int max = switch (unit) {
			case WORKING_DAY -> MAX_WORKING_DAYS;
			case DAY -> MAX_DAYS;
			case MONTH -> MAX_MONTHS;
			case YEAR -> MAX_YEARS;
			case ANNUAL_DATE -> throw new IllegalStateException();
		};
		if (amount > max) {
			throw InvalidInput.onField("amount", "calendar.amount.too-large", max,
					new DefaultMessageSourceResolvable("calendar.unit-count." + unit.name()));
		}
	}

	private static void checkMonthDay(int mmdd) {
		try {
			WorkingCalendar.monthDay(mmdd);
		}
		catch (java.time.DateTimeException e) {
			throw InvalidInput.onField("amount", "calendar.amount.month-day");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "calendar.reason.required");
		}
	}


	private record Loaded(WorkingCalendar calendar, long checkedAt) {
	}
}
