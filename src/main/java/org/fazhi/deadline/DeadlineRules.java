package org.fazhi.deadline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The time-limit rules of the installation. Administrators adapt amounts to their jurisdiction (audited with a
 * reason); a change applies to clocks started afterwards, never to running ones; a rule in use is never deleted.
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

	public record RuleCommand(String code, String name, int amount, PeriodUnit unit, boolean rollForward,
			Integer minimum, int maxExtension, int warningDays, String startRule, String citation, String module) {
	}

	@Transactional(readOnly = true)
	public List<DeadlineRule> list() {
		Map<String, Long> usage = usage();
		return jdbc.sql("select * from deadline_rule order by module, code")
			.query((rs, n) -> map(rs, usage.getOrDefault(rs.getString("code"), 0L)))
			.list();
	}

	@Transactional(readOnly = true)
	public DeadlineRule get(String code) {
		return jdbc.sql("select * from deadline_rule where code = :code")
			.param("code", code)
			.query((rs, n) -> map(rs, usage().getOrDefault(code, 0L)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("deadline_rule", code));
	}

	public void create(RuleCommand cmd, String reason) {
		requireReason(reason);
		validate(cmd);
		boolean exists = jdbc.sql("select count(*) from deadline_rule where code = :code")
			.param("code", cmd.code())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw InvalidInput.onField("code", "rule.code.duplicate", cmd.code());
		}
		jdbc.sql("""
				insert into deadline_rule (code, name, amount, unit, roll_forward, minimum, max_extension, warning_days,
				  start_rule, citation, module, version)
				values (:code, :name, :amount, :unit, :roll, :minimum, :max, :warn, :start, :citation, :module, 0)""")
			.params(params(cmd))
			.update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_CREATED", "deadline_rule", cmd.code())
			.summary(reason)
			.after(cmd));
	}

	public void update(String code, RuleCommand cmd, String reason) {
		requireReason(reason);
		DeadlineRule before = get(code);
		validate(cmd);
		jdbc.sql("""
				update deadline_rule set name = :name, amount = :amount, unit = :unit, roll_forward = :roll,
				  minimum = :minimum, max_extension = :max, warning_days = :warn, start_rule = :start,
				  citation = :citation, version = version + 1
				where code = :code""")
			.params(params(new RuleCommand(code, cmd.name(), cmd.amount(), cmd.unit(), cmd.rollForward(), cmd.minimum(),
					cmd.maxExtension(), cmd.warningDays(), cmd.startRule(), cmd.citation(), before.module())))
			.update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_UPDATED", "deadline_rule", code)
			.summary(reason)
			.before(before)
			.after(get(code)));
	}

	public void delete(String code, String reason) {
		requireReason(reason);
		DeadlineRule rule = get(code);
		if (rule.clocks() > 0) {
			throw RuleViolation.of("rule.delete.in-use", rule.name(), rule.clocks());
		}
		jdbc.sql("delete from deadline_rule where code = :code").param("code", code).update();
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "RULE_DELETED", "deadline_rule", code)
			.summary(reason)
			.before(rule));
	}

	private static void validate(RuleCommand cmd) {
		CalendarService.checkAmount(cmd.amount(), cmd.unit());
		if (cmd.amount() == 0) {
			throw InvalidInput.onField("amount", "rule.amount.positive");
		}
		if (cmd.minimum() != null && (cmd.minimum() < 0 || cmd.minimum() > cmd.amount())) {
			throw InvalidInput.onField("minimum", "rule.minimum.range", cmd.amount());
		}
		if (cmd.maxExtension() < 0) {
			throw InvalidInput.onField("maxExtension", "rule.extension.negative");
		}
		CalendarService.checkAmount(cmd.maxExtension(), cmd.unit());
		if (cmd.warningDays() < 0 || cmd.warningDays() > 400) {
			throw InvalidInput.onField("warningDays", "rule.warning.range");
		}
	}

	private static Map<String, Object> params(RuleCommand cmd) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("code", cmd.code());
		p.put("name", cmd.name().trim());
		p.put("amount", cmd.amount());
		p.put("unit", cmd.unit().name());
		p.put("roll", cmd.rollForward());
		p.put("minimum", cmd.minimum());
		p.put("max", cmd.maxExtension());
		p.put("warn", cmd.warningDays());
		p.put("start", cmd.startRule().trim());
		p.put("citation", cmd.citation().trim());
		p.put("module", cmd.module());
		return p;
	}

	private Map<String, Long> usage() {
		return jdbc.sql("select rule_code, count(*) from deadline_clock group by rule_code")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static DeadlineRule map(java.sql.ResultSet rs, long clocks) throws java.sql.SQLException {
		Integer minimum = rs.getObject("minimum") == null ? null : rs.getInt("minimum");
		return new DeadlineRule(rs.getString("code"), rs.getString("name"), rs.getInt("amount"),
				PeriodUnit.valueOf(rs.getString("unit")), rs.getBoolean("roll_forward"), minimum,
				rs.getInt("max_extension"), rs.getInt("warning_days"), rs.getString("start_rule"),
				rs.getString("citation"), rs.getString("module"), clocks);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "rule.reason.required");
		}
	}
}
