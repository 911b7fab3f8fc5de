package org.fazhi.deadline;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.fazhi.platform.AfterCommit;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks: the Java API business modules call to start, suspend, resume, extend and stop the clock of an
 * item, and read them. Every change is audited on the clock. The daily sweep and the recomputation after a calendar
 * change are {@link OpenClocks}.
 */
@Service
@Transactional
public class Clocks {

	static final String ENTITY = "deadline_clock";

	private final JdbcClient jdbc;

	private final CalendarService calendars;

	private final DeadlineRules rules;

	private final AuditLog audit;

	private final NotificationService notifications;

	private final AfterCommit afterCommit;

	private final MessageSource messages;

	private final Clock clock;

	Clocks(JdbcClient jdbc, CalendarService calendars, DeadlineRules rules, AuditLog audit,
			NotificationService notifications, AfterCommit afterCommit, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.rules = rules;
		this.audit = audit;
		this.notifications = notifications;
		this.afterCommit = afterCommit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param module the module that owns the item (e.g. {@code review})
	 * @param subjectType the kind of item (e.g. {@code legality_review})
	 * @param link where the item's page is, for the overview and notices
	 * @param ownerId who answers for the time limit (notified when it is due soon or overdue), or {@code null}
	 * @param start the start day (not counted)
	 * @param maximum the period the item itself sets (e.g. a document's validity in years), in place of the rule's
	 *     maximum; {@code null} for the rule's own
	 */
	public record StartClock(UUID orgId, String module, String subjectType, String subjectId, String title,
			String link, String ruleCode, UUID ownerId, LocalDate start, Integer maximum) {

		public StartClock(UUID orgId, String module, String subjectType, String subjectId, String title, String link,
				String ruleCode, UUID ownerId, LocalDate start) {
			this(orgId, module, subjectType, subjectId, title, link, ruleCode, ownerId, start, null);
		}
	}

	/**
	 * Starts a clock on the version of the rule in force on the start day (a rule not in force then is refused). Its
	 * owner hears of it once it is due soon or overdue, after the change committed.
	 */
	public UUID start(StartClock cmd) {
		CalendarService.checkCovered(cmd.start(), "start");
		DeadlineRule rule = rules.require(cmd.ruleCode(), cmd.start());
		Integer maximum = cmd.maximum() != null ? cmd.maximum() : rule.maximum();
		if (cmd.maximum() != null) {
			CalendarService.checkAmount(cmd.maximum(), rule.unit());
		}
		WorkingCalendar calendar = calendars.calendar();
		Terms terms = new Terms(cmd.start(), maximum, rule.minimum(), rule.unit(), rule.rollForward(), rule.warning(),
				rule.warningUnit());
		ClockMath.Result result = ClockMath.dates(calendar, terms, List.of(), List.of(), today());
		ClockStatus status = ClockMath.status(calendar, result.due(), rule.warning(), rule.warningUnit(), null, null,
				today());
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into deadline_clock (id, org_id, module, subject_type, subject_id, title, link, rule_code, rule_from,
				  maximum, minimum, unit, roll_forward, max_extension, warning, warning_unit, owner_id, start_date,
				  due_date, earliest_date, certain, extension_total, status, needs_recompute, created_at, version)
				values (:id, :org, :module, :type, :subject, :title, :link, :rule, :from, :max, :min, :unit, :roll,
				  :ext, :warn, :wunit, :owner, :start, :due, :earliest, :certain, 0, :status, false, :at, 0)""")
			.param("id", id)
			.param("org", cmd.orgId())
			.param("module", cmd.module())
			.param("type", cmd.subjectType())
			.param("subject", cmd.subjectId())
			.param("title", truncate(cmd.title(), 300))
			.param("link", cmd.link())
			.param("rule", rule.code())
			.param("from", Date.valueOf(rule.inForceFrom()))
			.param("max", maximum)
			.param("min", rule.minimum())
			.param("unit", rule.unit().name())
			.param("roll", rule.rollForward())
			.param("ext", rule.maxExtension())
			.param("warn", rule.warning())
			.param("wunit", rule.warningUnit().name())
			.param("owner", cmd.ownerId())
			.param("start", Date.valueOf(cmd.start()))
			.param("due", date(result.due()))
			.param("earliest", date(result.earliest()))
			.param("certain", result.certain())
			.param("status", status.name())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		ClockView view = get(id);
		audit.append(AuditRecord.of(cmd.orgId(), "CLOCK_STARTED", ENTITY, id)
			.summary(rule.name() + "：" + cmd.title())
			.after(view));
		announceAfterCommit(id);
		return id;
	}

	/** Gives the clock a (new) owner: the person who answers for the time limit from now on. */
	public void assign(UUID id, UUID ownerId) {
		ClockView before = get(id);
		jdbc.sql("update deadline_clock set owner_id = :owner, version = version + 1 where id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.update();
		ClockView after = get(id);
		audit.append(AuditRecord.of(before.orgId(), "CLOCK_ASSIGNED", ENTITY, id)
			.summary(after.ownerName())
			.before(before)
			.after(after));
		announceAfterCommit(id);
	}

	/** 中止: from this day the time does not count, until the clock is resumed. */
	public void suspend(UUID id, LocalDate on, String reason) {
		ClockView before = get(id);
		if (before.status().stopped() || before.suspendedSince() != null) {
			throw RuleViolation.of("clock.suspend.not-running", before.title());
		}
		requireText(reason, "reason", "clock.reason.required");
		if (on == null || on.isBefore(before.startDate()) || on.isAfter(today())) {
			throw InvalidInput.onField("on", "clock.suspend.date", before.startDate(), today());
		}
		Optional<LocalDate> lastResumed = suspensions(id).stream()
			.map(Suspension::resumedOn)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo);
		if (lastResumed.isPresent() && on.isBefore(lastResumed.get())) {
			throw InvalidInput.onField("on", "clock.suspend.before-resumption", lastResumed.get());
		}
		if (before.dueDate() != null && on.isAfter(before.dueDate())) {
			throw RuleViolation.of("clock.suspend.after-due", before.dueDate());
		}
		jdbc.sql("insert into deadline_suspension (id, clock_id, suspended_on, reason, actor) values (:id, :clock, :on, :reason, :actor)")
			.param("id", Ids.newId())
			.param("clock", id)
			.param("on", Date.valueOf(on))
			.param("reason", truncate(reason.trim(), 300))
			.param("actor", AuditActor.current().name())
			.update();
		jdbc.sql("update deadline_clock set suspended_since = :on, status = 'SUSPENDED', version = version + 1 where id = :id")
			.param("on", Date.valueOf(on))
			.param("id", id)
			.update();
		audit.append(AuditRecord.of(before.orgId(), "CLOCK_SUSPENDED", ENTITY, id)
			.summary(on + " " + reason.trim())
			.before(before)
			.after(get(id)));
	}

	/** Resumption: the remaining time runs from this day. */
	public void resume(UUID id, LocalDate on) {
		ClockView before = get(id);
		if (before.suspendedSince() == null) {
			throw RuleViolation.of("clock.resume.not-suspended", before.title());
		}
		if (on == null || on.isBefore(before.suspendedSince()) || on.isAfter(today())) {
			throw InvalidInput.onField("on", "clock.resume.date", before.suspendedSince(), today());
		}
		jdbc.sql("update deadline_suspension set resumed_on = :on where clock_id = :id and resumed_on is null")
			.param("on", Date.valueOf(on))
			.param("id", id)
			.update();
		jdbc.sql("update deadline_clock set suspended_since = null, version = version + 1 where id = :id")
			.param("id", id)
			.update();
		ClockView after = recomputeOne(id);
		audit.append(AuditRecord.of(before.orgId(), "CLOCK_RESUMED", ENTITY, id)
			.summary(text("clock.audit.resumed", on, dayOrDash(before.dueDate(), before.earliestDate()),
					dayOrDash(after.dueDate(), after.earliestDate())))
			.before(before)
			.after(after));
		announceAfterCommit(id);
	}

	/**
	 * 延期: approved by a named person with a reason, within the rule's maximum, before the period expires. The
	 * extension lengthens the statutory period (counted from the start and rolled forward once at its end). Two
	 * approvals at once cannot together exceed the maximum: the total is checked in the same statement that adds to it.
	 * @param expectedVersion the clock's version the approver saw, or {@code null} not to check it
	 */
	public void extend(UUID id, int amount, String approvedBy, UUID approverId, String reason, Long expectedVersion) {
		ClockView before = get(id);
		if (before.status().stopped()) {
			throw RuleViolation.of("clock.extend.stopped", before.title());
		}
		if (!before.hasDeadline()) {
			throw RuleViolation.of("clock.extend.no-deadline", before.ruleName());
		}
		if (before.maxExtension() == 0) {
			throw RuleViolation.of("clock.extend.not-allowed", before.ruleName(), before.citation());
		}
		if (amount <= 0) {
			throw InvalidInput.onField("amount", "clock.extend.amount");
		}
		if (before.extensionTotal() + amount > before.maxExtension()) {
			throw RuleViolation.onField("amount", "clock.extend.beyond-maximum", before.ruleName(),
					before.maxExtension(), unitCount(before.unit()), before.extensionTotal(), before.citation());
		}
		LocalDate today = today();
		if (today.isAfter(before.dueDate())) {
			throw RuleViolation.of("clock.extend.after-due", before.dueDate(), today, before.citation());
		}
		requireText(approvedBy, "approvedBy", "clock.extend.approver");
		requireText(reason, "reason", "clock.reason.required");
		int changed = jdbc.sql("""
				update deadline_clock set extension_total = extension_total + :amount, version = version + 1
				where id = :id and stopped_on is null and extension_total + :amount <= max_extension
				  and version = :version""")
			.param("amount", amount)
			.param("id", id)
			.param("version", expectedVersion != null ? expectedVersion : before.version())
			.update();
		// another extension (or change) went in since the clock was read: refused, nothing written
		StaleWrite.checkUpdated(changed, ENTITY, id);
		jdbc.sql("""
				insert into deadline_extension (id, clock_id, amount, approved_by, approver_id, reason, granted_on, version)
				values (:id, :clock, :amount, :by, :approver, :reason, :on, 0)""")
			.param("id", Ids.newId())
			.param("clock", id)
			.param("amount", amount)
			.param("by", truncate(approvedBy.trim(), 100))
			.param("approver", approverId)
			.param("reason", truncate(reason.trim(), 300))
			.param("on", Date.valueOf(today))
			.update();
		ClockView after = recomputeOne(id);
		audit.append(AuditRecord.of(before.orgId(), "CLOCK_EXTENDED", ENTITY, id)
			.summary(text("clock.audit.extended", approvedBy.trim(), amount, text("calendar.unit-count." + before.unit()), reason.trim()))
			.before(before)
			.after(after));
	}

	/** As {@link #extend(UUID, int, String, UUID, String, Long)} without checking the version seen. */
	public void extend(UUID id, int amount, String approvedBy, UUID approverId, String reason) {
		extend(id, amount, approvedBy, approverId, reason, null);
	}

	/** The item is done: the clock records whether on time or late. */
	public ClockView stop(UUID id, LocalDate on) {
		ClockView before = get(id);
		if (before.status().stopped()) {
			throw RuleViolation.of("clock.stop.already", before.title());
		}
		if (on == null || on.isBefore(before.startDate())) {
			throw InvalidInput.onField("on", "clock.stop.date", before.startDate());
		}
		if (on.isAfter(today())) {
			throw InvalidInput.onField("on", "clock.stop.future", today());
		}
		if (before.suspendedSince() != null) {
			jdbc.sql("update deadline_suspension set resumed_on = :on where clock_id = :id and resumed_on is null")
				.param("on", Date.valueOf(on.isBefore(before.suspendedSince()) ? before.suspendedSince() : on))
				.param("id", id)
				.update();
			jdbc.sql("update deadline_clock set suspended_since = null where id = :id").param("id", id).update();
			recomputeOne(id);
		}
		jdbc.sql("update deadline_clock set stopped_on = :on, version = version + 1 where id = :id")
			.param("on", Date.valueOf(on))
			.param("id", id)
			.update();
		ClockView after = recomputeOne(id);
		audit.append(AuditRecord.of(before.orgId(), "CLOCK_STOPPED", ENTITY, id)
			.summary(on + " " + status(after.status()))
			.before(before)
			.after(after));
		return after;
	}

	@Transactional(readOnly = true)
	public ClockView get(UUID id) {
		return query("c.id = :id", Map.of("id", id), "c.id").stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("deadline_clock", id));
	}

	/** The clocks with these ids, in one query (a page's clocks at once). */
	@Transactional(readOnly = true)
	public Map<UUID, ClockView> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ClockView> found = new HashMap<>();
		query("c.id in (:ids)", Map.of("ids", Set.copyOf(ids)), "c.id").forEach(c -> found.put(c.id(), c));
		return found;
	}

	/** The clocks of several subjects of one type, in one query (a page's subjects at once), by subject id. */
	@Transactional(readOnly = true)
	public Map<String, List<ClockView>> forSubjects(String subjectType, java.util.Collection<String> subjectIds) {
		Map<String, List<ClockView>> found = new HashMap<>();
		if (!subjectIds.isEmpty()) {
			query("c.subject_type = :type and c.subject_id in (:subjects)",
					Map.of("type", subjectType, "subjects", Set.copyOf(subjectIds)), "c.start_date, c.created_at")
				.forEach(c -> found.computeIfAbsent(c.subjectId(), k -> new java.util.ArrayList<>()).add(c));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<ClockView> forSubject(String subjectType, String subjectId) {
		return query("c.subject_type = :type and c.subject_id = :subject",
				Map.of("type", subjectType, "subject", subjectId), "c.start_date, c.created_at");
	}

	/** The clock of an item on a rule that is still running, if there is one. */
	@Transactional(readOnly = true)
	public Optional<ClockView> openFor(String subjectType, String subjectId, String ruleCode) {
		return forSubject(subjectType, subjectId).stream()
			.filter(c -> c.ruleCode().equals(ruleCode) && c.running())
			.findFirst();
	}

	/** How the due date was computed, in Chinese: each holiday skipped, each 调休 day counted, each suspension. */
	@Transactional(readOnly = true)
	public String explain(UUID id) {
		ClockView view = get(id);
		return calendars.render(compute(view, calendars.calendar()).explanation());
	}

	/**
	 * Working days left after today up to the due date (negative once overdue), or {@code null} for a clock without a
	 * deadline.
	 */
	public Integer remainingWorkingDays(ClockView view) {
		if (view.dueDate() == null) {
			return null;
		}
		LocalDate today = today();
		WorkingCalendar calendar = calendars.calendar();
		return today.isAfter(view.dueDate()) ? -calendar.workingDaysBetween(view.dueDate(), today)
				: calendar.workingDaysBetween(today, view.dueDate());
	}

	/** Recomputes the dates and status of every clock flagged for it, open or stopped, and clears the flag. */
	void recomputeFlagged() {
		List<UUID> flagged = jdbc.sql("select id from deadline_clock where needs_recompute = true")
			.query(UUID.class)
			.list();
		for (UUID id : flagged) {
			recomputeOne(id);
			jdbc.sql("update deadline_clock set needs_recompute = false where id = :id").param("id", id).update();
		}
	}

	private ClockView recomputeOne(UUID id) {
		ClockView view = get(id);
		WorkingCalendar calendar = calendars.calendar();
		ClockMath.Result result = compute(view, calendar);
		ClockStatus status = ClockMath.status(calendar, result.due(), view.warning(), view.warningUnit(),
				view.suspendedSince(), view.stoppedOn(), today());
		jdbc.sql("update deadline_clock set due_date = :due, earliest_date = :earliest, certain = :certain, "
				+ "status = :status where id = :id")
			.param("due", date(result.due()))
			.param("earliest", date(result.earliest()))
			.param("certain", result.certain())
			.param("status", status.name())
			.param("id", id)
			.update();
		return get(id);
	}

	ClockMath.Result compute(ClockView view, WorkingCalendar calendar) {
		Terms terms = new Terms(view.startDate(), view.maximum(), view.minimum(), view.unit(), view.rollForward(),
				view.warning(), view.warningUnit());
		return ClockMath.compute(calendar, terms, suspensions(view.id()), extensions(view.id()),
				view.stoppedOn() != null ? view.stoppedOn() : today());
	}

	List<Suspension> suspensions(UUID clockId) {
		return jdbc.sql("select * from deadline_suspension where clock_id = :id order by suspended_on")
			.param("id", clockId)
			.query((rs, n) -> suspension(rs))
			.list();
	}

	List<Extension> extensions(UUID clockId) {
		return jdbc.sql("select * from deadline_extension where clock_id = :id order by granted_on")
			.param("id", clockId)
			.query((rs, n) -> extension(rs))
			.list();
	}

	/** After the change commits: tells the owner if the clock is then still open and due soon or overdue. */
	private void announceAfterCommit(UUID id) {
		afterCommit.run(() -> jdbc.sql("select id from deadline_clock where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.map(this::get)
			.ifPresent(this::announce));
	}

	/** Tells the owner (once per status and due date) when an open clock is due soon or overdue. */
	void announce(ClockView view) {
		ClockStatus status = view.status();
		if ((status != ClockStatus.DUE_SOON && status != ClockStatus.OVERDUE) || view.ownerId() == null) {
			return;
		}
		String key = status == ClockStatus.DUE_SOON ? "due-soon" : "overdue";
		notifications.send(new Notice(view.ownerId(), view.orgId(), text("clock.notice." + key + ".title", view.title()),
				text("clock.notice." + key + ".body", view.ruleName(), view.dueDate(), view.title()),
				"/clocks/" + view.id(), "clock:" + view.id() + ":" + key + ":" + view.dueDate()));
	}

	private List<ClockView> query(String where, Map<String, ?> params, String orderBy) {
		// the owner's name in the same statement, so that a page of clocks costs one statement whoever owns them
		return jdbc
			.sql("select c.*, r.name as rule_name, v.citation, u.display_name as owner_name from deadline_clock c "
					+ "join deadline_rule r on r.code = c.rule_code "
					+ "left join deadline_rule_version v on v.rule_code = c.rule_code and v.in_force_from = c.rule_from "
					+ "left join organization_user u on u.id = c.owner_id where " + where + " order by " + orderBy)
			.params(params)
			.query((rs, n) -> {
				ClockView v = map(rs, n);
				return v.ownerId() == null ? v : v.withOwnerName(rs.getString("owner_name"));
			})
			.list();
	}

	private static ClockView map(ResultSet rs, int row) throws SQLException {
		return new ClockView(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getString("module"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("title"), rs.getString("link"),
				rs.getString("rule_code"), rs.getString("rule_name"), rs.getDate("rule_from").toLocalDate(),
				rs.getString("citation"), integer(rs, "maximum"), integer(rs, "minimum"),
				PeriodUnit.valueOf(rs.getString("unit")), rs.getBoolean("roll_forward"), rs.getInt("max_extension"),
				rs.getInt("warning"), PeriodUnit.valueOf(rs.getString("warning_unit")),
				rs.getObject("owner_id", UUID.class), null, rs.getDate("start_date").toLocalDate(), local(rs, "due_date"),
				local(rs, "earliest_date"), rs.getBoolean("certain"), rs.getInt("extension_total"),
				local(rs, "suspended_since"), local(rs, "stopped_on"), ClockStatus.valueOf(rs.getString("status")),
				rs.getLong("version"));
	}

	static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}


	private static LocalDate dayOrDash(LocalDate due, LocalDate earliest) {
		return due != null ? due : earliest;
	}

	static Suspension suspension(ResultSet rs) throws SQLException {
		return new Suspension(rs.getDate("suspended_on").toLocalDate(), local(rs, "resumed_on"), rs.getString("reason"));
	}

	static Extension extension(ResultSet rs) throws SQLException {
		return new Extension(rs.getInt("amount"), rs.getString("approved_by"), rs.getString("reason"));
	}


	private LocalDate today() {
		return LocalDate.now(clock);
	}

	String status(ClockStatus status) {
		return text(status.messageKey());
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private static DefaultMessageSourceResolvable unitCount(PeriodUnit unit) {
		return new DefaultMessageSourceResolvable("calendar.unit-count." + unit.name());
	}

	private static void requireText(String text, String field, String code) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.onField(field, code);
		}
	}

	static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
