package org.fazhi.review;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the review aggregate with its revisions and problems; every save checks the version it was loaded
 * with (a concurrent change answers 409), and revisions are only ever added.
 */
@Repository
class ReviewRepository {

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LegalityReview load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("review_request", id));
	}

	Optional<LegalityReview> find(UUID id) {
		Optional<LegalityReview> found = jdbc.sql("select * from review_request where id = :id")
			.param("id", id)
			.query(ReviewRepository::map)
			.optional();
		found.ifPresent(this::children);
		return found;
	}

	void insert(LegalityReview r) {
		jdbc.sql("""
				insert into review_request (id, org_id, unit_id, subject, subject_id, title, basis, procedure_summary,
				  requester_id, drafter_id, submitted_on, rule_code, status, returns, created_at, version)
				values (:id, :org, :unit, :subject, :subjectId, :title, :basis, :procedures, :requester, :drafter,
				  :on, :rule, :status, 0, :at, 0)""")
			.param("id", r.id)
			.param("org", r.orgId)
			.param("unit", r.unitId)
			.param("subject", r.subject.name())
			.param("subjectId", r.subjectId)
			.param("title", r.title)
			.param("basis", r.basis)
			.param("procedures", r.procedureSummary)
			.param("requester", r.requesterId)
			.param("drafter", r.drafterId)
			.param("on", Date.valueOf(r.submittedOn))
			.param("rule", r.ruleCode)
			.param("status", r.status.name())
			.param("at", Timestamp.from(r.createdAt))
			.update();
		r.version = 0;
		storeChildren(r);
	}

	void save(LegalityReview r) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", r.id);
		p.put("version", r.version);
		p.put("title", r.title);
		p.put("basis", r.basis);
		p.put("procedures", r.procedureSummary);
		p.put("clock", r.clockId);
		p.put("reviewer", r.reviewerId);
		p.put("status", r.status.name());
		p.put("outcome", r.outcome == null ? null : r.outcome.name());
		p.put("text", r.outcomeText);
		p.put("completed", date(r.completedOn));
		p.put("passed", date(r.passedOn));
		p.put("onTime", r.completedOnTime);
		p.put("prefix", r.number == null ? null : r.number.issuerCode());
		p.put("year", r.number == null ? null : r.number.year());
		p.put("seq", r.number == null ? null : r.number.sequence());
		p.put("number", r.number == null ? null : r.number.toString());
		p.put("returnedOn", date(r.returnedOn));
		p.put("returnReason", r.returnReason);
		p.put("returns", r.returns);
		p.put("confirmedBy", r.confirmedById);
		p.put("confirmedRevision", r.confirmedRevision);
		int updated = jdbc.sql("""
				update review_request set title = :title, basis = :basis, procedure_summary = :procedures,
				  clock_id = :clock, reviewer_id = :reviewer, status = :status, outcome = :outcome, outcome_text = :text,
				  completed_on = :completed, passed_on = :passed, completed_on_time = :onTime, number_prefix = :prefix,
				  number_year = :year, number_seq = :seq, document_number = :number, returned_on = :returnedOn,
				  return_reason = :returnReason, returns = :returns, confirmed_by_id = :confirmedBy,
				  confirmed_revision = :confirmedRevision, version = version + 1
				where id = :id and version = :version""")
			.params(p)
			.update();
		StaleWrite.checkUpdated(updated, "review_request", r.id);
		r.version++;
		storeChildren(r);
	}

	static CounselOpinion counsel(ResultSet rs, int n) throws SQLException {
		return new CounselOpinion(rs.getObject("id", UUID.class), rs.getString("counsel_name"),
				CounselRole.valueOf(rs.getString("counsel_role")), rs.getString("opinion"), local(rs, "given_on"),
				rs.getString("recorded_by"));
	}

	/** Adds revisions and counsel opinions not stored yet; inserts new problems and stores the handling of known ones. */
	private void storeChildren(LegalityReview r) {
		java.util.Set<UUID> storedCounsel = new java.util.HashSet<>(
				jdbc.sql("select id from review_counsel_opinion where review_id = :id")
					.param("id", r.id)
					.query(UUID.class)
					.list());
		for (CounselOpinion c : r.counsel) {
			if (storedCounsel.contains(c.id())) {
				continue;
			}
			jdbc.sql("""
					insert into review_counsel_opinion (id, review_id, counsel_name, counsel_role, opinion, given_on,
					  recorded_by, recorded_at)
					values (:cid, :id, :name, :role, :opinion, :on, :by, :at)""")
				.param("cid", c.id())
				.param("id", r.id)
				.param("name", c.counselName())
				.param("role", c.role().name())
				.param("opinion", c.opinion())
				.param("on", Date.valueOf(c.givenOn()))
				.param("by", c.recordedBy())
				.param("at", Timestamp.from(java.time.Instant.now()))
				.update();
		}
		int stored = jdbc.sql("select coalesce(max(seq), 0) from review_revision where review_id = :id")
			.param("id", r.id)
			.query(Integer.class)
			.single();
		for (LegalityReview.Revision v : r.revisions) {
			if (v.seq() <= stored) {
				continue;
			}
			jdbc.sql("""
					insert into review_revision (review_id, seq, label, title, body_text, explanation, submitted_on,
					  submitted_by, submitted_by_id, created_at)
					values (:id, :seq, :label, :title, :text, :explanation, :on, :by, :byId, :at)""")
				.param("id", r.id)
				.param("seq", v.seq())
				.param("label", v.label())
				.param("title", v.title())
				.param("text", v.text())
				.param("explanation", v.explanation())
				.param("on", Date.valueOf(v.submittedOn()))
				.param("by", v.submittedBy())
				.param("byId", v.submittedById())
				.param("at", Timestamp.from(v.createdAt()))
				.update();
		}
		for (LegalityReview.Problem problem : r.problems) {
			int changed = jdbc.sql("""
					update review_problem set handling = :h, handled_on = :on, handled_by = :by, handled_by_id = :byId,
					  handled_in_revision = :rev
					where id = :pid""")
				.param("h", problem.handling)
				.param("on", date(problem.handledOn))
				.param("by", problem.handledBy)
				.param("byId", problem.handledById)
				.param("rev", problem.handledInRevision)
				.param("pid", problem.id)
				.update();
			if (changed == 0) {
				jdbc.sql("insert into review_problem (id, review_id, seq, description) values (:pid, :id, :seq, :d)")
					.param("pid", problem.id)
					.param("id", r.id)
					.param("seq", problem.seq)
					.param("d", problem.description)
					.update();
			}
		}
	}

	private void children(LegalityReview r) {
		jdbc.sql("select * from review_counsel_opinion where review_id = :id order by given_on, recorded_at")
			.param("id", r.id)
			.query(ReviewRepository::counsel)
			.list()
			.forEach(r.counsel::add);
		jdbc.sql("select * from review_revision where review_id = :id order by seq")
			.param("id", r.id)
			.query((rs, n) -> new LegalityReview.Revision(rs.getInt("seq"), rs.getString("label"), rs.getString("title"),
					rs.getString("body_text"), rs.getString("explanation"), rs.getDate("submitted_on").toLocalDate(),
					rs.getString("submitted_by"), rs.getObject("submitted_by_id", UUID.class),
					rs.getTimestamp("created_at").toInstant()))
			.list()
			.forEach(r.revisions::add);
		jdbc.sql("select * from review_problem where review_id = :id order by seq")
			.param("id", r.id)
			.query((rs, n) -> {
				LegalityReview.Problem p = new LegalityReview.Problem();
				p.id = rs.getObject("id", UUID.class);
				p.seq = rs.getInt("seq");
				p.description = rs.getString("description");
				p.handling = rs.getString("handling");
				p.handledOn = local(rs, "handled_on");
				p.handledBy = rs.getString("handled_by");
				p.handledById = rs.getObject("handled_by_id", UUID.class);
				int rev = rs.getInt("handled_in_revision");
				p.handledInRevision = rs.wasNull() ? null : rev;
				return p;
			})
			.list()
			.forEach(r.problems::add);
	}

	static LegalityReview map(ResultSet rs, int row) throws SQLException {
		LegalityReview r = new LegalityReview();
		r.id = rs.getObject("id", UUID.class);
		r.orgId = rs.getObject("org_id", UUID.class);
		r.unitId = rs.getObject("unit_id", UUID.class);
		r.subject = ReviewSubject.valueOf(rs.getString("subject"));
		r.subjectId = rs.getString("subject_id");
		r.title = rs.getString("title");
		r.basis = rs.getString("basis");
		r.procedureSummary = rs.getString("procedure_summary");
		r.requesterId = rs.getObject("requester_id", UUID.class);
		r.drafterId = rs.getObject("drafter_id", UUID.class);
		r.submittedOn = rs.getDate("submitted_on").toLocalDate();
		r.ruleCode = rs.getString("rule_code");
		r.clockId = rs.getObject("clock_id", UUID.class);
		r.reviewerId = rs.getObject("reviewer_id", UUID.class);
		r.status = ReviewStatus.valueOf(rs.getString("status"));
		String outcome = rs.getString("outcome");
		r.outcome = outcome == null ? null : ReviewOutcome.valueOf(outcome);
		r.outcomeText = rs.getString("outcome_text");
		r.completedOn = local(rs, "completed_on");
		r.passedOn = local(rs, "passed_on");
		Object onTime = rs.getObject("completed_on_time");
		r.completedOnTime = onTime == null ? null : rs.getBoolean("completed_on_time");
		String prefix = rs.getString("number_prefix");
		r.number = prefix == null ? null
				: new DocumentNumber(prefix, rs.getInt("number_year"), rs.getInt("number_seq"));
		r.returnedOn = local(rs, "returned_on");
		r.returnReason = rs.getString("return_reason");
		r.returns = rs.getInt("returns");
		r.confirmedById = rs.getObject("confirmed_by_id", UUID.class);
		int confirmed = rs.getInt("confirmed_revision");
		r.confirmedRevision = rs.wasNull() ? null : confirmed;
		r.createdAt = rs.getTimestamp("created_at").toInstant();
		r.version = rs.getLong("version");
		return r;
	}


}
