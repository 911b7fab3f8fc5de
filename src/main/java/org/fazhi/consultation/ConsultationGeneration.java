package org.fazhi.consultation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The bulk path of the data generator for consultations that are over: published on the portal for the statutory
 * period, closed, every comment answered, the 意见采纳情况 published — as {@link ConsultationService} would have left
 * them, with their audit entries. Another module's generator calls it for its subjects.
 */
@Service
public class ConsultationGeneration {

	private static final String[] COMMENTS = { "建议进一步明确资金支持的标准和程序。", "建议增加对中小企业的扶持条款。",
			"部分条款表述不够具体，建议细化。", "建议明确各部门的职责分工。", "建议对实施效果开展定期评估。" };

	/** A concluded consultation on a subject, open from {@code opensOn} to {@code closesOn}, with its comments. */
	public record Concluded(UUID id, UUID orgId, UUID unitId, ConsultationSubject subject, String subjectId,
			String title, String draftText, LocalDate opensOn, LocalDate closesOn, LocalDate concludedOn,
			UUID createdBy, int comments) {
	}

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	ConsultationGeneration(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Inserts the consultations with their answered comments and audits them; answers the rows written. */
	public long insertConcluded(List<Concluded> consultations, SplittableRandom random, ZoneId zone, Instant at) {
		if (consultations.isEmpty()) {
			return 0;
		}
		Timestamp now = Timestamp.from(at);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> comments = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		for (Concluded c : consultations) {
			int adopted = 0;
			for (int i = 0; i < c.comments(); i++) {
				LocalDate received = c.opensOn().plusDays(1 + i % Math.max(1, c.closesOn().toEpochDay() - c.opensOn().toEpochDay()));
				ResponseKind response = ResponseKind.values()[i % ResponseKind.values().length];
				adopted += response == ResponseKind.NOT_ADOPTED ? 0 : 1;
				comments.add(new Object[] { new UUID(c.id().getMostSignificantBits(), c.id().getLeastSignificantBits() + i + 1),
						c.id(), Receipt.of(random), COMMENTS[i % COMMENTS.length], CommentSource.PORTAL.name(),
						Timestamp.from(received.atTime(10, 0).atZone(zone).toInstant()), Date.valueOf(received),
						response.name(), response == ResponseKind.NOT_ADOPTED ? "与上位法规定不一致，未予采纳。" : "已在修改稿中体现。",
						"决策承办单位", Date.valueOf(c.concludedOn()) });
			}
			String summary = "共收到意见" + c.comments() + "条，采纳或部分采纳" + adopted + "条，未采纳" + (c.comments() - adopted)
					+ "条，未采纳的已说明理由。";
			rows.add(new Object[] { c.id(), c.orgId(), c.unitId(), c.subject().name(), c.subjectId(), c.title(),
					c.draftText(), c.subject().ruleCode(), Date.valueOf(c.opensOn()), Date.valueOf(c.closesOn()),
					Date.valueOf(c.opensOn()), Date.valueOf(c.closesOn()), summary, Date.valueOf(c.concludedOn()),
					c.createdBy(), now });
			records.add(step(c.orgId(), "CONSULTATION_PREPARED", c.id(), c.title()));
			records.add(step(c.orgId(), "CONSULTATION_PUBLISHED", c.id(), c.opensOn() + " 至 " + c.closesOn()));
			for (int i = 0; i < c.comments(); i++) {
				records.add(step(c.orgId(), "CONSULTATION_COMMENT_RECEIVED", c.id(), c.title()));
				records.add(step(c.orgId(), "CONSULTATION_COMMENT_ANSWERED", c.id(), c.title()));
			}
			records.add(step(c.orgId(), "CONSULTATION_CLOSED", c.id(), c.closesOn().toString()));
			records.add(step(c.orgId(), "CONSULTATION_SUMMARY_PUBLISHED", c.id(), summary));
		}
		jdbc.batchUpdate("""
				insert into consultation (id, org_id, unit_id, subject, subject_id, title, draft_text, rule_code, opens_on,
				  closes_on, how_to_comment, status, published_on, closed_on, summary_text, summary_on, created_by,
				  created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '通过门户网站提交意见', 'CONCLUDED', ?, ?, ?, ?, ?, ?, 0)""", rows);
		jdbc.batchUpdate("""
				insert into consultation_comment (id, consultation_id, receipt, content, source, received_at, received_on,
				  hidden, awaiting_review, response, response_reason, responded_by, responded_on, version)
				values (?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, 0)""", comments);
		audit.appendAll(records);
		return rows.size() + comments.size() + records.size();
	}

	private static AuditRecord step(UUID org, String action, UUID id, String summary) {
		return AuditRecord.of(org, action, ConsultationService.ENTITY, id).summary(summary).by(AuditActor.SYSTEM);
	}
}
