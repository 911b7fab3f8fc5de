package org.fazhi.decision;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the decision aggregate with its children. Every save checks the version the decision was loaded
 * with; a child collection that changed is written again as a whole (children are few: a handful of experts,
 * meetings, reports). Several decisions load in one statement per table, whatever their number.
 */
@Repository
class DecisionRepository {

	private final JdbcClient jdbc;

	DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Decision load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(DecisionService.ENTITY, id));
	}

	Optional<Decision> find(UUID id) {
		return loadAll(List.of(id)).stream().findFirst();
	}

	/** The decisions in the order of the ids given, with all their children. */
	List<Decision> loadAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Decision> byId = new LinkedHashMap<>();
		ids.forEach(id -> byId.put(id, null));
		jdbc.sql("select * from decision where id in (:ids)")
			.param("ids", ids)
			.query(DecisionRepository::decision)
			.list()
			.forEach(d -> byId.put(d.id, d));
		byId.values().removeIf(java.util.Objects::isNull);
		if (byId.isEmpty()) {
			return List.of();
		}
		jdbc.sql("select * from decision_exemption where decision_id in (:ids)")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getObject("decision_id", UUID.class)).exemptions
				.put(Procedure.valueOf(rs.getString("procedure")),
						new Exemption(ExemptionGround.valueOf(rs.getString("ground")), rs.getString("explanation"),
								rs.getString("recorded_by"), local(rs, "recorded_on"))))
			.list();
		jdbc.sql("select * from decision_expert_opinion where decision_id in (:ids) order by given_on, expert_name, id")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getObject("decision_id", UUID.class)).experts
				.add(new ExpertOpinion(rs.getObject("id", UUID.class), rs.getString("expert_name"),
						rs.getString("affiliation"), ExpertForm.valueOf(rs.getString("form")), rs.getString("opinion"),
						local(rs, "given_on"), rs.getBoolean("no_conflict"), rs.getObject("signed_file_id", UUID.class),
						rs.getString("recorded_by"))))
			.list();
		jdbc.sql("select * from decision_meeting where decision_id in (:ids) order by held_on, recorded_at, id")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getObject("decision_id", UUID.class)).meetings
				.add(new Meeting(rs.getObject("id", UUID.class), rs.getString("meeting"), local(rs, "held_on"),
						rs.getString("attendees"), rs.getString("head_name"), rs.getString("discussion"),
						rs.getString("dissent"), rs.getBoolean("head_spoke_last"), rs.getBoolean("follows_majority"),
						rs.getString("differing_reason"), MeetingOutcome.valueOf(rs.getString("outcome")),
						rs.getString("decision_text"), rs.getString("override_reason"), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant())))
			.list();
		jdbc.sql("select * from decision_report where decision_id in (:ids) order by reported_on, id")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getObject("decision_id", UUID.class)).reports
				.add(new Report(rs.getObject("id", UUID.class), local(rs, "reported_on"), rs.getString("reporting_org"),
						rs.getString("content"), rs.getString("recorded_by"))))
			.list();
		jdbc.sql("select * from decision_evaluation where decision_id in (:ids) order by started_on, id")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getObject("decision_id", UUID.class)).evaluations
				.add(new Evaluation(rs.getObject("id", UUID.class),
						EvaluationTrigger.valueOf(rs.getString("trigger_kind")), rs.getString("trigger_note"),
						rs.getString("evaluator"), local(rs, "started_on"), rs.getString("conclusion"),
						local(rs, "completed_on"), rs.getString("recorded_by"))))
			.list();
		return List.copyOf(byId.values());
	}

	void insert(Decision d) {
		jdbc.sql("""
				insert into decision (id, org_id, unit_id, catalog_item_id, title, year_num, draft_text, explanation,
				  basis, market_related, status, created_by, created_at, version)
				values (:id, :org, :unit, :item, :title, :year, :text, :explanation, :basis, :market, :status, :by,
				  :at, 0)""")
			.param("id", d.id)
			.param("org", d.orgId)
			.param("unit", d.unitId)
			.param("item", d.catalogItemId)
			.param("title", d.title)
			.param("year", d.year)
			.param("text", d.draftText)
			.param("explanation", d.explanation)
			.param("basis", d.basis)
			.param("market", d.marketRelated)
			.param("status", d.status.name())
			.param("by", d.createdBy)
			.param("at", Timestamp.from(d.createdAt))
			.update();
		d.version = 0;
	}

	void save(Decision d) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", d.id);
		p.put("version", d.version);
		p.put("title", d.title);
		p.put("text", d.draftText);
		p.put("explanation", d.explanation);
		p.put("basis", d.basis);
		p.put("market", d.marketRelated);
		p.put("status", d.status.name());
		p.put("consultation", d.consultationId);
		p.put("review", d.reviewId);
		p.put("handling", d.argumentationHandling);
		p.put("argued", date(d.argumentationDoneOn));
		Risk r = d.risk;
		p.put("rPoints", r == null ? null : r.points());
		p.put("rMeasures", r == null ? null : r.measures());
		p.put("rPlans", r == null ? null : r.plans());
		p.put("rAssessor", r == null ? null : r.assessor());
		p.put("rLevel", r == null ? null : r.level().name());
		p.put("rControllable", r == null ? null : r.controllable());
		p.put("rOn", r == null ? null : date(r.doneOn()));
		PartyReport party = d.partyReport;
		p.put("pOn", party == null ? null : date(party.reportedOn()));
		p.put("pTo", party == null ? null : party.reportedTo());
		p.put("pNote", party == null ? null : party.note());
		p.put("pWaiver", party == null ? null : party.waiver());
		p.put("pBy", party == null ? null : party.recordedBy());
		p.put("decided", date(d.decidedOn));
		p.put("published", date(d.publishedOn));
		p.put("channels", d.publicationChannels);
		p.put("publicText", d.publicText);
		p.put("endReason", d.endReason);
		p.put("normative", d.normativeDocumentId);
		int updated = jdbc.sql("""
				update decision set title = :title, draft_text = :text, explanation = :explanation, basis = :basis,
				  market_related = :market, status = :status, consultation_id = :consultation, review_id = :review,
				  argumentation_handling = :handling, argumentation_done_on = :argued, risk_points = :rPoints,
				  risk_measures = :rMeasures, risk_plans = :rPlans, risk_assessor = :rAssessor, risk_level = :rLevel,
				  risk_controllable = :rControllable, risk_done_on = :rOn, party_reported_on = :pOn,
				  party_reported_to = :pTo, party_report_note = :pNote, party_report_waiver = :pWaiver,
				  party_report_by = :pBy, decided_on = :decided, published_on = :published,
				  publication_channels = :channels, public_text = :publicText, end_reason = :endReason,
				  normative_document_id = :normative, version = version + 1
				where id = :id and version = :version""")
			.params(p)
			.update();
		StaleWrite.checkUpdated(updated, DecisionService.ENTITY, d.id);
		d.version++;
		for (Decision.Part part : d.dirty) {
			switch (part) {
				case EXEMPTIONS -> writeExemptions(d);
				case EXPERTS -> writeExperts(d);
				case MEETINGS -> writeMeetings(d);
				case REPORTS -> writeReports(d);
				case EVALUATIONS -> writeEvaluations(d);
			}
		}
		d.dirty.clear();
	}

	private void writeExemptions(Decision d) {
		jdbc.sql("delete from decision_exemption where decision_id = :d").param("d", d.id).update();
		d.exemptions.forEach((procedure, e) -> jdbc.sql("""
				insert into decision_exemption (decision_id, procedure, ground, explanation, recorded_by, recorded_on)
				values (:d, :p, :g, :e, :by, :on)""")
			.param("d", d.id)
			.param("p", procedure.name())
			.param("g", e.ground().name())
			.param("e", e.explanation())
			.param("by", e.recordedBy())
			.param("on", Date.valueOf(e.recordedOn()))
			.update());
	}

	private void writeExperts(Decision d) {
		jdbc.sql("delete from decision_expert_opinion where decision_id = :d").param("d", d.id).update();
		for (ExpertOpinion e : d.experts) {
			jdbc.sql("""
					insert into decision_expert_opinion (id, decision_id, expert_name, affiliation, form, opinion,
					  given_on, no_conflict, signed_file_id, recorded_by)
					values (:id, :d, :name, :aff, :form, :opinion, :on, :nc, :file, :by)""")
				.param("id", e.id())
				.param("d", d.id)
				.param("name", e.expertName())
				.param("aff", e.affiliation())
				.param("form", e.form().name())
				.param("opinion", e.opinion())
				.param("on", Date.valueOf(e.givenOn()))
				.param("nc", e.noConflict())
				.param("file", e.signedFileId())
				.param("by", e.recordedBy())
				.update();
		}
	}

	private void writeMeetings(Decision d) {
		jdbc.sql("delete from decision_meeting where decision_id = :d").param("d", d.id).update();
		for (Meeting m : d.meetings) {
			jdbc.sql("""
					insert into decision_meeting (id, decision_id, meeting, held_on, attendees, head_name, discussion,
					  dissent, head_spoke_last, follows_majority, differing_reason, outcome, decision_text,
					  override_reason, recorded_by, recorded_at)
					values (:id, :d, :meeting, :on, :attendees, :head, :discussion, :dissent, :last, :majority,
					  :reason, :outcome, :text, :override, :by, :at)""")
				.param("id", m.id())
				.param("d", d.id)
				.param("meeting", m.meeting())
				.param("on", Date.valueOf(m.heldOn()))
				.param("attendees", m.attendees())
				.param("head", m.headName())
				.param("discussion", m.discussion())
				.param("dissent", m.dissent())
				.param("last", m.headSpokeLast())
				.param("majority", m.followsMajority())
				.param("reason", m.differingReason())
				.param("outcome", m.outcome().name())
				.param("text", m.decisionText())
				.param("override", m.overrideReason())
				.param("by", m.recordedBy())
				.param("at", Timestamp.from(m.recordedAt()))
				.update();
		}
	}

	private void writeReports(Decision d) {
		jdbc.sql("delete from decision_report where decision_id = :d").param("d", d.id).update();
		for (Report r : d.reports) {
			jdbc.sql("""
					insert into decision_report (id, decision_id, reported_on, reporting_org, content, recorded_by)
					values (:id, :d, :on, :org, :content, :by)""")
				.param("id", r.id())
				.param("d", d.id)
				.param("on", Date.valueOf(r.reportedOn()))
				.param("org", r.reportingOrg())
				.param("content", r.content())
				.param("by", r.recordedBy())
				.update();
		}
	}

	private void writeEvaluations(Decision d) {
		jdbc.sql("delete from decision_evaluation where decision_id = :d").param("d", d.id).update();
		for (Evaluation e : d.evaluations) {
			jdbc.sql("""
					insert into decision_evaluation (id, decision_id, trigger_kind, trigger_note, evaluator, started_on,
					  conclusion, completed_on, recorded_by)
					values (:id, :d, :t, :note, :who, :on, :conclusion, :done, :by)""")
				.param("id", e.id())
				.param("d", d.id)
				.param("t", e.trigger().name())
				.param("note", e.triggerNote())
				.param("who", e.evaluator())
				.param("on", Date.valueOf(e.startedOn()))
				.param("conclusion", e.conclusion())
				.param("done", date(e.completedOn()))
				.param("by", e.recordedBy())
				.update();
		}
	}

	/** Whether a catalog item already has a decision that was not abandoned. */
	boolean itemTaken(UUID catalogItemId) {
		return jdbc.sql("select count(*) from decision where catalog_item_id = :i and status <> 'ABANDONED'")
			.param("i", catalogItemId)
			.query(Integer.class)
			.single() > 0;
	}

	static Decision decision(ResultSet rs, int n) throws SQLException {
		Decision d = new Decision();
		d.id = rs.getObject("id", UUID.class);
		d.orgId = rs.getObject("org_id", UUID.class);
		d.unitId = rs.getObject("unit_id", UUID.class);
		d.catalogItemId = rs.getObject("catalog_item_id", UUID.class);
		d.title = rs.getString("title");
		d.year = rs.getInt("year_num");
		d.draftText = rs.getString("draft_text");
		d.explanation = rs.getString("explanation");
		d.basis = rs.getString("basis");
		d.marketRelated = rs.getBoolean("market_related");
		d.status = DecisionStatus.valueOf(rs.getString("status"));
		d.consultationId = rs.getObject("consultation_id", UUID.class);
		d.reviewId = rs.getObject("review_id", UUID.class);
		d.argumentationHandling = rs.getString("argumentation_handling");
		d.argumentationDoneOn = local(rs, "argumentation_done_on");
		LocalDate riskOn = local(rs, "risk_done_on");
		d.risk = riskOn == null ? null
				: new Risk(rs.getString("risk_points"), rs.getString("risk_measures"), rs.getString("risk_plans"),
						rs.getString("risk_assessor"), RiskLevel.valueOf(rs.getString("risk_level")),
						rs.getBoolean("risk_controllable"), riskOn);
		LocalDate partyOn = local(rs, "party_reported_on");
		String waiver = rs.getString("party_report_waiver");
		d.partyReport = partyOn == null && waiver == null ? null
				: new PartyReport(partyOn, rs.getString("party_reported_to"), rs.getString("party_report_note"), waiver,
						rs.getString("party_report_by"));
		d.decidedOn = local(rs, "decided_on");
		d.publishedOn = local(rs, "published_on");
		d.publicationChannels = rs.getString("publication_channels");
		d.publicText = rs.getString("public_text");
		d.endReason = rs.getString("end_reason");
		d.normativeDocumentId = rs.getObject("normative_document_id", UUID.class);
		d.createdBy = rs.getObject("created_by", UUID.class);
		d.createdAt = rs.getTimestamp("created_at").toInstant();
		d.version = rs.getLong("version");
		return d;
	}


}
