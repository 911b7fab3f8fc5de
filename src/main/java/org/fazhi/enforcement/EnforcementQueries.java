package org.fazhi.enforcement;

import static org.fazhi.platform.SqlDates.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.enforcement.EnforcementViews.BodyView;
import org.fazhi.enforcement.EnforcementViews.CaseLine;
import org.fazhi.enforcement.EnforcementViews.CaseView;
import org.fazhi.enforcement.EnforcementViews.OfficerView;
import org.fazhi.enforcement.EnforcementViews.PlanView;
import org.fazhi.enforcement.EnforcementViews.PowerView;
import org.fazhi.enforcement.EnforcementViews.PublicationView;
import org.fazhi.enforcement.EnforcementViews.Qualification;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.Paging;
import org.fazhi.platform.UuidArray;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enforcement module's reads: one view per thing, batch-loaded per page. */
@Service
@Transactional(readOnly = true)
public class EnforcementQueries {

	private static final Map<String, String> CASE_SORTS = Map.of("registeredOn", "c.registered_on", "number",
			"c.case_number", "status", "c.status");

	private static final String CASE_ORDER = "c.registered_on desc, c.case_number desc";

	private final JdbcClient jdbc;

	private final CaseRepository cases;

	private final FullProcessRecord record;

	private final Clocks clocks;

	private final ReviewService reviews;

	private final OrgHierarchy orgs;

	private final EnforcementProperties settings;

	private final Cases caseService;

	private final org.fazhi.organization.UserService users;

	private final Clock clock;

	EnforcementQueries(JdbcClient jdbc, CaseRepository cases, FullProcessRecord record, Clocks clocks,
			ReviewService reviews, OrgHierarchy orgs, EnforcementProperties settings, Cases caseService,
			org.fazhi.organization.UserService users, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.cases = cases;
		this.record = record;
		this.clocks = clocks;
		this.reviews = reviews;
		this.orgs = orgs;
		this.settings = settings;
		this.caseService = caseService;
		this.clock = clock;
	}

	// ---------------------------------------------------------------------------------------------- bodies

	/** The unit's bodies with their power lists (two statements whatever their number). */
	public List<BodyView> bodies(UUID unitId) {
		return bodiesWhere("b.org_id = :unit", Map.of("unit", unitId));
	}

	private List<BodyView> bodiesWhere(String condition, Map<String, ?> params) {
		List<BodyView> bodies = jdbc.sql("""
				select b.*, (select count(*) from enforcement_officer o where o.body_id = b.id and o.status = 'ACTIVE') as officers
				from enforcement_body b where """ + " " + condition + " order by b.org_id, b.created_at, b.name")
			.params(params)
			.query((rs, n) -> body(rs, List.of()))
			.list();
		if (bodies.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<PowerView>> powers = new HashMap<>();
		jdbc.sql("select * from enforcement_power where body_id = any(:ids) order by code")
			.param("ids", UuidArray.of(bodies.stream().map(BodyView::id).toList()))
			.query(EnforcementQueries::power)
			.list()
			.forEach(p -> powers.computeIfAbsent(p.bodyId(), k -> new ArrayList<>()).add(p));
		return bodies.stream()
			.map(b -> new BodyView(b.id(), b.orgId(), orgs.name(b.orgId()).orElse(""), b.name(), b.nature(),
					b.category(), b.legalBasis(), b.process(), b.version(), powers.getOrDefault(b.id(), List.of()),
					b.officers()))
			.toList();
	}

	public BodyView body(UUID id) {
		UUID unit = jdbc.sql("select org_id from enforcement_body where id = :id").param("id", id).query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(Bodies.BODY, id));
		return bodies(unit).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
	}

	public PowerView powerView(UUID id) {
		return jdbc.sql("select * from enforcement_power where id = :id").param("id", id)
			.query(EnforcementQueries::power)
			.optional()
			.orElseThrow(() -> NotFoundException.of(Bodies.POWER, id));
	}

