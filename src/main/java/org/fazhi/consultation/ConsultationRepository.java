package org.fazhi.consultation;

import static org.fazhi.platform.SqlDates.local;
import static org.fazhi.platform.SqlDates.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores consultations and their comments; every save checks the version it was loaded with, so that two
 * people changing the same consultation or answering the same comment do not overwrite each other.
 */
@Repository
class ConsultationRepository {

	private final JdbcClient jdbc;

	ConsultationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Consultation load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ConsultationService.ENTITY, id));
	}

	Optional<Consultation> find(UUID id) {
		return jdbc.sql("select * from consultation where id = :id")
			.param("id", id)
			.query(ConsultationRepository::consultation)
			.optional();
	}

	void insert(Consultation c) {
		jdbc.sql("""
				insert into consultation (id, org_id, unit_id, subject, subject_id, title, draft_text, explanation,
				  rule_code, opens_on, closes_on, short_reason, how_to_comment, status, created_by, created_at, version)
				values (:id, :org, :unit, :subject, :subjectId, :title, :text, :explanation, :rule, :opens, :closes,
				  :reason, :how, :status, :by, :at, 0)""")
			.params(params(c))
			.param("org", c.orgId)
			.param("unit", c.unitId)
			.param("subject", c.subject.name())
			.param("subjectId", c.subjectId)
			.param("rule", c.ruleCode)
			.param("by", c.createdBy)
			.param("at", Timestamp.from(c.createdAt))
			.update();
		c.version = 0;
	}

	void save(Consultation c) {
		int updated = jdbc.sql("""
				update consultation set title = :title, draft_text = :text, explanation = :explanation,
				  opens_on = :opens, closes_on = :closes, short_reason = :reason, how_to_comment = :how,
				  status = :status, published_on = :published, closed_on = :closed, summary_text = :summary,
				  summary_on = :summaryOn, version = version + 1
				where id = :id and version = :version""")
			.params(params(c))
			.param("version", c.version)
			.param("published", date(c.publishedOn))
			.param("closed", date(c.closedOn))
			.param("summary", c.summaryText)
			.param("summaryOn", date(c.summaryOn))
			.update();
		StaleWrite.checkUpdated(updated, ConsultationService.ENTITY, c.id);
		c.version++;
	}

	/** Removes a consultation never published (nothing public refers to it). */
	void delete(Consultation c) {
		int deleted = jdbc.sql("delete from consultation where id = :id and version = :version and status = 'DRAFT'")
			.param("id", c.id)
			.param("version", c.version)
			.update();
		StaleWrite.checkUpdated(deleted, ConsultationService.ENTITY, c.id);
	}

	Comment loadComment(UUID id) {
		return jdbc.sql("select * from consultation_comment where id = :id")
			.param("id", id)
			.query(ConsultationRepository::comment)
			.optional()
			.orElseThrow(() -> NotFoundException.of(ConsultationService.COMMENT, id));
	}

	void insert(Comment c) {
		jdbc.sql("""
				insert into consultation_comment (id, consultation_id, receipt, content, submitter_name,
				  submitter_contact, source, address_hash, received_at, received_on, hidden, awaiting_review, version)
				values (:id, :c, :receipt, :content, :name, :contact, :source, :address, :at, :on, false, :awaiting, 0)""")
			.param("awaiting", c.awaitingReview)
			.param("id", c.id)
			.param("c", c.consultationId)
			.param("receipt", c.receipt)
			.param("content", c.content)
			.param("name", c.submitterName)
			.param("contact", c.submitterContact)
			.param("source", c.source.name())
			.param("address", c.addressHash)
			.param("at", Timestamp.from(c.receivedAt))
			.param("on", Date.valueOf(c.receivedOn))
			.update();
		c.version = 0;
	}

	void save(Comment c) {
		int updated = jdbc.sql("""
				update consultation_comment set hidden = :hidden, hidden_reason = :hiddenReason, hidden_by = :hiddenBy,
				  awaiting_review = :awaiting, published_by = :publishedBy,
				  response = :response, response_reason = :reason, responded_by = :by, responded_on = :on,
				  version = version + 1
				where id = :id and version = :version""")
			.param("hidden", c.hidden)
			.param("awaiting", c.awaitingReview)
			.param("publishedBy", c.publishedBy)
			.param("hiddenReason", c.hiddenReason)
			.param("hiddenBy", c.hiddenBy)
			.param("response", c.response == null ? null : c.response.name())
			.param("reason", c.responseReason)
			.param("by", c.respondedBy)
			.param("on", date(c.respondedOn))
			.param("id", c.id)
			.param("version", c.version)
			.update();
		StaleWrite.checkUpdated(updated, ConsultationService.COMMENT, c.id);
		c.version++;
	}

	/**
	 * Holds the address's row until the transaction ends, so that comments sent from one address at once are counted
	 * one after another against the limit: sixteen at once with seven left in the window, seven are taken.
	 */
	void lockQuotaOf(String addressHash) {
		jdbc.sql("insert into consultation_comment_quota (address_hash) values (:a) on conflict do nothing")
			.param("a", addressHash)
			.update();
		jdbc.sql("select address_hash from consultation_comment_quota where address_hash = :a for update")
			.param("a", addressHash)
			.query(String.class)
			.single();
	}

	/** Comments sent from one (hashed) address since the moment: the portal's rate limit. */
	long commentsFrom(String addressHash, Instant since) {
		return jdbc.sql("select count(*) from consultation_comment where address_hash = :a and received_at > :since")
			.param("a", addressHash)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** How many comments of the consultation still lack a response (hidden ones too). */
	long unanswered(UUID consultationId) {
		return jdbc.sql("select count(*) from consultation_comment where consultation_id = :c and response is null")
			.param("c", consultationId)
			.query(Long.class)
			.single();
	}

	void insertChannel(UUID id, UUID orgId, ConsultationSubject subject, String subjectId, UUID consultationId,
			ConsultationService.ChannelRecord r, String participants, String minutes, String by, Instant at) {
		jdbc.sql("""
				insert into consultation_channel (id, org_id, subject, subject_id, consultation_id, kind, held_on,
				  until_on, place, participants, minutes, handling, materials_served_on, participants_published_on,
				  short_reason, recorded_by, recorded_at)
				values (:id, :org, :subject, :sid, :c, :kind, :held, :until, :place, :participants, :minutes,
				  :handling, :served, :listed, :reason, :by, :at)""")
			.param("id", id)
			.param("org", orgId)
			.param("subject", subject.name())
			.param("sid", subjectId)
			.param("c", consultationId)
			.param("kind", r.kind().name())
			.param("held", Date.valueOf(r.heldOn()))
			.param("until", date(r.untilOn()))
			.param("place", Texts.blankToNull(r.place()))
			.param("participants", participants)
			.param("minutes", minutes)
			.param("handling", Texts.blankToNull(r.handling()))
			.param("served", date(r.materialsServedOn()))
			.param("listed", date(r.participantsPublishedOn()))
			.param("reason", Texts.blankToNull(r.shortReason()))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Map<String, Object> params(Consultation c) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", c.id);
		p.put("title", c.title);
		p.put("text", c.draftText);
		p.put("explanation", c.explanation);
		p.put("opens", Date.valueOf(c.opensOn));
		p.put("closes", Date.valueOf(c.closesOn));
		p.put("reason", c.shortReason);
		p.put("how", c.howToComment);
		p.put("status", c.status.name());
		return p;
	}

	static Consultation consultation(ResultSet rs, int n) throws SQLException {
		Consultation c = new Consultation();
		c.id = rs.getObject("id", UUID.class);
		c.orgId = rs.getObject("org_id", UUID.class);
		c.unitId = rs.getObject("unit_id", UUID.class);
		c.subject = ConsultationSubject.valueOf(rs.getString("subject"));
		c.subjectId = rs.getString("subject_id");
		c.title = rs.getString("title");
		c.draftText = rs.getString("draft_text");
		c.explanation = rs.getString("explanation");
		c.ruleCode = rs.getString("rule_code");
		c.opensOn = local(rs, "opens_on");
		c.closesOn = local(rs, "closes_on");
		c.shortReason = rs.getString("short_reason");
		c.howToComment = rs.getString("how_to_comment");
		c.status = ConsultationStatus.valueOf(rs.getString("status"));
		c.publishedOn = local(rs, "published_on");
		c.closedOn = local(rs, "closed_on");
		c.summaryText = rs.getString("summary_text");
		c.summaryOn = local(rs, "summary_on");
		c.createdBy = rs.getObject("created_by", UUID.class);
		c.createdAt = rs.getTimestamp("created_at").toInstant();
		c.version = rs.getLong("version");
		return c;
	}

	static Comment comment(ResultSet rs, int n) throws SQLException {
		Comment c = new Comment();
		c.id = rs.getObject("id", UUID.class);
		c.consultationId = rs.getObject("consultation_id", UUID.class);
		c.receipt = rs.getString("receipt");
		c.content = rs.getString("content");
		c.submitterName = rs.getString("submitter_name");
		c.submitterContact = rs.getString("submitter_contact");
		c.source = CommentSource.valueOf(rs.getString("source"));
		c.addressHash = rs.getString("address_hash");
		c.receivedAt = rs.getTimestamp("received_at").toInstant();
		c.receivedOn = local(rs, "received_on");
		c.hidden = rs.getBoolean("hidden");
		c.awaitingReview = rs.getBoolean("awaiting_review");
		c.publishedBy = rs.getString("published_by");
		c.hiddenReason = rs.getString("hidden_reason");
		c.hiddenBy = rs.getString("hidden_by");
		String response = rs.getString("response");
		c.response = response == null ? null : ResponseKind.valueOf(response);
		c.responseReason = rs.getString("response_reason");
		c.respondedBy = rs.getString("responded_by");
		c.respondedOn = local(rs, "responded_on");
		c.version = rs.getLong("version");
		return c;
	}



}
