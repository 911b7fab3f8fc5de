package org.fazhi.deadline;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;
import static org.fazhi.deadline.Clocks.ENTITY;
import static org.fazhi.deadline.Clocks.extension;
import static org.fazhi.deadline.Clocks.integer;
import static org.fazhi.deadline.Clocks.suspension;
import static org.fazhi.deadline.Clocks.truncate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.ClockMath.Extension;
import org.fazhi.deadline.ClockMath.Suspension;
import org.fazhi.deadline.ClockMath.Terms;
import org.fazhi.notification.Notice;
import org.fazhi.notification.NotificationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every open clock at once: the daily sweep that moves statuses and notifies the responsible people once per change,
 * and the recomputation of the open clocks a calendar change can affect. Both read the clocks as bare rows and write
 * in batches, so that 100,000 clocks take seconds.
 */
@Service
@Transactional
public class OpenClocks {

	private static final int RECOMPUTE_CHUNK = 10_000;

	private final Clocks clocks;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final CalendarService calendars;

	private final AuditLog audit;

	private final NotificationService notifications;

	private final Clock clock;

	private final TransactionTemplate tx;

	OpenClocks(Clocks clocks, JdbcClient jdbc, JdbcTemplate jdbcTemplate, CalendarService calendars, AuditLog audit,
			NotificationService notifications, Clock clock, TransactionTemplate tx) {
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.calendars = calendars;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
		this.tx = tx;
	}

	/**
	 * The daily sweep: first recomputes the clocks flagged for it (terms converted by a migration), then moves each
	 * open clock to its status of the day and tells its owner once per change to 临期 or 超期. Returns how many
	 * clocks changed status.
	 */
	public int sweep(LocalDate day) {
		clocks.recomputeFlagged();
		WorkingCalendar calendar = calendars.calendar();
		List<Row> open = openRows();
		List<AuditRecord> records = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<UUID> changedIds = new ArrayList<>();
		for (Row row : open) {
			ClockStatus now = ClockMath.status(calendar, row.due, row.warning, row.warningUnit, row.suspendedSince, null,
					day);
			if (now != row.status) {
				updates.add(new Object[] { now.name(), row.id });
				changedIds.add(row.id);
				records.add(AuditRecord.of(row.orgId, "CLOCK_STATUS_CHANGED", ENTITY, row.id)
					.summary(clocks.status(row.status) + " → " + clocks.status(now) + "（" + day + "）")
					.by(AuditActor.SYSTEM));
			}
		}
		jdbcTemplate.batchUpdate("update deadline_clock set status = ? where id = ?", updates);
		audit.appendAll(records);
		if (!changedIds.isEmpty()) {
			clocks.byIds(changedIds).values().forEach(clocks::announce);
		}
		return changedIds.size();
	}