	/** The units whose bodies the portal shows (事前公开), each with its bodies: two statements for all of them. */
	public Map<String, List<BodyView>> publishedBodies() {
		Map<String, List<BodyView>> out = new LinkedHashMap<>();
		bodiesWhere("1=1", Map.of()).stream()
			.sorted(java.util.Comparator.comparing(BodyView::orgName))
			.forEach(b -> out.computeIfAbsent(b.orgName(), k -> new ArrayList<>()).add(b));
		return out;
	}

	public Optional<PlanView> plan(UUID unitId) {
		return jdbc.sql("select * from enforcement_plan where org_id = :org")
			.param("org", unitId)
			.query((rs, n) -> new PlanView(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
					rs.getString("title"), rs.getString("document_number"), local(rs, "adopted_on"),
					rs.getString("body_text"), rs.getLong("version")))
			.optional();
	}

	// ---------------------------------------------------------------------------------------------- officers

	public record OfficerFilter(OfficerStatus status, String keyword, UUID bodyId) {
	}

	public Page<OfficerView> officers(OfficerFilter filter, DataScope scope, Pageable pageable) {
		DataScope.SqlCondition condition = scope.where("o.org_id", "o.user_id");
		StringBuilder where = new StringBuilder(condition.sql());
		Map<String, Object> params = new HashMap<>(condition.params());
		if (filter.status() != null) {
			where.append(" and o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.bodyId() != null) {
			where.append(" and o.body_id = :body");
			params.put("body", filter.bodyId());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and (o.name like :kw escape '\\' or o.certificate_no like :kw escape '\\')");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		Page<OfficerView> page = Paging.query(jdbc, "select o.*, b.name as body_name",
				"from enforcement_officer o join enforcement_body b on b.id = o.body_id", where.toString(), params,
				Paging.orderBy(pageable, Map.of("name", "o.name", "expiresOn", "o.expires_on", "status", "o.status"),
						"o.expires_on, o.name, o.id"),
				pageable, this::officer);
		return page;
	}

	public OfficerView officer(UUID id) {
		return jdbc.sql("select o.*, b.name as body_name from enforcement_officer o join enforcement_body b on b.id = o.body_id where o.id = :id")
			.param("id", id)
			.query((org.springframework.jdbc.core.RowMapper<OfficerView>) this::officer)
			.optional()
			.orElseThrow(() -> NotFoundException.of(OfficerRepository.ENTITY, id));
	}

	/** The officers of a unit who may be chosen for a case: in use, by name. */
	public List<OfficerView> activeOfficers(UUID unitId) {
		return jdbc.sql("""
				select o.*, b.name as body_name from enforcement_officer o join enforcement_body b on b.id = o.body_id
				where b.org_id = :unit and o.status = 'ACTIVE' order by o.name, o.certificate_no""")
			.param("unit", unitId)
			.query((org.springframework.jdbc.core.RowMapper<OfficerView>) this::officer)
			.list();
	}

	public List<Qualification> qualifications(UUID unitId) {
		Set<UUID> orgsOfUnit = orgs.subtree(unitId);
		return jdbc.sql("""
				select q.*, u.display_name from enforcement_legal_qualification q
				join organization_user u on u.id = q.user_id where q.org_id = any(:orgs) order by u.display_name""")
			.param("orgs", UuidArray.of(orgsOfUnit))
			.query((rs, n) -> new Qualification(rs.getObject("user_id", UUID.class), rs.getString("display_name"),
					orgs.name(rs.getObject("org_id", UUID.class)).orElse(""), rs.getString("certificate_no"),
					local(rs, "obtained_on"), rs.getString("recorded_by")))
			.list();
	}

	/** Who may review a major decision in the unit: the holders of the review permission. */
	public List<org.fazhi.organization.UserView> reviewers(UUID unitId) {
		return users.holdersOf(org.fazhi.review.ReviewPermission.REVIEW_PERFORM, orgs.subtree(unitId));
	}

	// ---------------------------------------------------------------------------------------------- cases

	public record CaseFilter(CaseStatus status, Integer year, String keyword, PowerType type) {
	}

	public Page<CaseLine> cases(CaseFilter filter, DataScope scope, Pageable pageable) {
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.created_by");
		StringBuilder where = new StringBuilder(condition.sql());
		Map<String, Object> params = new HashMap<>(condition.params());
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.year() != null) {
			where.append(" and c.registered_on >= :from and c.registered_on <= :to");
			params.put("from", java.sql.Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
			params.put("to", java.sql.Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
		}
		if (filter.type() != null) {
			where.append(" and p.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and (c.title like :kw escape '\\' or c.case_number like :kw escape '\\' or c.party_name like :kw escape '\\')");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		Page<Map.Entry<CaseLine, UUID>> rows = Paging.query(jdbc,
				"select c.id, c.case_number, c.title, c.party_kind, c.party_name, c.status, c.major_grounds, c.fine_amount, "
						+ "c.hearing_on, c.registered_on, c.decided_on, c.decide_clock_id, c.org_id, b.name as body_name, "
						+ "p.name as power_name, p.type as power_type",
				"from enforcement_case c join enforcement_body b on b.id = c.body_id join enforcement_power p on p.id = c.power_id",
				where.toString(), params, Paging.orderBy(pageable, CASE_SORTS, CASE_ORDER), pageable,
				(rs, n) -> new java.util.AbstractMap.SimpleEntry<>(caseLine(rs, null),
						rs.getObject("decide_clock_id", UUID.class)));
		Map<UUID, ClockView> due = clocks.byIds(rows.getContent().stream().map(Map.Entry::getValue)
			.filter(Objects::nonNull).collect(Collectors.toSet()));
		List<CaseLine> lines = rows.getContent().stream()
			.map(e -> {
				CaseLine l = e.getKey();
				return new CaseLine(l.id(), l.caseNumber(), l.title(), l.bodyName(), l.powerName(), l.powerType(),
						l.partyShown(), l.status(), l.major(), l.registeredOn(), l.decidedOn(),
						e.getValue() == null ? null : due.get(e.getValue()), l.orgName());
			})
			.toList();
		return new PageImpl<>(lines, rows.getPageable(), rows.getTotalElements());
	}

	private CaseLine caseLine(ResultSet rs, ClockView clock) throws SQLException {
		PartyKind kind = PartyKind.valueOf(rs.getString("party_kind"));
		String grounds = rs.getString("major_grounds");
		EnforcementCase probe = new EnforcementCase();
		probe.partyKind = kind;
		probe.fineAmount = rs.getBigDecimal("fine_amount");
		probe.hearingOn = local(rs, "hearing_on");
		if (grounds != null) {
			for (String g : grounds.split(",")) {
				probe.recordedGrounds.add(MajorGround.valueOf(g));
			}
		}
		return new CaseLine(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("title"),
				rs.getString("body_name"), rs.getString("power_name"), PowerType.valueOf(rs.getString("power_type")),
				Policies.PublicationWithoutPersonalData.party(kind, rs.getString("party_name")),
				CaseStatus.valueOf(rs.getString("status")), probe.major(settings), local(rs, "registered_on"),
				local(rs, "decided_on"), clock, orgs.name(rs.getObject("org_id", UUID.class)).orElse(""));
	}

	public CaseView caseView(UUID id) {
		EnforcementCase c = cases.load(id);
		Cases.Power power = caseService.power(c.powerId);
		List<OfficerView> team = c.officerIds.isEmpty() ? List.of()
				: jdbc.sql("select o.*, b.name as body_name from enforcement_officer o join enforcement_body b on b.id = o.body_id "
						+ "where o.id = any(:ids) order by o.name")
					.param("ids", UuidArray.of(c.officerIds))
					.query((org.springframework.jdbc.core.RowMapper<OfficerView>) this::officer)
					.list();
		List<ClockView> caseClocks = new ArrayList<>(clocks.forSubject(CaseRepository.ENTITY, c.id.toString()));
		PublicationView publication = publications("p.case_id = :c", Map.of("c", c.id)).stream().findFirst().orElse(null);
		ReviewView review = c.reviewId == null ? null : reviews.get(c.reviewId);
		String body = jdbc.sql("select name from enforcement_body where id = :id").param("id", c.bodyId)
			.query(String.class).single();
		return new CaseView(c.id, c.orgId, orgs.name(c.orgId).orElse(""), c.bodyId, body, c.powerId, power.name(),
				power.type(), power.area(), c.caseNumber, c.title, c.partyKind, c.partyName, c.partyIdNumber, c.facts,
				c.status, c.majorGrounds(settings), c.fineAmount, c.registeredOn, c.hearingToldOn, c.hearingWaived,
				c.hearingRequestedOn, c.hearingOn,
				c.hearingToldOn == null ? null : caseService.hearingWindowEnds(c.hearingToldOn), c.reviewedBefore,
				c.reviewId, review == null ? null : review.status().messageKey(),
				review != null && review.status() == ReviewStatus.PASSED, c.decidedOn, c.decisionKind,
				c.decisionText, c.servedOn, c.serviceMethod, c.executedOn, c.executionNote, c.closedOn, c.revokedOn,
				c.revocationKind, c.revocationReason, team, caseClocks, record.entries(c.id), publication, c.version);
	}

	/** Where a case is: its org and unit (for the scope check). */
	public Optional<UUID[]> caseOrg(UUID id) {
		return jdbc.sql("select org_id, unit_id, created_by from enforcement_case where id = :id")
			.param("id", id)
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class) })
			.optional();
	}

