package org.fazhi.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;

/**
 * A consultation on a draft and its procedure: prepared, published on the portal for its period, closed when the
 * period is over, concluded with the 意见采纳情况说明 once every comment is answered. Each step is a guarded transition;
 * the period itself is checked by {@link ConsultationPeriods} before the draft is accepted.
 */
class Consultation {

	UUID id;

	UUID orgId;

	UUID unitId;

	ConsultationSubject subject;

	String subjectId;

	String title;

	String draftText;

	String explanation;

	String ruleCode;

	LocalDate opensOn;

	LocalDate closesOn;

	String shortReason;

	String howToComment;

	ConsultationStatus status;

	LocalDate publishedOn;

	LocalDate closedOn;

	String summaryText;

	LocalDate summaryOn;

	UUID createdBy;

	Instant createdAt;

	long version;

	/** What the preparer writes; the period is checked against the subject's rule before it is applied. */
	record Content(String title, String draftText, String explanation, LocalDate opensOn, LocalDate closesOn,
			String shortReason, String howToComment) {
	}

	static Consultation prepare(UUID id, UUID orgId, UUID unitId, ConsultationSubject subject, String subjectId,
			Content content, UUID createdBy, Instant at) {
		Consultation c = new Consultation();
		c.id = id;
		c.orgId = orgId;
		c.unitId = unitId;
		c.subject = subject;
		c.subjectId = subjectId;
		c.ruleCode = subject.ruleCode();
		c.status = ConsultationStatus.DRAFT;
		c.createdBy = createdBy;
		c.createdAt = at;
		c.apply(content);
		return c;
	}

	/** Changes a consultation not yet published (nothing public depends on it). */
	void revise(Content content) {
		if (status != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.revise.published");
		}
		apply(content);
	}

	private void apply(Content c) {
		this.title = c.title().strip();
		this.draftText = c.draftText();
		this.explanation = Texts.blankToNull(c.explanation());
		this.opensOn = c.opensOn();
		this.closesOn = c.closesOn();
		this.shortReason = Texts.blankToNull(c.shortReason());
		this.howToComment = Texts.blankToNull(c.howToComment());
	}

	/**
	 * Puts it on the portal. The period may not begin before the day of publication: it cannot be counted from
	 * before the public could see the draft.
	 */
	void publish(LocalDate on) {
		if (status != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.publish.already");
		}
		if (opensOn.isBefore(on)) {
			throw RuleViolation.onField("opensOn", "consultation.rule.opens-before-publication", opensOn, on);
		}
		status.assertCanMoveTo(ConsultationStatus.OPEN);
		this.status = ConsultationStatus.OPEN;
		this.publishedOn = on;
	}

	/** Whether a visitor may comment on the day: published, open, and within the period. */
	boolean takesCommentsOn(LocalDate day) {
		return status == ConsultationStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	/** @throws RuleViolation saying when comments are taken, if not on the day */
	void checkTakesCommentsOn(LocalDate day) {
		if (status != ConsultationStatus.OPEN || day.isAfter(closesOn)) {
			throw RuleViolation.of("consultation.comment.closed", closesOn);
		}
		if (day.isBefore(opensOn)) {
			throw RuleViolation.of("consultation.comment.not-yet", opensOn);
		}
	}

	/** A comment received otherwise (信函、电子邮件) counts if it arrived within the period. */
	void checkOfflineReceipt(LocalDate receivedOn, LocalDate today) {
		if (!status.answering()) {
			throw RuleViolation.of("consultation.offline.state");
		}
		if (receivedOn.isBefore(opensOn) || receivedOn.isAfter(closesOn) || receivedOn.isAfter(today)) {
			throw RuleViolation.onField("receivedOn", "consultation.offline.outside", receivedOn, opensOn, closesOn);
		}
	}

	/** @throws RuleViolation unless comments may be answered now */
	void checkAnswering() {
		if (!status.published()) {
			throw RuleViolation.of("consultation.respond.unpublished");
		}
		if (status == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.of("consultation.respond.concluded");
		}
	}

	/** The period is over (the nightly job does this; staff may do it on the day after the last day). */
	void close(LocalDate on) {
		if (status != ConsultationStatus.OPEN) {
			throw RuleViolation.of("consultation.close.not-open");
		}
		if (!on.isAfter(closesOn)) {
			throw RuleViolation.of("consultation.close.before-end", closesOn);
		}
		this.status = ConsultationStatus.CLOSED;
		this.closedOn = on;
	}

	/** Concluded with the 意见采纳情况说明: only after the period closed and once every comment has its response. */
	void conclude(String summary, LocalDate on, long unanswered) {
		checkConcludable(unanswered);
		this.status = ConsultationStatus.CONCLUDED;
		this.summaryText = summary;
		this.summaryOn = on;
	}

	/** @throws RuleViolation unless the summary may be published now */
	void checkConcludable(long unanswered) {
		if (status == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.of("consultation.summary.already");
		}
		if (status != ConsultationStatus.CLOSED) {
			throw RuleViolation.of("consultation.summary.not-closed", closesOn);
		}
		if (unanswered > 0) {
			throw RuleViolation.of("consultation.summary.unanswered", unanswered);
		}
	}

	/** A consultation never published may be withdrawn. */
	void checkDiscardable() {
		if (status != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.discard.published");
		}
	}

}