	/**
	 * Recomputes every open clock on the current calendar (after it changed). Each clock whose due date moved is
	 * updated, audited and its owner told. The work is done in chunks, each in its own transaction: recomputing is
	 * idempotent, so a failure part-way is completed when the calendar event is delivered again.
	 * @return how many clocks were recomputed and how many moved
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Recomputed recomputeOpen(String reason, long calendarVersion) {
		return recomputeOpen(reason, calendarVersion, null);
	}

	/**
	 * As {@link #recomputeOpen(String, long)}, limited to the clocks the changed days can affect: a day changes a
	 * due date only if it lies within the period counted (after the start, up to the due date). Clocks whose due
	 * date is uncertain are always rechecked, since a newly recorded year changes their certainty.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Recomputed recomputeOpen(String reason, long calendarVersion, List<LocalDate> changedDays) {
		WorkingCalendar calendar = calendars.calendarAtLeast(calendarVersion);
		TreeSet<LocalDate> changed = changedDays == null ? null : new TreeSet<>(changedDays);
		List<Row> open = openRows().stream()
			.filter(row -> changed == null || !row.certain
					|| changed.higher(row.start) != null && !changed.higher(row.start).isAfter(row.lastDay()))
			.toList();
		Map<UUID, List<Suspension>> suspensions = new HashMap<>();
		jdbc.sql("select s.* from deadline_suspension s join deadline_clock c on c.id = s.clock_id "
				+ "where c.stopped_on is null order by s.suspended_on")
			.query((rs, n) -> suspensions.computeIfAbsent(rs.getObject("clock_id", UUID.class), k -> new ArrayList<>())
				.add(suspension(rs)))
			.list();
		Map<UUID, List<Extension>> extensions = new HashMap<>();
		jdbc.sql("select e.* from deadline_extension e join deadline_clock c on c.id = e.clock_id "
				+ "where c.stopped_on is null order by e.granted_on")
			.query((rs, n) -> extensions.computeIfAbsent(rs.getObject("clock_id", UUID.class), k -> new ArrayList<>())
				.add(extension(rs)))
			.list();
		LocalDate today = LocalDate.now(clock);
		int moved = 0;
		for (int from = 0; from < open.size(); from += RECOMPUTE_CHUNK) {
			List<Row> chunk = open.subList(from, Math.min(open.size(), from + RECOMPUTE_CHUNK));
			moved += tx.execute(status -> recomputeChunk(chunk, calendar, suspensions, extensions, today, reason));
		}
		return new Recomputed(open.size(), moved);
	}

	private int recomputeChunk(List<Row> chunk, WorkingCalendar calendar, Map<UUID, List<Suspension>> suspensions,
			Map<UUID, List<Extension>> extensions, LocalDate today, String reason) {
		List<Object[]> updates = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		List<Row> moved = new ArrayList<>();
		List<LocalDate> movedTo = new ArrayList<>();
		for (Row row : chunk) {
			ClockMath.Result result = ClockMath.dates(calendar, row.terms(), suspensions.getOrDefault(row.id, List.of()),
					extensions.getOrDefault(row.id, List.of()), today);
			LocalDate due = result.due();
			LocalDate earliest = result.earliest();
			boolean certain = result.certain();
			ClockStatus status = ClockMath.status(calendar, due, row.warning, row.warningUnit, row.suspendedSince, null,
					today);
			boolean dueMoved = !Objects.equals(due, row.due);
			boolean earliestMoved = !Objects.equals(earliest, row.earliest);
			if (dueMoved || earliestMoved || certain != row.certain || status != row.status) {
				updates.add(new Object[] { date(due), date(earliest), certain, status.name(), row.id });
			}
			if (dueMoved || earliestMoved) {
				LocalDate from = due != null ? row.due : row.earliest;
				LocalDate to = due != null ? due : earliest;
				moved.add(row);
				movedTo.add(to);
				records.add(AuditRecord.of(row.orgId, "CLOCK_DUE_DATE_MOVED", ENTITY, row.id)
					.summary(clocks.text(due != null ? "clock.audit.moved" : "clock.audit.earliest-moved", from, to,
							truncate(reason, 200)))
					.by(AuditActor.SYSTEM));
			}
		}
		jdbcTemplate.batchUpdate(
				"update deadline_clock set due_date = ?, earliest_date = ?, certain = ?, status = ? where id = ?",
				updates);
		audit.appendAll(records);
		for (int i = 0; i < moved.size(); i++) {
			Row row = moved.get(i);
			LocalDate to = movedTo.get(i);
			if (row.ownerId != null) {
				notifications.send(new Notice(row.ownerId, row.orgId, clocks.text("clock.notice.moved.title", row.title),
						clocks.text("clock.notice.moved.body", row.title, row.due != null ? row.due : row.earliest, to, reason),
						"/clocks/" + row.id,
						"clock:" + row.id + ":moved:" + to));
			}
		}
		return moved.size();
	}

	/** The result of a recomputation. */
	public record Recomputed(int clocks, int moved) {
	}

	private List<Row> openRows() {
		return jdbc.sql("select * from deadline_clock where stopped_on is null").query((rs, n) -> new Row(
				rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("title"),
				rs.getObject("owner_id", UUID.class), rs.getDate("start_date").toLocalDate(), integer(rs, "maximum"),
				integer(rs, "minimum"), PeriodUnit.valueOf(rs.getString("unit")), rs.getBoolean("roll_forward"),
				rs.getInt("warning"), PeriodUnit.valueOf(rs.getString("warning_unit")), local(rs, "due_date"),
				local(rs, "earliest_date"), rs.getBoolean("certain"), local(rs, "suspended_since"),
				ClockStatus.valueOf(rs.getString("status"))))
			.list();
	}

	private record Row(UUID id, UUID orgId, String title, UUID ownerId, LocalDate start, Integer maximum,
			Integer minimum, PeriodUnit unit, boolean roll, int warning, PeriodUnit warningUnit, LocalDate due,
			LocalDate earliest, boolean certain, LocalDate suspendedSince, ClockStatus status) {

		Terms terms() {
			return new Terms(start, maximum, minimum, unit, roll, warning, warningUnit);
		}

		/** The last day the period counts: the due date, or the earliest date of a clock with a floor only. */
		LocalDate lastDay() {
			return due != null && (earliest == null || due.isAfter(earliest)) ? due : earliest;
		}
	}
}
