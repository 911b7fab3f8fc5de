package org.fazhi.deadline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time-limit rules of the installation and their versions. A rule reads as the version in force on the day an
 * item's period starts, so that an item cites what was in force then. Administrators adapt a version to their
 * jurisdiction or add one from a date (audited with a reason); a change applies to clocks started afterwards, never
 * to running ones; a version in use is never deleted.
 */
@Service
@Transactional
public class DeadlineRules {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	DeadlineRules(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A rule with every version it has had, and how many clocks ran on each. */
	public record RuleHistory(String code, String name, String module, List<DeadlineRule> versions,
			Map<LocalDate, Long> clocks) {

		public long clocksOn(DeadlineRule version) {
			return clocks.getOrDefault(version.inForceFrom(), 0L);
		}

		public long totalClocks() {
			return clocks.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/** A version's terms as an administrator enters them. */
	public record Terms(LocalDate inForceFrom, Integer maximum, Integer minimum, PeriodUnit unit, boolean rollForward,
			int maxExtension, int warning, PeriodUnit warningUnit, String startRule, String citation,
			boolean verified) {
	}

	/** A new rule: its identity and its first version. */
	public record NewRule(String code, String name, String module, Terms terms) {
	}

	/** The version of the rule in force on the day, if the rule was in force then. */
	@Transactional(readOnly = true)
	public Optional<DeadlineRule> inForce(String code, LocalDate day) {
		return jdbc.sql("""
				select r.code, r.name, r.module, v.* from deadline_rule r
				join deadline_rule_version v on v.rule_code = r.code
				where r.code = :code and v.in_force_from <= :day and (v.in_force_to is null or v.in_force_to >= :day)""")
			.param("code", code)
			.param("day", Date.valueOf(day))
			.query(DeadlineRules::map)
			.optional();
	}

	/** The version in force on the day; a rule not in force then is refused, naming the rule and the day. */
	@Transactional(readOnly = true)
	public DeadlineRule require(String code, LocalDate day) {
		return inForce(code, day).orElseThrow(() -> RuleViolation.of("rule.not-in-force", name(code), day));
	}

	/** One version, by the day it came into force. */
	@Transactional(readOnly = true)
	public DeadlineRule version(String code, LocalDate inForceFrom) {
		return jdbc.sql("""
				select r.code, r.name, r.module, v.* from deadline_rule r
				join deadline_rule_version v on v.rule_code = r.code
				where r.code = :code and v.in_force_from = :from""")
			.param("code", code)
			.param("from", Date.valueOf(inForceFrom))
			.query(DeadlineRules::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("deadline_rule", code + " " + inForceFrom));
	}

	/** Every rule with its versions and how many clocks run on each version, for the administrator's page. */
	@Transactional(readOnly = true)
	public List<RuleHistory> list() {
		return histories(true);
	}

	/** Every rule with its versions, without counting the clocks (a filter's choices). */
	@Transactional(readOnly = true)
	public List<RuleHistory> catalog() {
		return histories(false);
	}

	private List<RuleHistory> histories(boolean withUsage) {
		Map<String, List<DeadlineRule>> versions = new LinkedHashMap<>();
		jdbc.sql("""
				select r.code, r.name, r.module, v.* from deadline_rule r
				join deadline_rule_version v on v.rule_code = r.code
				order by r.module, r.code, v.in_force_from""")
			.query(DeadlineRules::map)
			.list()
			.forEach(v -> versions.computeIfAbsent(v.code(), c -> new ArrayList<>()).add(v));
		Map<String, Map<LocalDate, Long>> usage = new HashMap<>();
		if (withUsage) {
			jdbc.sql("select rule_code, rule_from, count(*) from deadline_clock group by rule_code, rule_from")
				.query((rs, n) -> usage.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
					.put(rs.getDate(2).toLocalDate(), rs.getLong(3)))
				.list();
		}
		return versions.values()
			.stream()
			.map(list -> new RuleHistory(list.get(0).code(), list.get(0).name(), list.get(0).module(), List.copyOf(list),
					usage.getOrDefault(list.get(0).code(), Map.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public RuleHistory history(String code) {
		return list().stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("deadline_rule", code));
	}

	public void create(NewRule rule, String reason) {
		requireReason(reason);
		if (rule.code() == null || !rule.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw InvalidInput.onField("code", "rule.code.pattern");
		}
		String name = InvalidInput.requireText(rule.name(), "name", "rule.name.required", 100, "rule.name.size");
		validate(rule.terms());
		boolean exists = jdbc.sql("select count(*) from deadline_rule where code = :code")
			.param("code", rule.code())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw InvalidInput.onField("code", "rule.code.duplicate", rule.code());
		}
		jdbc.sql("insert into deadline_rule (code, name, module, version) values (:code, :name, :module, 0)")
			.param("code", rule.code())
			.param("name", name)
			.param("module", rule.module() == null || rule.module().isBlank() ? "other" : rule.module())
			.update();
		insertVersion(rule.code(), rule.terms(), null);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_CREATED", "deadline_rule", rule.code())
			.summary(reason)
			.after(rule));
	}

	/** Changes a version's terms; clocks already running keep the terms they started with. */
	public void updateVersion(String code, LocalDate inForceFrom, Terms terms, String reason) {
		requireReason(reason);
		DeadlineRule before = version(code, inForceFrom);
		validate(terms);
		if (!terms.inForceFrom().equals(inForceFrom)) {
			throw InvalidInput.onField("inForceFrom", "rule.version.from-fixed");
		}
		jdbc.sql("""
				update deadline_rule_version set maximum = :max, minimum = :min, unit = :unit, roll_forward = :roll,
				  max_extension = :ext, warning = :warn, warning_unit = :wunit, start_rule = :start,
				  citation = :citation, verified = :verified, version = version + 1
				where rule_code = :code and in_force_from = :from""")
			.params(params(code, terms, before.inForceTo()))
			.update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_UPDATED", "deadline_rule", code)
			.summary(reason)
			.before(before)
			.after(version(code, inForceFrom)));
	}

	/**
	 * A new version from a day (e.g. a revised statute): the version in force the day before ends then. The new
	 * version may not start on or before the first day of the version it follows.
	 */
	public void addVersion(String code, Terms terms, String reason) {
		requireReason(reason);
		validate(terms);
		RuleHistory rule = history(code);
		DeadlineRule previous = rule.versions()
			.stream()
			.filter(v -> v.inForceFrom().isBefore(terms.inForceFrom()))
			.reduce((a, b) -> b)
			.orElse(null);
		boolean later = rule.versions().stream().anyMatch(v -> !v.inForceFrom().isBefore(terms.inForceFrom()));
		if (later) {
			throw InvalidInput.onField("inForceFrom", "rule.version.not-latest", terms.inForceFrom());
		}
		if (previous != null && (previous.inForceTo() == null || !previous.inForceTo().isBefore(terms.inForceFrom()))) {
			jdbc.sql("update deadline_rule_version set in_force_to = :to, version = version + 1 "
					+ "where rule_code = :code and in_force_from = :from")
				.param("to", Date.valueOf(terms.inForceFrom().minusDays(1)))
				.param("code", code)
				.param("from", Date.valueOf(previous.inForceFrom()))
				.update();
		}
		insertVersion(code, terms, null);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_VERSION_ADDED", "deadline_rule", code)
			.summary(reason)
			.before(previous)
			.after(version(code, terms.inForceFrom())));
	}

	/** Removes a version no clock ever ran on; a rule whose last version goes is removed with it. */
	public void deleteVersion(String code, LocalDate inForceFrom, String reason) {
		requireReason(reason);
		RuleHistory rule = history(code);
		DeadlineRule version = version(code, inForceFrom);
		long used = rule.clocksOn(version);
		if (used > 0) {
			throw RuleViolation.of("rule.delete.in-use", rule.name(), used);
		}
		jdbc.sql("delete from deadline_rule_version where rule_code = :code and in_force_from = :from")
			.param("code", code)
			.param("from", Date.valueOf(inForceFrom))
			.update();
		if (rule.versions().size() == 1) {
			jdbc.sql("delete from deadline_rule where code = :code").param("code", code).update();
		}
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_DELETED", "deadline_rule", code)
			.summary(reason)
			.before(version));
	}

	private String name(String code) {
		return jdbc.sql("select name from deadline_rule where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("deadline_rule", code));
	}

	private void insertVersion(String code, Terms terms, LocalDate inForceTo) {
		jdbc.sql("""
				insert into deadline_rule_version (rule_code, in_force_from, in_force_to, maximum, minimum, unit,
				  roll_forward, max_extension, warning, warning_unit, start_rule, citation, verified, version)
				values (:code, :from, :to, :max, :min, :unit, :roll, :ext, :warn, :wunit, :start, :citation, :verified, 0)""")
			.params(params(code, terms, inForceTo))
			.update();
	}

	private static void validate(Terms t) {
		if (t.inForceFrom() == null) {
			throw InvalidInput.onField("inForceFrom", "rule.version.from-required");
		}
		CalendarService.checkCovered(t.inForceFrom(), "inForceFrom");
		if (t.unit() == null) {
			throw InvalidInput.onField("unit", "rule.unit.required");
		}
		if (t.maximum() == null && t.minimum() == null) {
			throw InvalidInput.onField("maximum", "rule.terms.one-required");
		}
		if (t.maximum() != null) {
			CalendarService.checkAmount(t.maximum(), t.unit());
			if (t.unit().counts() && t.maximum() == 0) {
				throw InvalidInput.onField("maximum", "rule.amount.positive");
			}
		}
		if (t.minimum() != null) {
			if (!t.unit().counts()) {
				throw InvalidInput.onField("minimum", "rule.minimum.fixed-day");
			}
			CalendarService.checkAmount(t.minimum(), t.unit());
			if (t.maximum() != null && t.minimum() > t.maximum()) {
				throw InvalidInput.onField("minimum", "rule.minimum.range", t.maximum());
			}
		}
		if (t.maxExtension() < 0) {
			throw InvalidInput.onField("maxExtension", "rule.extension.negative");
		}
		if (t.maxExtension() > 0 && (t.maximum() == null || !t.unit().counts())) {
			throw InvalidInput.onField("maxExtension", "rule.extension.needs-deadline");
		}
		if (t.unit().counts()) {
			CalendarService.checkAmount(t.maxExtension(), t.unit());
		}
		PeriodUnit warningUnit = t.warningUnit() == null ? PeriodUnit.WORKING_DAY : t.warningUnit();
		if (warningUnit != PeriodUnit.WORKING_DAY && warningUnit != PeriodUnit.MONTH) {
			throw InvalidInput.onField("warningUnit", "rule.warning.unit");
		}
		if (t.warning() < 0 || t.warning() > (warningUnit == PeriodUnit.MONTH ? 24 : 400)) {
			throw InvalidInput.onField("warning", "rule.warning.range");
		}
		InvalidInput.requireText(t.startRule(), "startRule", "rule.start.required", 200, "rule.start.size");
		InvalidInput.requireText(t.citation(), "citation", "rule.citation.required", 1000, "rule.citation.size");
	}

	private static Map<String, Object> params(String code, Terms t, LocalDate inForceTo) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", code);
		p.put("from", Date.valueOf(t.inForceFrom()));
		p.put("to", inForceTo == null ? null : Date.valueOf(inForceTo));
		p.put("max", t.maximum());
		p.put("min", t.minimum());
		p.put("unit", t.unit().name());
		p.put("roll", t.rollForward() && t.unit() != PeriodUnit.WORKING_DAY);
		p.put("ext", t.maxExtension());
		p.put("warn", t.warning());
		p.put("wunit", (t.warningUnit() == null ? PeriodUnit.WORKING_DAY : t.warningUnit()).name());
		p.put("start", t.startRule().strip());
		p.put("citation", t.citation().strip());
		p.put("verified", t.verified());
		return p;
	}

	static DeadlineRule map(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate("in_force_to");
		return new DeadlineRule(rs.getString("code"), rs.getString("name"), rs.getString("module"),
				rs.getDate("in_force_from").toLocalDate(), to == null ? null : to.toLocalDate(), integer(rs, "maximum"),
				integer(rs, "minimum"), PeriodUnit.valueOf(rs.getString("unit")), rs.getBoolean("roll_forward"),
				rs.getInt("max_extension"), rs.getInt("warning"), PeriodUnit.valueOf(rs.getString("warning_unit")),
				rs.getString("start_rule"), rs.getString("citation"), rs.getBoolean("verified"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "rule.reason.required");
		}
	}
}