	// ---------------------------------------------------------------------------------------------- publications

	public record PublicationFilter(Boolean published, Integer year) {
	}

	public Page<PublicationView> publicationList(PublicationFilter filter, DataScope scope, Pageable pageable) {
		DataScope.SqlCondition condition = scope.where("p.org_id", null);
		StringBuilder where = new StringBuilder(condition.sql());
		Map<String, Object> params = new HashMap<>(condition.params());
		if (filter.published() != null) {
			where.append(filter.published() ? " and p.published_on is not null" : " and p.published_on is null");
		}
		if (filter.year() != null) {
			where.append(" and p.decided_on >= :from and p.decided_on <= :to");
			params.put("from", java.sql.Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
			params.put("to", java.sql.Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
		}
		return publicationPage(where.toString(), params, "p.decided_on desc, p.id", pageable);
	}

	/** The portal's list: what was published, withdrawn ones with their note in place of the decision. */
	public Page<PublicationView> portal(Integer year, Pageable pageable) {
		StringBuilder where = new StringBuilder("p.published_on is not null");
		Map<String, Object> params = new HashMap<>();
		if (year != null) {
			where.append(" and p.published_on >= :from and p.published_on <= :to");
			params.put("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
			params.put("to", java.sql.Date.valueOf(LocalDate.of(year, 12, 31)));
		}
		return publicationPage(where.toString(), params, "p.published_on desc, p.id", pageable);
	}

	public PublicationView publication(UUID id) {
		return publications("p.id = :id", Map.of("id", id)).stream().findFirst()
			.orElseThrow(() -> NotFoundException.of(Publications.ENTITY, id));
	}

	/** A published item of the portal; anything else is not found there. */
	public PublicationView publishedItem(UUID id) {
		PublicationView p = publication(id);
		if (p.publishedOn() == null) {
			throw NotFoundException.of(Publications.ENTITY, id);
		}
		return p;
	}

	private Page<PublicationView> publicationPage(String where, Map<String, Object> params, String order,
			Pageable pageable) {
		Page<UUID> ids = Paging.query(jdbc, "select p.id", "from enforcement_publication p", where, params, order,
				pageable, (rs, n) -> rs.getObject(1, UUID.class));
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), ids.getPageable(), ids.getTotalElements());
		}
		Map<UUID, PublicationView> byId = new HashMap<>();
		publications("p.id = any(:ids)", Map.of("ids", UuidArray.of(ids.getContent())))
			.forEach(p -> byId.put(p.id(), p));
		return new PageImpl<>(ids.getContent().stream().map(byId::get).filter(Objects::nonNull).toList(),
				ids.getPageable(), ids.getTotalElements());
	}

