package org.fazhi.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公平竞争审查: one record per review of a draft concerning market entities, for normative documents and major
 * decisions alike; the latest one counts. A draft changed after it is reviewed again.
 */
@Service
@Transactional
public class FairCompetitionReviews {

	static final String ENTITY = "review_fair_competition";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	FairCompetitionReviews(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a review's conclusion; an exception or a failure needs its reasons. */
	public UUID record(UUID orgId, ReviewSubject subject, String subjectId, String textFingerprint,
			FairCompetition conclusion, String note, LocalDate on, String reviewer) {
		if (conclusion == null) {
			throw InvalidInput.onField("conclusion", "fair-competition.conclusion.required");
		}
		String why = note == null || note.isBlank() ? null : note.strip();
		if (conclusion != FairCompetition.PASSES && why == null) {
			throw InvalidInput.onField("note", "fair-competition.note.required");
		}
		if (why != null && why.length() > 2000) {
			throw InvalidInput.onField("note", "fair-competition.note.size");
		}
		if (on == null) {
			throw InvalidInput.onField("on", "fair-competition.date.required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "fair-competition.date.future");
		}
		String who = InvalidInput.requireText(reviewer, "reviewer", "fair-competition.reviewer.required", 100,
				"fair-competition.reviewer.size");
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into review_fair_competition (id, org_id, subject, subject_id, conclusion, note, reviewed_on,
				  reviewer, text_fingerprint, recorded_by_id, created_at)
				values (:id, :org, :subject, :sid, :conclusion, :note, :on, :reviewer, :fp, :by, :at)""")
			.param("id", id)
			.param("org", orgId)
			.param("subject", subject.name())
			.param("sid", subjectId)
			.param("conclusion", conclusion.name())
			.param("note", why)
			.param("on", Date.valueOf(on))
			.param("reviewer", who)
			.param("fp", textFingerprint)
			.param("by", CurrentUser.get().map(CurrentUser::id).orElse(null))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(orgId, "FAIR_COMPETITION_REVIEWED", ENTITY, id)
			.summary(subject.name() + " " + conclusion.name() + (why == null ? "" : "：" + why))
			.after(new FairCompetitionReview(id, subject, subjectId, conclusion, why, on, who, textFingerprint,
					clock.instant())));
		return id;
	}

	/** The latest review of the subject, if it had one. */
	@Transactional(readOnly = true)
	public Optional<FairCompetitionReview> latestFor(ReviewSubject subject, String subjectId) {
		return latest(subject, subjectId, null);
	}

	/**
	 * The latest review of the text as it stands now ({@link org.fazhi.platform.Texts#fingerprint}): a changed draft
	 * is reviewed again, and a review of an earlier text does not count for it.
	 */
	@Transactional(readOnly = true)
	public Optional<FairCompetitionReview> currentFor(ReviewSubject subject, String subjectId, String textFingerprint) {
		return latest(subject, subjectId, textFingerprint);
	}

	/** The latest review of each of several subjects (a list page), by subject id. */
	@Transactional(readOnly = true)
	public java.util.Map<String, FairCompetitionReview> latestFor(ReviewSubject subject,
			java.util.Collection<String> subjectIds) {
		java.util.Map<String, FairCompetitionReview> found = new java.util.HashMap<>();
		if (subjectIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select * from review_fair_competition where subject = :subject and subject_id in (:ids)
				order by created_at, id""")
			.param("subject", subject.name())
			.param("ids", subjectIds)
			.query((rs, n) -> review(rs, subject))
			.list()
			.forEach(r -> found.put(r.subjectId(), r));
		return found;
	}

	private static FairCompetitionReview review(java.sql.ResultSet rs, ReviewSubject subject)
			throws java.sql.SQLException {
		return new FairCompetitionReview(rs.getObject("id", UUID.class), subject, rs.getString("subject_id"),
				FairCompetition.valueOf(rs.getString("conclusion")), rs.getString("note"),
				rs.getDate("reviewed_on").toLocalDate(), rs.getString("reviewer"), rs.getString("text_fingerprint"),
				rs.getTimestamp("created_at").toInstant());
	}

	private Optional<FairCompetitionReview> latest(ReviewSubject subject, String subjectId, String fingerprint) {
		return jdbc.sql("""
				select * from review_fair_competition where subject = :subject and subject_id = :sid
				  and (cast(:fp as varchar(64)) is null or text_fingerprint = :fp)
				order by created_at desc, id desc
				fetch first 1 rows only""")
			.param("subject", subject.name())
			.param("sid", subjectId)
			.param("fp", fingerprint)
			.query((rs, n) -> review(rs, subject))
			.optional();
	}
}
