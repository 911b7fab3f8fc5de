package org.fazhi.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The bulk path of the data generator for reviews that are over: a passed legality review with its 送审稿, its
 * 合法性说明 numbered in the reviewing unit's sequence and its audit entries, as {@link ReviewService} would have left
 * them. A running review is generated through {@link ReviewService#submit}, which starts its clock.
 */
@Service
public class ReviewGeneration {

	/** A review (of a normative document, a major decision …) that passed with a 合法性说明 on {@code completedOn}. */
	public record PassedReview(UUID id, ReviewSubject subject, UUID orgId, UUID unitId, String documentId, String title, String bodyText,
			UUID requesterId, UUID reviewerId, LocalDate submittedOn, LocalDate completedOn, String numberPrefix,
			int numberYear, int numberSeq) {

		String documentNumber() {
			return numberPrefix + "〔" + numberYear + "〕" + numberSeq + "号";
		}
	}

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	ReviewGeneration(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Inserts the reviews in batches and audits their submission and completion; answers the rows written. */
	public long insertPassed(List<PassedReview> reviews, java.time.Instant at) {
		if (reviews.isEmpty()) {
			return 0;
		}
		Timestamp now = Timestamp.from(at);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> revisions = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		for (PassedReview r : reviews) {
			rows.add(new Object[] { r.id(), r.orgId(), r.unitId(), r.subject().name(), r.documentId(),
					r.title(), r.requesterId(), r.requesterId(), Date.valueOf(r.submittedOn()), r.subject().ruleCode(), r.reviewerId(), ReviewStatus.PASSED.name(),
					ReviewOutcome.STATEMENT.name(), "经审查，该文件制定主体合法、程序合法、内容合法，同意按程序审议。",
					Date.valueOf(r.completedOn()), Date.valueOf(r.completedOn()), true, r.numberPrefix(), r.numberYear(),
					r.numberSeq(), r.documentNumber(), now });
			revisions.add(new Object[] { r.id(), r.title(), r.bodyText(), Date.valueOf(r.submittedOn()), r.requesterId(),
					now });
			records.add(AuditRecord.of(r.orgId(), "REVIEW_SUBMITTED", ReviewService.ENTITY, r.id()).summary(r.title())
				.by(AuditActor.SYSTEM));
			records.add(AuditRecord.of(r.orgId(), "REVIEW_COMPLETED", ReviewService.ENTITY, r.id())
				.summary(r.documentNumber() + " " + r.title())
				.by(AuditActor.SYSTEM));
		}
		jdbc.batchUpdate("""
				insert into review_request (id, org_id, unit_id, subject, subject_id, title, requester_id, drafter_id,
				  submitted_on, rule_code, reviewer_id, status, outcome, outcome_text, completed_on, passed_on,
				  completed_on_time, number_prefix, number_year, number_seq, document_number, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
		jdbc.batchUpdate("""
				insert into review_revision (review_id, seq, label, title, body_text, submitted_on, submitted_by,
				  submitted_by_id, created_at)
				values (?, 1, '送审稿', ?, ?, ?, '起草处室', ?, ?)""", revisions);
		audit.appendAll(records);
		return rows.size() + revisions.size() + records.size();
	}
}
