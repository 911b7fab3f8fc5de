package org.fazhi.enforcement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's enforcement bodies and their 权责清单 (each power with its type, basis, procedure and remedy, and whether
 * it is on the 双随机 random-inspection list), and the unit's implementation plan of the 三项制度 — what the portal
 * publishes before any act (事前公开).
 */
@Service
@Transactional
public class Bodies {

	static final String BODY = "enforcement_body";

	static final String POWER = "enforcement_power";

	static final String PLAN = "enforcement_plan";

	private final JdbcClient jdbc;

	private final OrganizationService orgs;

	private final AuditLog audit;

	private final Clock clock;

	Bodies(JdbcClient jdbc, OrganizationService orgs, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	public record BodyCommand(String name, BodyNature nature, String category, String legalBasis, String process) {

		BodyCommand checked() {
			String n = InvalidInput.requireText(name, "name", "enforcement.body.name-required", 200,
					"enforcement.body.name-size");
			if (nature == null) {
				throw InvalidInput.onField("nature", "enforcement.body.nature-required");
			}
			String c = InvalidInput.requireText(category, "category", "enforcement.body.category-required", 100,
					"enforcement.body.category-size");
			String b = InvalidInput.requireText(legalBasis, "legalBasis", "enforcement.body.basis-required", 2000,
					"enforcement.body.basis-size");
			InvalidInput.checkLength(process, 4000, "process", "enforcement.body.process-size");
			return new BodyCommand(n, nature, c, b, Texts.blankToNull(process));
		}
	}

	/** A body of the unit the organization belongs to. */
	public UUID createBody(UUID orgId, BodyCommand cmd) {
		BodyCommand c = cmd.checked();
		UUID unit = orgs.unitOf(orgId).id();
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into enforcement_body (id, org_id, name, nature, category, legal_basis, process, created_at, version)
				values (:id, :org, :name, :nature, :category, :basis, :process, :at, 0)""")
			.param("id", id)
			.param("org", unit)
			.param("name", c.name())
			.param("nature", c.nature().name())
			.param("category", c.category())
			.param("basis", c.legalBasis())
			.param("process", c.process())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(unit, "ENFORCEMENT_BODY_CREATED", BODY, id).summary(c.name()).after(c));
		return id;
	}

	public void updateBody(UUID id, BodyCommand cmd, Long expectedVersion) {
		BodyCommand c = cmd.checked();
		Map<String, Object> before = row("select * from enforcement_body where id = :id", id, BODY);
		StaleWrite.check(expectedVersion, ((Number) before.get("version")).longValue(), BODY, id);
		int rows = jdbc.sql("""
				update enforcement_body set name = :name, nature = :nature, category = :category, legal_basis = :basis,
				  process = :process, version = version + 1 where id = :id and version = :version""")
			.param("id", id)
			.param("version", before.get("version"))
			.param("name", c.name())
			.param("nature", c.nature().name())
			.param("category", c.category())
			.param("basis", c.legalBasis())
			.param("process", c.process())
			.update();
		StaleWrite.checkUpdated(rows, BODY, id);
		audit.append(AuditRecord.of((UUID) before.get("org_id"), "ENFORCEMENT_BODY_UPDATED", BODY, id)
			.summary(c.name())
			.before(before)
			.after(c));
	}

	public record PowerCommand(String code, String name, PowerType type, String area, String basisLaw,
			String basisArticle, String procedure, String remedy, boolean randomInspection, String inspectionScope) {

		PowerCommand checked() {
			String k = InvalidInput.requireText(code, "code", "enforcement.power.code-required", 40,
					"enforcement.power.code-size");
			if (!k.matches("[0-9A-Za-z_-]+")) {
				throw InvalidInput.onField("code", "enforcement.power.code-format");
			}
			String n = InvalidInput.requireText(name, "name", "enforcement.power.name-required", 300,
					"enforcement.power.name-size");
			if (type == null) {
				throw InvalidInput.onField("type", "enforcement.power.type-required");
			}
			String a = InvalidInput.requireText(area, "area", "enforcement.power.area-required", 30,
					"enforcement.power.area-size");
			String law = InvalidInput.requireText(basisLaw, "basisLaw", "enforcement.power.law-required", 300,
					"enforcement.power.law-size");
			String article = InvalidInput.requireText(basisArticle, "basisArticle", "enforcement.power.article-required",
					100, "enforcement.power.article-size");
			String p = InvalidInput.requireText(procedure, "procedure", "enforcement.power.procedure-required", 4000,
					"enforcement.power.procedure-size");
			String r = InvalidInput.requireText(remedy, "remedy", "enforcement.power.remedy-required", 1000,
					"enforcement.power.remedy-size");
			InvalidInput.checkLength(inspectionScope, 1000, "inspectionScope", "enforcement.power.scope-size");
			if (randomInspection && (inspectionScope == null || inspectionScope.isBlank())) {
				throw InvalidInput.onField("inspectionScope", "enforcement.power.scope-required");
			}
			return new PowerCommand(k, n, type, a, law, article, p, r, randomInspection,
					randomInspection ? inspectionScope.strip() : null);
		}
	}

	public UUID addPower(UUID bodyId, PowerCommand cmd) {
		PowerCommand c = cmd.checked();
		Map<String, Object> body = row("select * from enforcement_body where id = :id", bodyId, BODY);
		UUID org = (UUID) body.get("org_id");
		UUID id = Ids.newId();
		try {
			jdbc.sql("""
					insert into enforcement_power (id, body_id, org_id, code, name, type, area, basis_law, basis_article,
					  procedure_text, remedy, random_inspection, inspection_scope, version)
					values (:id, :body, :org, :code, :name, :type, :area, :law, :article, :procedure, :remedy, :random,
					  nullif(:scope, ''), 0)""")
				.params(powerParams(c))
				.param("id", id)
				.param("body", bodyId)
				.param("org", org)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.onField("code", "enforcement.power.code-taken", c.code());
		}
		audit.append(AuditRecord.of(org, "ENFORCEMENT_POWER_ADDED", POWER, id).summary(c.code() + " " + c.name()).after(c));
		return id;
	}

	public void updatePower(UUID id, PowerCommand cmd, Long expectedVersion) {
		PowerCommand c = cmd.checked();
		Map<String, Object> before = row("select * from enforcement_power where id = :id", id, POWER);
		StaleWrite.check(expectedVersion, ((Number) before.get("version")).longValue(), POWER, id);
		int rows;
		try {
			rows = jdbc.sql("""
					update enforcement_power set code = :code, name = :name, type = :type, area = :area, basis_law = :law,
					  basis_article = :article, procedure_text = :procedure, remedy = :remedy,
					  random_inspection = :random, inspection_scope = nullif(:scope, ''), version = version + 1
					where id = :id and version = :version""")
				.params(powerParams(c))
				.param("id", id)
				.param("version", before.get("version"))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.onField("code", "enforcement.power.code-taken", c.code());
		}
		StaleWrite.checkUpdated(rows, POWER, id);
		audit.append(AuditRecord.of((UUID) before.get("org_id"), "ENFORCEMENT_POWER_UPDATED", POWER, id)
			.summary(c.code() + " " + c.name())
			.before(before)
			.after(c));
	}

	public record PlanCommand(String title, String documentNumber, LocalDate adoptedOn, String text) {
	}

	/** The unit's implementation plan of the 三项制度 (实施方案), kept as the document it is; a new text replaces it. */
	public void savePlan(UUID orgId, PlanCommand cmd, Long expectedVersion) {
		String title = InvalidInput.requireText(cmd.title(), "title", "enforcement.plan.title-required", 300,
				"enforcement.plan.title-size");
		InvalidInput.checkLength(cmd.documentNumber(), 60, "documentNumber", "enforcement.plan.number-size");
		if (cmd.adoptedOn() == null) {
			throw InvalidInput.onField("adoptedOn", "enforcement.plan.adopted-required");
		}
		if (cmd.adoptedOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("adoptedOn", "enforcement.plan.adopted-future");
		}
		String text = InvalidInput.requireText(cmd.text(), "text", "enforcement.plan.text-required", 100_000,
				"enforcement.plan.text-size");
		UUID unit = orgs.unitOf(orgId).id();
		var existing = jdbc.sql("select id, version from enforcement_plan where org_id = :org")
			.param("org", unit)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getLong(2) })
			.optional();
		Map<String, Object> p = Map.of("org", unit, "title", title, "number",
				cmd.documentNumber() == null ? "" : cmd.documentNumber().strip(), "adopted",
				java.sql.Date.valueOf(cmd.adoptedOn()), "text", text);
		if (existing.isEmpty()) {
			UUID id = Ids.newId();
			jdbc.sql("""
					insert into enforcement_plan (id, org_id, title, document_number, adopted_on, body_text, version)
					values (:id, :org, :title, nullif(:number, ''), :adopted, :text, 0)""")
				.params(p)
				.param("id", id)
				.update();
			audit.append(AuditRecord.of(unit, "ENFORCEMENT_PLAN_SAVED", PLAN, id).summary(title));
			return;
		}
		UUID id = (UUID) existing.get()[0];
		StaleWrite.check(expectedVersion, (Long) existing.get()[1], PLAN, id);
		int rows = jdbc.sql("""
				update enforcement_plan set title = :title, document_number = nullif(:number, ''), adopted_on = :adopted,
				  body_text = :text, version = version + 1 where id = :id and version = :version""")
			.params(p)
			.param("id", id)
			.param("version", existing.get()[1])
			.update();
		StaleWrite.checkUpdated(rows, PLAN, id);
		audit.append(AuditRecord.of(unit, "ENFORCEMENT_PLAN_SAVED", PLAN, id)
			.summary(title)
			.after(Map.of("title", title, "fingerprint", Texts.fingerprint(text))));
	}

	private Map<String, Object> row(String sql, UUID id, String entity) {
		return jdbc.sql(sql).param("id", id).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> NotFoundException.of(entity, id));
	}

	private static Map<String, Object> powerParams(PowerCommand c) {
		return Map.of("code", c.code(), "name", c.name(), "type", c.type().name(), "area", c.area(), "law",
				c.basisLaw(), "article", c.basisArticle(), "procedure", c.procedure(), "remedy", c.remedy(), "random",
				c.randomInspection(), "scope", c.inspectionScope() == null ? "" : c.inspectionScope());
	}
}
