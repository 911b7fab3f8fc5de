package org.fazhi.decision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.decision.CatalogView.Adjustment;
import org.fazhi.decision.CatalogView.Item;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.UuidArray;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual 决策事项目录 (重大行政决策程序暂行条例 第三条第三款): compiled, approved by the decision body, agreed by the
 * 同级党委, published; after publication every adjustment is recorded with its reason and published with it.
 */
@Service
@Transactional
public class DecisionCatalogs {

	static final String ENTITY = "decision_catalog";

	private final JdbcClient jdbc;

	private final DecisionQueries decisions;

	private final OrganizationService orgs;

	private final OrgHierarchy names;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	DecisionCatalogs(JdbcClient jdbc, DecisionQueries decisions, OrganizationService orgs, OrgHierarchy names,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.names = names;
		this.decisions = decisions;
		this.orgs = orgs;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A catalog item as entered; the legality review and the collective decision are always planned. */
	public record ItemInput(String name, UUID leadOrgId, Set<Procedure> planned, String plannedTiming,
			String description) {
	}

	/** Opens the year's catalog of a unit (one per unit and year). */
	public UUID create(UUID orgId, Integer year) {
		if (orgId == null) {
			throw InvalidInput.onField("orgId", "decision.catalog.org");
		}
		if (year == null || year < 2000 || year > 2100) {
			throw InvalidInput.onField("year", "decision.year.range");
		}
		OrgView unit = orgs.unitOf(orgId);
		UUID id = Ids.newId();
		try {
			jdbc.sql("""
					insert into decision_catalog (id, org_id, year_num, status, revision, created_at, version)
					values (:id, :org, :year, 'DRAFT', 0, :at, 0)""")
				.param("id", id)
				.param("org", unit.id())
				.param("year", year)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw RuleViolation.onField("year", "decision.catalog.exists", year);
		}
		audit.append(AuditRecord.of(unit.id(), "DECISION_CATALOG_CREATED", ENTITY, id)
			.summary(text("decision.catalog.name", unit.name(), year)));
		return id;
	}

	/**
	 * Adds an item. Before publication a change returns an approved catalog to compilation (it must be approved
	 * again); after publication it is an adjustment, recorded and published with its reason.
	 */
	public UUID addItem(UUID catalogId, ItemInput input, String reason, String by) {
		CatalogView c = get(catalogId);
		String name = required(input.name(), "name", "decision.item.name", 300, "decision.item.name-size");
		if (input.leadOrgId() == null) {
			throw InvalidInput.onField("leadOrgId", "decision.item.lead-org");
		}
		OrgView lead;
		try {
			lead = orgs.get(input.leadOrgId());
		}
		catch (NotFoundException e) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.unknown");
		}
		if (!orgs.subtree(c.orgId()).contains(lead.id())) {
			throw InvalidInput.onField("leadOrgId", "decision.item.lead-org-outside");
		}
		String timing = required(input.plannedTiming(), "plannedTiming", "decision.item.timing", 100,
				"decision.item.timing-size");
		String description = input.description() == null || input.description().isBlank() ? null
				: input.description().strip();
		if (description != null && description.length() > 2000) {
			throw InvalidInput.onField("description", "decision.item.description-size");
		}
		Set<Procedure> planned = EnumSet.of(Procedure.LEGALITY_REVIEW, Procedure.COLLECTIVE_DECISION);
		if (input.planned() != null) {
			planned.addAll(input.planned());
		}
		String why = adjustmentReason(c, reason);
		int seq = c.items().size() + 1;
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into decision_catalog_item (id, catalog_id, seq, name, lead_org_id, planned_procedures,
				  planned_timing, description, withdrawn)
				values (:id, :c, :seq, :name, :lead, :planned, :timing, :description, false)""")
			.param("id", id)
			.param("c", catalogId)
			.param("seq", seq)
			.param("name", name)
			.param("lead", lead.id())
			.param("planned", planned.stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("timing", timing)
			.param("description", description)
			.update();
		changed(c, text("decision.catalog.adjust.added", name), why, by);
		audit.append(AuditRecord.of(c.orgId(), "DECISION_CATALOG_ITEM_ADDED", ENTITY, catalogId)
			.summary(name + "（" + lead.name() + "，" + timing + "）" + (why == null ? "" : "：" + why)));
		return id;
	}

	/** Takes an item off the catalog: deleted while compiling, withdrawn with its reason once published. */
	public void withdrawItem(UUID itemId, String reason, String by) {
		UUID catalogId = jdbc.sql("select catalog_id from decision_catalog_item where id = :id")
			.param("id", itemId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("decision_catalog_item", itemId));
		CatalogView c = get(catalogId);
		Item item = c.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
		if (item.withdrawn()) {
			throw RuleViolation.of("decision.item.withdrawn-already");
		}
		if (item.decisionId() != null && item.decisionStatus() != DecisionStatus.DRAFTING) {
			throw RuleViolation.of("decision.item.decided");
		}
		String why = adjustmentReason(c, reason);
		if (c.status() == CatalogStatus.PUBLISHED) {
			jdbc.sql("update decision_catalog_item set withdrawn = true, withdrawn_reason = :r where id = :id")
				.param("r", why)
				.param("id", itemId)
				.update();
		}
		else {
			if (item.decisionId() != null) {
				throw RuleViolation.of("decision.item.has-decision");
			}
			jdbc.sql("delete from decision_catalog_item where id = :id").param("id", itemId).update();
		}
		changed(c, text("decision.catalog.adjust.withdrawn", item.name()), why, by);
		audit.append(AuditRecord.of(c.orgId(), "DECISION_CATALOG_ITEM_WITHDRAWN", ENTITY, catalogId)
			.summary(item.name() + (why == null ? "" : "：" + why)));
	}

	/** The decision body approves the catalog (a leader records it). */
	public void approve(UUID catalogId, String approvedBy, LocalDate on) {
		CatalogView c = get(catalogId);
		if (c.status() != CatalogStatus.DRAFT) {
			throw RuleViolation.of("decision.catalog.approve-state");
		}
		if (c.activeItems().isEmpty()) {
			throw RuleViolation.of("decision.catalog.empty");
		}
		date(on, "approvedOn");
		set(c, "status = 'APPROVED', approved_by = :by, approved_on = :on",
				Map.of("by", approvedBy, "on", Date.valueOf(on)));
		audit.append(AuditRecord.of(c.orgId(), "DECISION_CATALOG_APPROVED", ENTITY, catalogId)
			.summary(text("decision.catalog.name", c.orgName(), c.year()) + "：" + approvedBy + " " + on));
	}

	/** Records the 同级党委's agreement (第三条第三款), e.g. the 党组会议 and its date. */
	public void recordPartyAgreement(UUID catalogId, LocalDate on, String reference) {
		CatalogView c = get(catalogId);
		if (c.status() != CatalogStatus.APPROVED) {
			throw RuleViolation.of("decision.catalog.party-state");
		}
		String ref = required(reference, "partyAgreement", "decision.catalog.party-reference", 500,
				"decision.catalog.party-reference-size");
		date(on, "partyAgreedOn");
		if (on.isBefore(c.approvedOn())) {
			throw InvalidInput.onField("partyAgreedOn", "decision.catalog.party-before-approval", c.approvedOn());
		}
		set(c, "party_agreed_on = :on, party_agreement = :ref", Map.of("on", Date.valueOf(on), "ref", ref));
		audit.append(AuditRecord.of(c.orgId(), "DECISION_CATALOG_PARTY_AGREED", ENTITY, catalogId)
			.summary(ref + " " + on));
	}

	/** Publishes the catalog: only once approved and agreed by the 同级党委 (第三条第三款). */
	public void publish(UUID catalogId, LocalDate on) {
		CatalogView c = get(catalogId);
		if (c.status() == CatalogStatus.PUBLISHED) {
			throw RuleViolation.of("decision.catalog.published-already");
		}
		if (c.status() != CatalogStatus.APPROVED) {
			throw RuleViolation.of("decision.rule.catalog-not-approved");
		}
		if (c.partyAgreedOn() == null) {
			throw RuleViolation.of("decision.rule.catalog-without-party");
		}
		date(on, "publishedOn");
		if (on.isBefore(c.partyAgreedOn())) {
			throw InvalidInput.onField("publishedOn", "decision.catalog.publish-before-party", c.partyAgreedOn());
		}
		set(c, "status = 'PUBLISHED', published_on = :on, revision = 1", Map.of("on", Date.valueOf(on)));
		audit.append(AuditRecord.of(c.orgId(), "DECISION_CATALOG_PUBLISHED", ENTITY, catalogId)
			.summary(text("decision.catalog.name", c.orgName(), c.year())));
	}

	@Transactional(readOnly = true)
	public CatalogView get(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	@Transactional(readOnly = true)
	public Optional<CatalogView> find(UUID id) {
		return views("c.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The catalogs the user may see, newest year first. */
	@Transactional(readOnly = true)
	public List<CatalogView> list(DataScope scope) {
		if (scope.all()) {
			return views("1 = 1", Map.of());
		}
		Set<UUID> units = new java.util.HashSet<>();
		scope.orgIds().forEach(o -> units.add(orgs.unitOf(o).id()));
		return units.isEmpty() ? List.of() : views("c.org_id = any(:orgs)", Map.of("orgs", UuidArray.of(units)));
	}

	/** Published catalogs, newest year first (the portal). */
	@Transactional(readOnly = true)
	public List<CatalogView> published() {
		return views("c.status = 'PUBLISHED'", Map.of());
	}

	/** Items open for a decision: in the unit's catalogs, not withdrawn, no decision yet. */
	@Transactional(readOnly = true)
	public List<Item> openItems(Set<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return views("c.org_id = any(:orgs)", Map.of("orgs", UuidArray.of(unitIds))).stream()
			.flatMap(c -> c.activeItems().stream())
			.filter(i -> i.decisionId() == null)
			.toList();
	}

	// ---------------------------------------------------------------- internals

	private String adjustmentReason(CatalogView c, String reason) {
		if (c.status() != CatalogStatus.PUBLISHED) {
			return reason == null || reason.isBlank() ? null : reason.strip();
		}
		return required(reason, "reason", "decision.catalog.adjust.reason", 1000, "decision.catalog.adjust.reason-size");
	}

	/** After a change: an approved catalog goes back for approval; a published one records the adjustment. */
	private void changed(CatalogView c, String description, String reason, String by) {
		switch (c.status()) {
			case APPROVED -> set(c,
					"status = 'DRAFT', approved_by = null, approved_on = null, party_agreed_on = null, party_agreement = null",
					Map.of());
			case PUBLISHED -> {
				jdbc.sql("""
						insert into decision_catalog_adjustment (id, catalog_id, adjusted_on, description, reason, adjusted_by)
						values (:id, :c, :on, :d, :r, :by)""")
					.param("id", Ids.newId())
					.param("c", c.id())
					.param("on", Date.valueOf(LocalDate.now(clock)))
					.param("d", description)
					.param("r", reason)
					.param("by", by)
					.update();
				set(c, "revision = revision + 1", Map.of());
			}
			default -> set(c, "revision = revision", Map.of());
		}
	}

	private List<CatalogView> views(String where, Map<String, ?> params) {
		record Head(UUID id, UUID orgId, int year, CatalogStatus status, String approvedBy, LocalDate approvedOn,
				LocalDate partyOn, String party, LocalDate publishedOn, int revision, long version) {
		}
		List<Head> heads = jdbc.sql("select c.* from decision_catalog c where " + where + " order by c.year_num desc")
			.params(params)
			.query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
					rs.getInt("year_num"), CatalogStatus.valueOf(rs.getString("status")), rs.getString("approved_by"),
					local(rs.getDate("approved_on")), local(rs.getDate("party_agreed_on")),
					rs.getString("party_agreement"), local(rs.getDate("published_on")), rs.getInt("revision"),
					rs.getLong("version")))
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = heads.stream().map(Head::id).toList();
		record ItemRow(UUID catalogId, Item item) {
		}
		List<ItemRow> itemRows = jdbc.sql("select * from decision_catalog_item where catalog_id in (:ids) order by seq")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID lead = rs.getObject("lead_org_id", UUID.class);
				Set<Procedure> planned = EnumSet.noneOf(Procedure.class);
				Arrays.stream(rs.getString("planned_procedures").split(","))
					.filter(s -> !s.isBlank())
					.forEach(s -> planned.add(Procedure.valueOf(s)));
				return new ItemRow(rs.getObject("catalog_id", UUID.class),
						new Item(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("name"), lead,
								names.name(lead).orElse(""), planned, rs.getString("planned_timing"),
								rs.getString("description"), rs.getBoolean("withdrawn"),
								rs.getString("withdrawn_reason"), null, null));
			})
			.list();
		Map<UUID, DecisionQueries.ItemDecision> decided = decisions
			.decisionsForItems(itemRows.stream().map(r -> r.item().id()).toList());
		Map<UUID, List<Item>> items = new HashMap<>();
		for (ItemRow r : itemRows) {
			Item i = r.item();
			DecisionQueries.ItemDecision decision = decided.get(i.id());
			items.computeIfAbsent(r.catalogId(), k -> new ArrayList<>())
				.add(new Item(i.id(), i.seq(), i.name(), i.leadOrgId(), i.leadOrgName(), i.planned(), i.plannedTiming(),
						i.description(), i.withdrawn(), i.withdrawnReason(), decision == null ? null : decision.id(),
						decision == null ? null : decision.status()));
		}
		Map<UUID, List<Adjustment>> adjustments = new HashMap<>();
		jdbc.sql("select * from decision_catalog_adjustment where catalog_id in (:ids) order by adjusted_on, description")
			.param("ids", ids)
			.query((rs, n) -> adjustments.computeIfAbsent(rs.getObject("catalog_id", UUID.class), k -> new ArrayList<>())
				.add(new Adjustment(local(rs.getDate("adjusted_on")), rs.getString("description"), rs.getString("reason"),
						rs.getString("adjusted_by"))))
			.list();
		return heads.stream()
			.map(h -> new CatalogView(h.id(), h.orgId(), names.name(h.orgId()).orElse(""), h.year(), h.status(),
					h.approvedBy(), h.approvedOn(), h.partyOn(), h.party(), h.publishedOn(), h.revision(),
					items.getOrDefault(h.id(), List.of()), adjustments.getOrDefault(h.id(), List.of()), h.version()))
			.toList();
	}

	/** Writes the catalog if it is still the version that was read and judged (a change of its items moves it too). */
	private void set(CatalogView c, String assignments, Map<String, ?> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("id", c.id());
		all.put("version", c.version());
		int n = jdbc.sql("update decision_catalog set " + assignments
				+ ", version = version + 1 where id = :id and version = :version")
			.params(all)
			.update();
		StaleWrite.checkUpdated(n, ENTITY, c.id());
	}

	private void date(LocalDate on, String field) {
		if (on == null) {
			throw InvalidInput.onField(field, "decision.catalog.date");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField(field, "decision.date.future");
		}
	}

	private static String required(String value, String field, String code, int max, String sizeCode) {
		return InvalidInput.requireText(value, field, code, max, sizeCode);
	}

	private static LocalDate local(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
