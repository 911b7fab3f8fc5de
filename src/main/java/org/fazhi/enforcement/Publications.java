package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事后公开: a decision's publication record, written with the decision and masked as the law requires; published
 * within 7 working days (许可、处罚) or 20 (others), and withdrawn with its reason within 3 working days once the decision
 * is changed, revoked or declared unlawful or void (行政处罚法 第四十八条第二款).
 */
@Service
@Transactional
public class Publications {

	static final String ENTITY = "enforcement_publication";

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Publications(JdbcClient jdbc, Clocks clocks, AuditLog audit, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The publication record of a decision just taken, with its clock. */
	void open(EnforcementCase c, PowerType type, String bodyName, String matter, String basis) {
		UUID id = Ids.newId();
		String party = Policies.PublicationWithoutPersonalData.party(c.partyKind, c.partyName);
		String conclusion = Policies.PublicationWithoutPersonalData.text(c.decisionText, c.partyKind, c.partyName);
		if (c.partyIdNumber != null) {
			conclusion = conclusion.replace(c.partyIdNumber, "*".repeat(c.partyIdNumber.length()));
		}
		UUID clockId = clocks.start(new StartClock(c.orgId, "enforcement", ENTITY, id.toString(),
				text("enforcement.clock.publicity", c.caseNumber), "/enforcement/publications/" + id,
				type.publicityRule(), c.createdBy, c.decidedOn));
		jdbc.sql("""
				insert into enforcement_publication (id, case_id, org_id, category, body_name, party_shown, matter, basis,
				  conclusion, decided_on, due_clock_id, version)
				values (:id, :case, :org, :category, :body, :party, :matter, :basis, :conclusion, :decided, :clock, 0)""")
			.param("id", id)
			.param("case", c.id)
			.param("org", c.orgId)
			.param("category", type.name())
			.param("body", bodyName)
			.param("party", party)
			.param("matter", truncate(matter, 300))
			.param("basis", truncate(basis, 1000))
			.param("conclusion", truncate(conclusion, 4000))
			.param("decided", java.sql.Date.valueOf(c.decidedOn))
			.param("clock", clockId)
			.update();
		audit.append(AuditRecord.of(c.orgId, "ENFORCEMENT_PUBLICATION_OPENED", ENTITY, id).summary(c.caseNumber));
	}

	/** Published on the portal on the day (the decision must still stand). */
	public void publish(UUID id, LocalDate on, Long expectedVersion) {
		Map<String, Object> p = load(id);
		StaleWrite.check(expectedVersion, ((Number) p.get("version")).longValue(), ENTITY, id);
		if (p.get("published_on") != null) {
			throw RuleViolation.of("enforcement.rule.published-once");
		}
		if (p.get("withdrawn_on") != null || p.get("revoked_on") != null) {
			throw RuleViolation.of("enforcement.rule.publish-revoked");
		}
		LocalDate day = day(on, toDay(p.get("decided_on")));
		update(id, p, "published_on = :on", day);
		UUID clockId = (UUID) p.get("due_clock_id");
		if (clockId != null && clocks.get(clockId).running()) {
			clocks.stop(clockId, day);
		}
		audit.append(AuditRecord.of((UUID) p.get("org_id"), "ENFORCEMENT_PUBLISHED", ENTITY, id)
			.summary(p.get("matter") + " " + day));
	}

	/** The decision ceased to stand: a published decision's withdrawal clock starts; an unpublished one is never shown. */
	void decisionRevoked(EnforcementCase c) {
		Map<String, Object> p = jdbc.sql("select * from enforcement_publication where case_id = :c")
			.param("c", c.id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (p == null) {
			return;
		}
		UUID id = (UUID) p.get("id");
		if (p.get("published_on") == null) {
			UUID due = (UUID) p.get("due_clock_id");
			if (due != null && clocks.get(due).running()) {
				clocks.stop(due, c.revokedOn);
			}
			jdbc.sql("update enforcement_publication set withdrawn_on = :on, withdrawal_reason = :reason, version = version + 1 where id = :id")
				.param("on", java.sql.Date.valueOf(c.revokedOn))
				.param("reason", text("enforcement.publication.never-published", text(c.revocationKind.messageKey()),
						c.revocationReason))
				.param("id", id)
				.update();
			return;
		}
		UUID clockId = clocks.start(new StartClock(c.orgId, "enforcement", ENTITY, id.toString(),
				text("enforcement.clock.withdraw", c.caseNumber), "/enforcement/publications/" + id, "EN_WITHDRAW",
				c.createdBy, c.revokedOn));
		jdbc.sql("update enforcement_publication set withdraw_clock_id = :clock, version = version + 1 where id = :id")
			.param("clock", clockId)
			.param("id", id)
			.update();
	}

	/** 撤回 with its reason, shown on the portal in the decision's place. */
	public void withdraw(UUID id, String reason, LocalDate on, Long expectedVersion) {
		String why = InvalidInput.requireText(reason, "reason", "enforcement.publication.reason-required", 1000,
				"enforcement.publication.reason-size");
		Map<String, Object> p = load(id);
		StaleWrite.check(expectedVersion, ((Number) p.get("version")).longValue(), ENTITY, id);
		if (p.get("published_on") == null) {
			throw RuleViolation.of("enforcement.rule.withdraw-unpublished");
		}
		if (p.get("withdrawn_on") != null) {
			throw RuleViolation.of("enforcement.rule.withdrawn-once");
		}
		LocalDate day = day(on, toDay(p.get("published_on")));
		jdbc.sql("update enforcement_publication set withdrawal_reason = :reason where id = :id")
			.param("reason", why)
			.param("id", id)
			.update();
		update(id, p, "withdrawn_on = :on", day);
		UUID clockId = (UUID) p.get("withdraw_clock_id");
		if (clockId != null && clocks.get(clockId).running()) {
			clocks.stop(clockId, day);
		}
		audit.append(AuditRecord.of((UUID) p.get("org_id"), "ENFORCEMENT_WITHDRAWN", ENTITY, id)
			.summary(p.get("matter") + "：" + why));
	}

	private Map<String, Object> load(UUID id) {
		return jdbc.sql("""
				select p.*, c.revoked_on from enforcement_publication p join enforcement_case c on c.id = p.case_id
				where p.id = :id""")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	private void update(UUID id, Map<String, Object> p, String set, LocalDate on) {
		int rows = jdbc.sql("update enforcement_publication set " + set + ", version = version + 1 where id = :id and version = :version")
			.param("on", java.sql.Date.valueOf(on))
			.param("id", id)
			.param("version", p.get("version"))
			.update();
		StaleWrite.checkUpdated(rows, ENTITY, id);
	}

	private LocalDate day(LocalDate on, LocalDate notBefore) {
		if (on == null) {
			throw InvalidInput.onField("on", "enforcement.case.date-required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "enforcement.case.date-future");
		}
		if (on.isBefore(notBefore)) {
			throw InvalidInput.onField("on", "enforcement.case.date-before", notBefore);
		}
		return on;
	}

	private static LocalDate toDay(Object value) {
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
