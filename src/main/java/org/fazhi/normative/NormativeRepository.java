package org.fazhi.normative;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the document aggregate; every save checks the version it was loaded with. */
@Repository
class NormativeRepository {

	private final JdbcClient jdbc;

	NormativeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NormativeDocument load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("normative_document", id));
	}

	Optional<NormativeDocument> find(UUID id) {
		return jdbc.sql("select * from normative_document where id = :id")
			.param("id", id)
			.query(NormativeRepository::map)
			.optional();
	}

	/** Several documents, in the order of the ids given. */
	List<NormativeDocument> loadAll(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, NormativeDocument> found = new HashMap<>();
		jdbc.sql("select * from normative_document where id in (:ids)")
			.param("ids", ids)
			.query(NormativeRepository::map)
			.list()
			.forEach(d -> found.put(d.id, d));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	Optional<NormativeDocument> findByNumber(String number) {
		return jdbc.sql("select * from normative_document where document_number = :n")
			.param("n", number)
			.query(NormativeRepository::map)
			.optional();
	}

	void insert(NormativeDocument d) {
		d.version = 0;
		jdbc.sql("""
				insert into normative_document (id, org_id, unit_id, title, kind, body_text, explanation, basis,
				  market_related, validity_years, provisional, validity_reason, consultation_waiver,
				  consultation_waiver_reason, status, needs_amendment, rectification_required, amends_id,
				  created_by, created_at, version)
				values (:id, :org, :unit, :title, :kind, :text, :explanation, :basis, :market, :validity, :provisional,
				  :validityReason, :waiver, :waiverReason, :status, false, false, :amends, :createdBy,
				  :createdAt, 0)""")
			.param("id", d.id)
			.param("org", d.orgId)
			.param("unit", d.unitId)
			.param("title", d.title)
			.param("kind", d.kind.name())
			.param("text", d.bodyText)
			.param("explanation", d.explanation)
			.param("basis", d.basis)
			.param("market", d.marketRelated)
			.param("validity", d.validityYears)
			.param("provisional", d.provisional)
			.param("validityReason", d.validityReason)
			.param("waiver", d.consultationWaiver == null ? null : d.consultationWaiver.name())
			.param("waiverReason", d.consultationWaiverReason)
			.param("status", d.status.name())
			.param("amends", d.amendsId)
			.param("createdBy", d.createdBy)
			.param("createdAt", Timestamp.from(d.createdAt))
			.update();
	}

	void save(NormativeDocument d) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", d.id);
		p.put("version", d.version);
		p.put("title", d.title);
		p.put("text", d.bodyText);
		p.put("explanation", d.explanation);
		p.put("basis", d.basis);
		p.put("market", d.marketRelated);
		p.put("validity", d.validityYears);
		p.put("provisional", d.provisional);
		p.put("validityReason", d.validityReason);
		p.put("waiver", d.consultationWaiver == null ? null : d.consultationWaiver.name());
		p.put("waiverReason", d.consultationWaiverReason);
		p.put("status", d.status.name());
		p.put("cChannel", d.consultationChannel);
		p.put("cFrom", date(d.consultationFrom));
		p.put("cTo", date(d.consultationTo));
		p.put("cComments", d.consultationComments);
		p.put("cSummary", d.consultationSummary);
		p.put("cShort", d.consultationShortReason);
		p.put("cId", d.consultationId);
		p.put("review", d.reviewId);
		p.put("dMeeting", d.deliberationMeeting);
		p.put("dDate", date(d.deliberationDate));
		p.put("dAttendees", d.deliberationAttendees);
		p.put("dOutcome", d.deliberationOutcome == null ? null : d.deliberationOutcome.name());
		p.put("dMinutes", d.deliberationMinutes);
		p.put("dOverride", d.deliberationOverride);
		p.put("issuer", d.issuerCode);
		p.put("nYear", d.numberYear);
		p.put("nSeq", d.numberSeq);
		p.put("number", d.documentNumber);
		p.put("promulgated", date(d.promulgatedOn));
		p.put("effective", date(d.effectiveOn));
		p.put("expires", date(d.expiresOn));
		p.put("published", date(d.publishedOn));
		p.put("amendedBy", d.amendedById);
		p.put("repealed", date(d.repealedOn));
		p.put("endReason", d.endReason);
		p.put("needsAmendment", d.needsAmendment);
		p.put("rectification", d.rectificationRequired);
		int updated = jdbc.sql("""
				update normative_document set title = :title, body_text = :text, explanation = :explanation,
				  basis = :basis, market_related = :market, validity_years = :validity, provisional = :provisional,
				  validity_reason = :validityReason, consultation_waiver = :waiver,
				  consultation_waiver_reason = :waiverReason, status = :status,
				  consultation_channel = :cChannel, consultation_from = :cFrom, consultation_to = :cTo,
				  consultation_comments = :cComments, consultation_summary = :cSummary,
				  consultation_short_reason = :cShort, consultation_id = :cId, review_id = :review,
				  deliberation_meeting = :dMeeting, deliberation_date = :dDate, deliberation_attendees = :dAttendees,
				  deliberation_outcome = :dOutcome, deliberation_minutes = :dMinutes, deliberation_override = :dOverride,
				  issuer_code = :issuer, number_year = :nYear, number_seq = :nSeq, document_number = :number,
				  promulgated_on = :promulgated, effective_on = :effective, expires_on = :expires,
				  published_on = :published, amended_by_id = :amendedBy, repealed_on = :repealed,
				  end_reason = :endReason, needs_amendment = :needsAmendment,
				  rectification_required = :rectification, version = version + 1
				where id = :id and version = :version""")
			.params(p)
			.update();
		StaleWrite.checkUpdated(updated, NormativeService.ENTITY, d.id);
		d.version++;
	}

	static NormativeDocument map(ResultSet rs, int row) throws SQLException {
		NormativeDocument d = new NormativeDocument();
		d.id = rs.getObject("id", UUID.class);
		d.orgId = rs.getObject("org_id", UUID.class);
		d.unitId = rs.getObject("unit_id", UUID.class);
		d.title = rs.getString("title");
		d.kind = DocumentKind.valueOf(rs.getString("kind"));
		d.bodyText = rs.getString("body_text");
		d.explanation = rs.getString("explanation");
		d.basis = rs.getString("basis");
		d.marketRelated = rs.getBoolean("market_related");
		d.validityYears = rs.getInt("validity_years");
		d.provisional = rs.getBoolean("provisional");
		d.validityReason = rs.getString("validity_reason");
		String waiver = rs.getString("consultation_waiver");
		d.consultationWaiver = waiver == null ? null : ConsultationWaiver.valueOf(waiver);
		d.consultationWaiverReason = rs.getString("consultation_waiver_reason");
		d.status = DocumentStatus.valueOf(rs.getString("status"));
		d.consultationChannel = rs.getString("consultation_channel");
		d.consultationFrom = local(rs, "consultation_from");
		d.consultationTo = local(rs, "consultation_to");
		d.consultationComments = (Integer) rs.getObject("consultation_comments");
		d.consultationSummary = rs.getString("consultation_summary");
		d.consultationShortReason = rs.getString("consultation_short_reason");
		d.consultationId = rs.getObject("consultation_id", UUID.class);
		d.reviewId = rs.getObject("review_id", UUID.class);
		d.deliberationMeeting = rs.getString("deliberation_meeting");
		d.deliberationDate = local(rs, "deliberation_date");
		d.deliberationAttendees = rs.getString("deliberation_attendees");
		String outcome = rs.getString("deliberation_outcome");
		d.deliberationOutcome = outcome == null ? null : DeliberationOutcome.valueOf(outcome);
		d.deliberationMinutes = rs.getString("deliberation_minutes");
		d.deliberationOverride = rs.getString("deliberation_override");
		d.issuerCode = rs.getString("issuer_code");
		d.numberYear = (Integer) rs.getObject("number_year");
		d.numberSeq = (Integer) rs.getObject("number_seq");
		d.documentNumber = rs.getString("document_number");
		d.promulgatedOn = local(rs, "promulgated_on");
		d.effectiveOn = local(rs, "effective_on");
		d.expiresOn = local(rs, "expires_on");
		d.publishedOn = local(rs, "published_on");
		d.amendsId = rs.getObject("amends_id", UUID.class);
		d.amendedById = rs.getObject("amended_by_id", UUID.class);
		d.repealedOn = local(rs, "repealed_on");
		d.endReason = rs.getString("end_reason");
		d.needsAmendment = rs.getBoolean("needs_amendment");
		d.rectificationRequired = rs.getBoolean("rectification_required");
		d.createdBy = rs.getObject("created_by", UUID.class);
		d.createdAt = rs.getTimestamp("created_at").toInstant();
		d.version = rs.getLong("version");
		return d;
	}


}