	private List<PublicationView> publications(String condition, Map<String, ?> params) {
		record Row(UUID id, UUID caseId, String number, PowerType category, String body, String party, String matter,
				String basis, String conclusion, LocalDate decidedOn, UUID due, LocalDate publishedOn,
				LocalDate withdrawnOn, String reason, UUID withdrawClock, RevocationKind rk, LocalDate revokedOn,
				long version) {
		}
		List<Row> rows = jdbc.sql("""
				select p.*, c.case_number, c.revocation_kind, c.revoked_on from enforcement_publication p
				join enforcement_case c on c.id = p.case_id""" + " where " + condition)
			.params(params)
			.query((rs, n) -> {
				String rk = rs.getString("revocation_kind");
				return new Row(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
						rs.getString("case_number"), PowerType.valueOf(rs.getString("category")),
						rs.getString("body_name"), rs.getString("party_shown"), rs.getString("matter"),
						rs.getString("basis"), rs.getString("conclusion"), local(rs, "decided_on"),
						rs.getObject("due_clock_id", UUID.class), local(rs, "published_on"), local(rs, "withdrawn_on"),
						rs.getString("withdrawal_reason"), rs.getObject("withdraw_clock_id", UUID.class),
						rk == null ? null : RevocationKind.valueOf(rk), local(rs, "revoked_on"), rs.getLong("version"));
			})
			.list();
		Set<UUID> clockIds = new java.util.HashSet<>();
		rows.forEach(r -> {
			if (r.due() != null) {
				clockIds.add(r.due());
			}
			if (r.withdrawClock() != null) {
				clockIds.add(r.withdrawClock());
			}
		});
		Map<UUID, ClockView> byId = clocks.byIds(clockIds);
		return rows.stream()
			.map(r -> new PublicationView(r.id(), r.caseId(), r.number(), r.category(), r.body(), r.party(), r.matter(),
					r.basis(), r.conclusion(), r.decidedOn(), r.due() == null ? null : byId.get(r.due()),
					r.publishedOn(), r.withdrawnOn(), r.reason(),
					r.withdrawClock() == null ? null : byId.get(r.withdrawClock()), r.rk(), r.revokedOn(), r.version()))
			.toList();
	}

