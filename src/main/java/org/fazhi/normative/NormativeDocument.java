package org.fazhi.normative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;

/** A normative document and its procedure; each step is a guarded transition. */
class NormativeDocument {

	UUID id;

	UUID orgId;

	UUID unitId;

	String title;

	DocumentKind kind;

	String bodyText;

	String explanation;

	String basis;

	boolean marketRelated;

	int validityYears;

	DocumentStatus status;

	String consultationChannel;

	LocalDate consultationFrom;

	LocalDate consultationTo;

	Integer consultationComments;

	String consultationSummary;

	String consultationShortReason;

	UUID consultationId;

	UUID reviewId;

	String deliberationMeeting;

	LocalDate deliberationDate;

	String deliberationAttendees;

	DeliberationOutcome deliberationOutcome;

	String deliberationMinutes;

	String deliberationOverride;

	String issuerCode;

	Integer numberYear;

	Integer numberSeq;

	String documentNumber;

	LocalDate promulgatedOn;

	LocalDate effectiveOn;

	LocalDate expiresOn;

	LocalDate publishedOn;

	UUID amendsId;

	UUID amendedById;

	LocalDate repealedOn;

	String endReason;

	boolean needsAmendment;

	boolean rectificationRequired;

	UUID createdBy;

	Instant createdAt;

	long version;

	static NormativeDocument draft(UUID id, UUID orgId, UUID unitId, String title, DocumentKind kind, String text,
			String explanation, String basis, boolean marketRelated, int validityYears, UUID createdBy, Instant at) {
		NormativeDocument d = new NormativeDocument();
		d.id = id;
		d.orgId = orgId;
		d.unitId = unitId;
		d.title = title;
		d.kind = kind;
		d.bodyText = text;
		d.explanation = explanation;
		d.basis = basis;
		d.marketRelated = marketRelated;
		d.validityYears = validityYears;
		d.status = DocumentStatus.DRAFTING;
		d.createdBy = createdBy;
		d.createdAt = at;
		return d;
	}

	void revise(String title, String text, String explanation, String basis, boolean marketRelated, int validityYears) {
		if (!status.editable()) {
			throw RuleViolation.of("normative.edit.locked", new org.springframework.context.support.DefaultMessageSourceResolvable(
					status.messageKey()));
		}
		this.title = title;
		this.bodyText = text;
		this.explanation = explanation;
		this.basis = basis;
		this.marketRelated = marketRelated;
		this.validityYears = validityYears;
		if (status == DocumentStatus.REVIEW_FAILED) {
			status = DocumentStatus.DRAFTING;
		}
	}

	void recordConsultation(String channel, LocalDate from, LocalDate to, int comments, String summary,
			String shortReason, UUID consultationId) {
		if (status != DocumentStatus.DRAFTING && status != DocumentStatus.CONSULTING) {
			status.assertCanMoveTo(DocumentStatus.CONSULTING);
		}
		if (comments < 0) {
			throw InvalidInput.onField("comments", "normative.consultation.comments");
		}
		this.consultationChannel = channel;
		this.consultationFrom = from;
		this.consultationTo = to;
		this.consultationComments = comments;
		this.consultationSummary = summary;
		this.consultationShortReason = shortReason;
		this.consultationId = consultationId;
		this.status = DocumentStatus.CONSULTING;
	}

	void submittedForReview(UUID reviewId) {
		status.assertCanMoveTo(DocumentStatus.IN_REVIEW);
		this.reviewId = reviewId;
		this.status = DocumentStatus.IN_REVIEW;
	}

	void reviewPassed() {
		if (status == DocumentStatus.IN_REVIEW) {
			status = DocumentStatus.REVIEW_PASSED;
		}
	}

	void reviewFoundUnlawful() {
		if (status == DocumentStatus.IN_REVIEW) {
			status = DocumentStatus.REVIEW_FAILED;
		}
	}

	void recordDeliberation(String meeting, LocalDate date, String attendees, DeliberationOutcome outcome,
			String minutes, String override) {
		DocumentStatus target = outcome.passed() ? DocumentStatus.DELIBERATED : DocumentStatus.DRAFTING;
		status.assertCanMoveTo(target);
		this.deliberationMeeting = meeting;
		this.deliberationDate = date;
		this.deliberationAttendees = attendees;
		this.deliberationOutcome = outcome;
		this.deliberationMinutes = minutes;
		this.deliberationOverride = override;
		this.status = target;
	}

	void promulgate(DocumentNumber number, LocalDate promulgatedOn, LocalDate effectiveOn, LocalDate today) {
		Policies.EffectiveNotBeforePromulgation.check(promulgatedOn, effectiveOn);
		if (status != DocumentStatus.DELIBERATED) {
			throw RuleViolation.of("normative.rule.promulgation-before-deliberation");
		}
		if (deliberationDate != null && promulgatedOn.isBefore(deliberationDate)) {
			throw RuleViolation.onField("promulgatedOn", "normative.rule.promulgation-before-meeting", deliberationDate);
		}
		DocumentStatus target = effectiveOn.isAfter(today) ? DocumentStatus.PROMULGATED : DocumentStatus.IN_FORCE;
		status.assertCanMoveTo(target);
		this.issuerCode = number.issuerCode();
		this.numberYear = number.year();
		this.numberSeq = number.sequence();
		this.documentNumber = number.toString();
		this.promulgatedOn = promulgatedOn;
		this.effectiveOn = effectiveOn;
		this.expiresOn = effectiveOn.plusYears(validityYears).minusDays(1);
		this.status = target;
	}

	void publish(LocalDate on) {
		if (!status.promulgated()) {
			throw RuleViolation.of("normative.publish.not-promulgated");
		}
		if (on.isBefore(promulgatedOn)) {
			throw InvalidInput.onField("on", "normative.publish.before-promulgation", promulgatedOn);
		}
		this.publishedOn = on;
	}

	/** The day it takes effect (or later): 已公布 → 有效. */
	boolean takeEffect(LocalDate today) {
		if (status == DocumentStatus.PROMULGATED && !effectiveOn.isAfter(today)) {
			status = DocumentStatus.IN_FORCE;
			return true;
		}
		return false;
	}

	/** The day after its validity ended: 有效 → 已失效. */
	boolean expireIfDue(LocalDate today) {
		if (status == DocumentStatus.IN_FORCE && expiresOn != null && expiresOn.isBefore(today)) {
			status = DocumentStatus.EXPIRED;
			repealedOn = expiresOn.plusDays(1);
			endReason = null;
			return true;
		}
		return false;
	}

	void repeal(LocalDate on, String reason) {
		status.assertCanMoveTo(DocumentStatus.REPEALED);
		this.status = DocumentStatus.REPEALED;
		this.repealedOn = on;
		this.endReason = reason;
	}

	void declareInvalid(LocalDate on, String reason) {
		status.assertCanMoveTo(DocumentStatus.EXPIRED);
		this.status = DocumentStatus.EXPIRED;
		this.repealedOn = on;
		this.endReason = reason;
	}

	void amendedBy(UUID amendingId, LocalDate on) {
		status.assertCanMoveTo(DocumentStatus.AMENDED);
		this.status = DocumentStatus.AMENDED;
		this.amendedById = amendingId;
		this.repealedOn = on;
		this.needsAmendment = false;
	}

	void abandon(String reason) {
		status.assertCanMoveTo(DocumentStatus.ABANDONED);
		this.status = DocumentStatus.ABANDONED;
		this.endReason = reason;
	}
}
