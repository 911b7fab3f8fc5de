package org.fazhi.normative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;

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

	/** 暂行/试行: a field of the document, not guessed from its title (validity 2 years) */
	boolean provisional;

	/** why the validity exceeds the cap (一般不超过5年; 2 for 暂行/试行), or {@code null} */
	String validityReason;

	/** the lawful ground for holding no public consultation, or {@code null} when one is required */
	ConsultationWaiver consultationWaiver;

	String consultationWaiverReason;

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

	/** What the drafter writes: the text and the facts the procedure depends on. */
	record Content(String title, String text, String explanation, String basis, boolean marketRelated,
			int validityYears, boolean provisional, String validityReason, ConsultationWaiver consultationWaiver,
			String consultationWaiverReason) {

		/** The draft's content, checked: text within the limits, the validity within its cap unless reasoned. */
		static Content checked(NormativeProperties properties, String title, String text, String explanation,
				String basis, boolean marketRelated, Integer validityYears, boolean provisional, String validityReason,
				DocumentKind kind, ConsultationWaiver waiver, String waiverReason) {
			String t = InvalidInput.requireText(title, "title", "normative.title.required", 300, "normative.title.size");
			String body = InvalidInput.requireText(text, "text", "normative.text.required", NormativeService.MAX_TEXT,
					"normative.text.size");
			InvalidInput.checkLength(explanation, 50_000, "explanation", "normative.explanation.size");
			InvalidInput.checkLength(basis, 20_000, "basis", "normative.basis.size");
			InvalidInput.checkLength(validityReason, 500, "validityReason", "normative.validity.reason-size");
			InvalidInput.checkLength(waiverReason, 1000, "consultationWaiverReason", "normative.waiver.reason-size");
			int years = validityYears != null ? validityYears
					: provisional ? properties.provisionalValidityYears() : properties.defaultValidityYears();
			Policies.ValidityWithinTheCap.check(years, provisional, properties.defaultValidityYears(),
					properties.provisionalValidityYears(), validityReason);
			if (kind == DocumentKind.DEPARTMENT && waiver == ConsultationWaiver.NOT_NORMATIVE) {
				throw InvalidInput.onField("consultationWaiver", "normative.waiver.not-normative");
			}
			if (waiver != null && kind == DocumentKind.DEPARTMENT && (waiverReason == null || waiverReason.isBlank())) {
				throw RuleViolation.onField("consultationWaiverReason", "normative.rule.waiver-reason");
			}
			return new Content(t, body, Texts.blankToNull(explanation), Texts.blankToNull(basis), marketRelated, years, provisional,
					Texts.blankToNull(validityReason), waiver, Texts.blankToNull(waiverReason));
		}

	}

	/** What the audit trail records of the document before and after a change. */
	java.util.Map<String, Object> snapshot() {
		java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
		s.put("title", title);
		s.put("kind", kind);
		s.put("status", status);
		s.put("documentNumber", documentNumber);
		s.put("promulgatedOn", promulgatedOn);
		s.put("effectiveOn", effectiveOn);
		s.put("expiresOn", expiresOn);
		s.put("publishedOn", publishedOn);
		s.put("deliberation", deliberationMeeting == null ? null : deliberationMeeting + " " + deliberationDate
				+ " " + deliberationOutcome);
		s.put("consultation", consultationChannel == null ? null : consultationChannel + " " + consultationFrom
				+ "—" + consultationTo);
		s.put("validityYears", validityYears);
		s.put("provisional", provisional);
		s.put("validityReason", validityReason);
		s.put("consultationWaiver", consultationWaiver);
		s.put("marketRelated", marketRelated);
		s.put("textLength", bodyText == null ? 0 : bodyText.length());
		return s;
	}


	static NormativeDocument draft(UUID id, UUID orgId, UUID unitId, DocumentKind kind, Content content,
			UUID createdBy, Instant at) {
		NormativeDocument d = new NormativeDocument();
		d.id = id;
		d.orgId = orgId;
		d.unitId = unitId;
		d.kind = kind;
		d.status = DocumentStatus.DRAFTING;
		d.createdBy = createdBy;
		d.createdAt = at;
		d.apply(content);
		return d;
	}

	/**
	 * Changes the draft: while drafting, or in answer to a review opinion (the 修改稿). A document found unlawful goes
	 * back to drafting; the text that passed review, and all that follows, is locked.
	 */
	void revise(Content content) {
		if (!status.editable()) {
			throw RuleViolation.of("normative.edit.locked", new org.springframework.context.support.DefaultMessageSourceResolvable(
					status.messageKey()));
		}
		apply(content);
		if (status == DocumentStatus.REVIEW_FAILED) {
			status = DocumentStatus.DRAFTING;
		}
	}

	private void apply(Content c) {
		this.title = c.title();
		this.bodyText = c.text();
		this.explanation = c.explanation();
		this.basis = c.basis();
		this.marketRelated = c.marketRelated();
		this.validityYears = c.validityYears();
		this.provisional = c.provisional();
		this.validityReason = c.validityReason();
		this.consultationWaiver = kind == DocumentKind.INTERNAL ? ConsultationWaiver.NOT_NORMATIVE : c.consultationWaiver();
		this.consultationWaiverReason = c.consultationWaiverReason();
	}

	/** The fingerprint of what a 公平竞争审查 judges: a review of another text does not count for this one. */
	String textFingerprint() {
		return org.fazhi.platform.Texts.fingerprint(title, bodyText);
	}

	/** Whether a public consultation is required and not lawfully dispensed with. */
	boolean consultationRequired() {
		return consultationWaiver == null;
	}

	/** Whether the consultation the law requires was held (or is not required). */
	boolean consultationSettled() {
		return !consultationRequired() || consultationChannel != null;
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

	/** 合法性审查意见: the drafter now revises the text in answer to it. */
	void opinionIssued() {
		if (status == DocumentStatus.IN_REVIEW) {
			status = DocumentStatus.OPINION_HANDLING;
		}
	}

	/**
	 * The review passed on this text (the 送审稿 of a 合法性说明, or the 修改稿 the reviewer confirmed): it is the text
	 * that goes to deliberation, promulgation, publication and filing.
	 */
	void reviewPassed(String passedTitle, String passedText) {
		if (status == DocumentStatus.IN_REVIEW || status == DocumentStatus.OPINION_HANDLING) {
			status = DocumentStatus.REVIEW_PASSED;
			this.title = passedTitle;
			this.bodyText = passedText;
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
		status.assertCanMoveTo(DocumentStatus.PROMULGATED);
		this.issuerCode = number.issuerCode();
		this.numberYear = number.year();
		this.numberSeq = number.sequence();
		this.documentNumber = number.toString();
		this.promulgatedOn = promulgatedOn;
		this.effectiveOn = effectiveOn;
		this.expiresOn = lastValidDay(effectiveOn, validityYears);
		this.status = DocumentStatus.PROMULGATED;
		takeEffect(today);
	}

	/**
	 * The last day of a validity of N years from 施行 day D: the day before D's anniversary (D is counted), as the
	 * validity clock counts it (N years from D − 1).
	 */
	static LocalDate lastValidDay(LocalDate effectiveOn, int years) {
		return effectiveOn.minusDays(1).plusYears(years);
	}

	/** 公开 on the portal. A document published after its 施行 date was reached comes into force on publication. */
	void publish(LocalDate on, LocalDate today) {
		Policies.InternalRulesAreNotPublished.check(kind);
		if (!status.promulgated()) {
			throw RuleViolation.of("normative.publish.not-promulgated");
		}
		if (publishedOn != null) {
			throw RuleViolation.of("normative.publish.already", publishedOn);
		}
		if (on.isBefore(promulgatedOn)) {
			throw InvalidInput.onField("on", "normative.publish.before-promulgation", promulgatedOn);
		}
		this.publishedOn = on;
		takeEffect(today);
	}

	/** What reaching the 施行 date did to the document. */
	enum Effect {
		/** nothing: not yet its day, or not waiting for it */
		NONE,
		/** 有效 */
		IN_FORCE,
		/** 已公布未公开: its day came unpublished, so it is not in force */
		UNPUBLISHED
	}

	/**
	 * On or after its 施行 date: in force if published (an internal rule needs no publication), otherwise
	 * 已公布未公开 — an unpublished document is not in force (优化营商环境条例 第六十四条).
	 */
	Effect takeEffect(LocalDate today) {
		if ((status != DocumentStatus.PROMULGATED && status != DocumentStatus.UNPUBLISHED) || effectiveOn.isAfter(today)) {
			return Effect.NONE;
		}
		if (publishedOn != null || !kind.isPublished()) {
			status = DocumentStatus.IN_FORCE;
			return Effect.IN_FORCE;
		}
		if (status == DocumentStatus.PROMULGATED) {
			status = DocumentStatus.UNPUBLISHED;
			return Effect.UNPUBLISHED;
		}
		return Effect.NONE;
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