	// ---------------------------------------------------------------------------------------------- rows

	private static BodyView body(ResultSet rs, List<PowerView> powers) throws SQLException {
		return new BodyView(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), null,
				rs.getString("name"), BodyNature.valueOf(rs.getString("nature")), rs.getString("category"),
				rs.getString("legal_basis"), rs.getString("process"), rs.getLong("version"), powers,
				rs.getLong("officers"));
	}

	static PowerView power(ResultSet rs, int n) throws SQLException {
		return new PowerView(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("code"),
				rs.getString("name"), PowerType.valueOf(rs.getString("type")), rs.getString("area"),
				rs.getString("basis_law"), rs.getString("basis_article"), rs.getString("procedure_text"),
				rs.getString("remedy"), rs.getBoolean("random_inspection"), rs.getString("inspection_scope"),
				rs.getLong("version"));
	}

	private OfficerView officer(ResultSet rs, int n) throws SQLException {
		Officer o = OfficerRepository.map(rs, n);
		LocalDate today = LocalDate.now(clock);
		return new OfficerView(o.id, o.orgId, orgs.name(o.orgId).orElse(""), o.bodyId, rs.getString("body_name"),
				o.userId, o.name, o.certificateNo, o.verifyCode, o.areas, o.issuedOn, o.expiresOn, o.registeredOn,
				o.registeredOn.plusYears(3), o.trainingHours, o.status, o.statusReason, o.validOn(today),
				o.expiryClockId, o.registrationClockId, o.version);
	}
}
