package org.fazhi.enforcement;

import static org.fazhi.platform.SqlDates.date;
import static org.fazhi.platform.SqlDates.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the case aggregate with its officers; every save checks the version it was loaded with. */
@Repository
class CaseRepository {

	static final String ENTITY = "enforcement_case";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EnforcementCase load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	Optional<EnforcementCase> find(UUID id) {
		Optional<EnforcementCase> found = jdbc.sql("select * from enforcement_case where id = :id")
			.param("id", id)
			.query(CaseRepository::map)
			.optional();
		found.ifPresent(c -> c.officerIds = new LinkedHashSet<>(jdbc
			.sql("select officer_id from enforcement_case_officer where case_id = :id order by officer_id")
			.param("id", id)
			.query(UUID.class)
			.list()));
		return found;
	}

	void insert(EnforcementCase c) {
		c.version = 0;
		jdbc.sql("""
				insert into enforcement_case (id, org_id, unit_id, body_id, power_id, case_number, title, party_kind,
				  party_name, party_id_number, facts, status, major_grounds, registered_on, hearing_waived,
				  reviewed_before, created_by, created_at, version)
				values (:id, :org, :unit, :body, :power, :number, :title, :partyKind, :partyName, :partyId, :facts,
				  :status, :grounds, :registered, false, false, :by, :at, 0)""")
			.param("id", c.id)
			.param("org", c.orgId)
			.param("unit", c.unitId)
			.param("body", c.bodyId)
			.param("power", c.powerId)
			.param("number", c.caseNumber)
			.param("title", c.title)
			.param("partyKind", c.partyKind.name())
			.param("partyName", c.partyName)
			.param("partyId", c.partyIdNumber)
			.param("facts", c.facts)
			.param("status", c.status.name())
			.param("grounds", grounds(c))
			.param("registered", date(c.registeredOn))
			.param("by", c.createdBy)
			.param("at", Timestamp.from(c.createdAt))
			.update();
		writeOfficers(c);
	}

	void save(EnforcementCase c) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", c.id);
		p.put("version", c.version);
		p.put("status", c.status.name());
		p.put("grounds", grounds(c));
		p.put("fine", c.fineAmount);
		p.put("told", date(c.hearingToldOn));
		p.put("waived", c.hearingWaived);
		p.put("requested", date(c.hearingRequestedOn));
		p.put("heard", date(c.hearingOn));
		p.put("reviewed", c.reviewedBefore);
		p.put("review", c.reviewId);
		p.put("decided", date(c.decidedOn));
		p.put("kind", c.decisionKind == null ? null : c.decisionKind.name());
		p.put("text", c.decisionText);
		p.put("served", date(c.servedOn));
		p.put("method", c.serviceMethod == null ? null : c.serviceMethod.name());
		p.put("executed", date(c.executedOn));
		p.put("note", c.executionNote);
		p.put("closed", date(c.closedOn));
		p.put("revoked", date(c.revokedOn));
		p.put("rkind", c.revocationKind == null ? null : c.revocationKind.name());
		p.put("reason", c.revocationReason);
		p.put("clock", c.decideClockId);
		int rows = jdbc.sql("""
				update enforcement_case set status = :status, major_grounds = :grounds, fine_amount = :fine,
				  hearing_told_on = :told, hearing_waived = :waived, hearing_requested_on = :requested,
				  hearing_on = :heard, reviewed_before = :reviewed, review_id = :review, decided_on = :decided,
				  decision_kind = :kind, decision_text = :text, served_on = :served, service_method = :method,
				  executed_on = :executed, execution_note = :note, closed_on = :closed, revoked_on = :revoked,
				  revocation_kind = :rkind, revocation_reason = :reason, decide_clock_id = :clock, version = version + 1
				where id = :id and version = :version""")
			.params(p)
			.update();
		StaleWrite.checkUpdated(rows, ENTITY, c.id);
		c.version++;
	}

	private void writeOfficers(EnforcementCase c) {
		for (UUID officer : c.officerIds) {
			jdbc.sql("insert into enforcement_case_officer (case_id, officer_id) values (:c, :o)")
				.param("c", c.id)
				.param("o", officer)
				.update();
		}
	}

	private static String grounds(EnforcementCase c) {
		return c.recordedGrounds.isEmpty() ? null
				: c.recordedGrounds.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	static EnforcementCase map(ResultSet rs, int row) throws SQLException {
		EnforcementCase c = new EnforcementCase();
		c.id = rs.getObject("id", UUID.class);
		c.orgId = rs.getObject("org_id", UUID.class);
		c.unitId = rs.getObject("unit_id", UUID.class);
		c.bodyId = rs.getObject("body_id", UUID.class);
		c.powerId = rs.getObject("power_id", UUID.class);
		c.caseNumber = rs.getString("case_number");
		c.title = rs.getString("title");
		c.partyKind = PartyKind.valueOf(rs.getString("party_kind"));
		c.partyName = rs.getString("party_name");
		c.partyIdNumber = rs.getString("party_id_number");
		c.facts = rs.getString("facts");
		c.status = CaseStatus.valueOf(rs.getString("status"));
		String grounds = rs.getString("major_grounds");
		c.recordedGrounds = grounds == null ? EnumSet.noneOf(MajorGround.class)
				: Arrays.stream(grounds.split(",")).map(MajorGround::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(MajorGround.class)));
		c.fineAmount = rs.getBigDecimal("fine_amount");
		c.registeredOn = local(rs, "registered_on");
		c.hearingToldOn = local(rs, "hearing_told_on");
		c.hearingWaived = rs.getBoolean("hearing_waived");
		c.hearingRequestedOn = local(rs, "hearing_requested_on");
		c.hearingOn = local(rs, "hearing_on");
		c.reviewedBefore = rs.getBoolean("reviewed_before");
		c.reviewId = rs.getObject("review_id", UUID.class);
		c.decidedOn = local(rs, "decided_on");
		String kind = rs.getString("decision_kind");
		c.decisionKind = kind == null ? null : DecisionKind.valueOf(kind);
		c.decisionText = rs.getString("decision_text");
		c.servedOn = local(rs, "served_on");
		String method = rs.getString("service_method");
		c.serviceMethod = method == null ? null : ServiceMethod.valueOf(method);
		c.executedOn = local(rs, "executed_on");
		c.executionNote = rs.getString("execution_note");
		c.closedOn = local(rs, "closed_on");
		c.revokedOn = local(rs, "revoked_on");
		String rk = rs.getString("revocation_kind");
		c.revocationKind = rk == null ? null : RevocationKind.valueOf(rk);
		c.revocationReason = rs.getString("revocation_reason");
		c.decideClockId = rs.getObject("decide_clock_id", UUID.class);
		c.createdBy = rs.getObject("created_by", UUID.class);
		c.createdAt = rs.getTimestamp("created_at").toInstant();
		c.version = rs.getLong("version");
		return c;
	}
}
