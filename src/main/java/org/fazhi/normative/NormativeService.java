package org.fazhi.normative;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.CorePermission;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationPeriods;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.notification.Notice;
import org.fazhi.notification.NotificationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.FairCompetitionReviewBeforeIssue;
import org.fazhi.review.FairCompetitionReviews;
import org.fazhi.review.PreReviewChecks;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.fazhi.review.MeetingAfterPassedReview;
import org.fazhi.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Normative documents through their procedure. The law's order cannot be skipped: each step is a guarded transition
 * on the document, and the named policies (review before deliberation, the reviewer's minimum time, the comment
 * period, effective date not before promulgation) refuse what the law forbids, in the UI and the API alike.
 */
@Service
@Transactional
public class NormativeService {

	static final String ENTITY = "normative_document";

	/** The most characters of a document's text, on the form, the API and an uploaded .docx alike. */
	static final int MAX_TEXT = org.fazhi.platform.docs.DocxText.MAX_CHARS;

	private final NormativeRepository documents;

	private final JdbcClient jdbc;

	private final ReviewService reviews;

	private final Clocks clocks;

	private final FairCompetitionReviews fairCompetition;

	private final DocumentNumbers numbers;

	private final NotificationService notifications;

	private final OrganizationService orgs;

	private final AuditLog audit;

	private final MessageSource messages;

	private final NormativeProperties properties;

	private final ConsultationService consultations;

	private final ConsultationQueries consultationQueries;

	private final ConsultationPeriods periods;

	private final Clock clock;

	NormativeService(NormativeRepository documents, JdbcClient jdbc, ReviewService reviews, Clocks clocks,
			FairCompetitionReviews fairCompetition, DocumentNumbers numbers, NotificationService notifications,
			OrganizationService orgs, AuditLog audit, MessageSource messages,
			NormativeProperties properties, ConsultationService consultations, ConsultationQueries consultationQueries,
			ConsultationPeriods periods, Clock clock) {
		this.consultations = consultations;
		this.consultationQueries = consultationQueries;
		this.periods = periods;
		this.documents = documents;
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.clocks = clocks;
		this.fairCompetition = fairCompetition;
		this.numbers = numbers;
		this.notifications = notifications;
		this.orgs = orgs;
		this.audit = audit;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new draft.
	 * @param validityYears {@code null}: the default (5 years; 2 for 暂行/试行)
	 * @param provisional 暂行/试行 (a field, not guessed from the title)
	 * @param validityReason why the validity exceeds the cap, when it does
	 * @param consultationWaiver the lawful ground for holding no public consultation, {@code null} when one is held
	 */
	public record CreateDocument(String title, DocumentKind kind, UUID draftingOrgId, String text, String explanation,
			String basis, boolean marketRelated, Integer validityYears, boolean provisional, String validityReason,
			ConsultationWaiver consultationWaiver, String consultationWaiverReason) {

		/** A 部门行政规范性文件 draft with the defaults: consultation held, validity 5 years, not provisional. */
		public CreateDocument(String title, DocumentKind kind, UUID draftingOrgId, String text, String explanation,
				String basis, boolean marketRelated, Integer validityYears) {
			this(title, kind, draftingOrgId, text, explanation, basis, marketRelated, validityYears, false, null, null,
					null);
		}
	}

	/** A change of the draft (or a 修改稿 in answer to a review opinion). */
	public record ReviseDocument(String title, String text, String explanation, String basis, boolean marketRelated,
			Integer validityYears, boolean provisional, String validityReason, ConsultationWaiver consultationWaiver,
			String consultationWaiverReason) {
	}

	public UUID create(CreateDocument cmd, UUID creatorId) {
		if (cmd.kind() == null) {
			throw InvalidInput.onField("kind", "normative.kind.required");
		}
		if (cmd.draftingOrgId() == null) {
			throw InvalidInput.onField("draftingOrgId", "normative.org.required");
		}
		OrgView org;
		try {
			org = orgs.get(cmd.draftingOrgId());
		}
		catch (NotFoundException e) {
			throw InvalidInput.onField("draftingOrgId", "normative.org.required");
		}
		if (!org.active()) {
			throw InvalidInput.onField("draftingOrgId", "normative.org.inactive", org.name());
		}
		NormativeDocument.Content content = NormativeDocument.Content.checked(properties, cmd.title(), cmd.text(),
				cmd.explanation(), cmd.basis(), cmd.marketRelated(), cmd.validityYears(), cmd.provisional(), cmd.validityReason(), cmd.kind(),
				cmd.consultationWaiver(), cmd.consultationWaiverReason());
		NormativeDocument d = NormativeDocument.draft(Ids.newId(), org.id(), orgs.unitOf(org.id()).id(), cmd.kind(),
				content, creatorId, clock.instant());
		documents.insert(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_CREATED", ENTITY, d.id).summary(d.title).after(d.snapshot()));
		return d.id;
	}

	/**
	 * Changes the draft. In answer to a review opinion the change is the 修改稿: it goes to the review as a new
	 * revision, which the reviewer compares with the 送审稿.
	 * @param expectedVersion the version the user read, or {@code null} not to check it
	 */
	public void revise(UUID id, ReviseDocument cmd, Long expectedVersion) {
		revise(id, cmd, expectedVersion, LocalDate.now(clock));
	}

	/** As {@link #revise(UUID, ReviseDocument, Long)}, a 修改稿 dated the given day. */
	public void revise(UUID id, ReviseDocument cmd, Long expectedVersion, LocalDate on) {
		NormativeDocument d = documents.load(id);
		StaleWrite.check(expectedVersion, d.version, ENTITY, id);
		NormativeDocument.Content content = NormativeDocument.Content.checked(properties, cmd.title(), cmd.text(),
				cmd.explanation(), cmd.basis(), cmd.marketRelated(), cmd.validityYears(), cmd.provisional(), cmd.validityReason(), d.kind,
				cmd.consultationWaiver(), cmd.consultationWaiverReason());
		Map<String, Object> before = d.snapshot();
		boolean answeringOpinion = d.status == DocumentStatus.OPINION_HANDLING;
		d.revise(content);
		documents.save(d);
		if (answeringOpinion) {
			CurrentUser me = CurrentUser.require();
			reviews.revise(d.reviewId, d.title, d.bodyText, d.explanation, on, me.displayName(), me.id());
		}
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_REVISED", ENTITY, id).summary(d.title).before(before).after(d.snapshot()));
	}

	/** 公平竞争审查 of a draft concerning market entities, before its legality review (公平竞争审查条例 第十八条). */
	public void recordFairCompetition(UUID id, FairCompetition conclusion, String note, LocalDate on, String reviewer) {
		NormativeDocument d = documents.load(id);
		if (!d.marketRelated) {
			throw RuleViolation.of("fair-competition.not-market");
		}
		if (!d.status.editable()) {
			throw RuleViolation.of("normative.edit.locked",
					new org.springframework.context.support.DefaultMessageSourceResolvable(d.status.messageKey()));
		}
		fairCompetition.record(d.orgId, ReviewSubject.NORMATIVE_DOCUMENT, id.toString(), d.textFingerprint(), conclusion,
				note, on, reviewer);
		documents.save(d);
	}

	/** 公开征求意见 recorded by hand (channel, period, number of comments), checked against the minimum period. */
	public void recordConsultation(UUID id, String channel, LocalDate from, LocalDate to, int comments, String summary,
			String shortReason) {
		NormativeDocument d = documents.load(id);
		if (d.consultationId != null) {
			throw RuleViolation.of("normative.consultation.portal-exists");
		}
		if (channel == null || channel.isBlank()) {
			throw InvalidInput.onField("channel", "normative.consultation.channel");
		}
		periods.check(consultationSubject(d), from, to, shortReason);
		Map<String, Object> before = d.snapshot();
		d.recordConsultation(channel.strip(), from, to, comments, summary, Texts.blankToNull(shortReason), null);
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_CONSULTATION_RECORDED", ENTITY, id)
			.summary(channel.strip() + " " + from + "—" + to + "，" + comments)
			.before(before)
			.after(d.snapshot()));
	}

	/**
	 * 公开征求意见 on the portal: publishes the draft and its explanation as a consultation (module consultation) whose
	 * period the document's rule governs; the comments and the adoption summary come back when it closes.
	 */
	public UUID openPortalConsultation(UUID id, LocalDate opensOn, LocalDate closesOn, String shortReason,
			String howToComment, UUID creatorId) {
		NormativeDocument d = documents.load(id);
		if (d.status != DocumentStatus.DRAFTING && d.status != DocumentStatus.CONSULTING) {
			d.status.assertCanMoveTo(DocumentStatus.CONSULTING);
		}
		if (d.consultationId != null) {
			throw RuleViolation.of("normative.consultation.portal-exists");
		}
		UUID consultationId = consultations.publishNew(new ConsultationService.Draft(d.orgId, consultationSubject(d),
				id.toString(), consultations.titleFor(d.title), d.bodyText, d.explanation, opensOn,
				closesOn, shortReason, howToComment), creatorId, LocalDate.now(clock));
		Map<String, Object> before = d.snapshot();
		d.recordConsultation(text("normative.consultation.portal"), opensOn, closesOn, 0, null,
				Texts.blankToNull(shortReason), consultationId);
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_CONSULTATION_RECORDED", ENTITY, id)
			.summary(text("normative.consultation.portal") + " " + opensOn + "—" + closesOn)
			.before(before)
			.after(d.snapshot()));
		return consultationId;
	}

	/** The portal consultation closed or concluded: its comments (and the adoption summary) become the record. */
	void consultationConcluded(UUID id, int comments, String summary) {
		NormativeDocument d = documents.load(id);
		if (d.consultationId == null) {
			return;
		}
		d.consultationComments = comments;
		if (summary != null) {
			d.consultationSummary = summary;
		}
		documents.save(d);
	}

	/**
	 * Submits the draft for legality review (today, or the day given): a review with its clock starts. Refused while
	 * its public consultation is required and not held (or still open), and, for a draft concerning market entities,
	 * without a 公平竞争审查 made on its present text.
	 */
	public ReviewView submitForReview(UUID id, LocalDate on, UUID requesterId) {
		NormativeDocument d = documents.load(id);
		d.status.assertCanMoveTo(DocumentStatus.IN_REVIEW);
		if (d.consultationId != null) {
			ConsultationView c = consultationQueries.get(d.consultationId);
			if (c.status() == ConsultationStatus.OPEN || c.status() == ConsultationStatus.DRAFT) {
				throw RuleViolation.of("normative.rule.consultation-still-open", c.closesOn());
			}
		}
		if (d.kind.requiresFiling()) {
			Policies.ConsultationBeforeReview.check(d);
		}
		FairCompetitionReviewBeforeIssue.check(d.marketRelated,
				fairCompetition.currentFor(ReviewSubject.NORMATIVE_DOCUMENT, id.toString(), d.textFingerprint()), on,
				"normative.step.review");
		String consultation = d.consultationChannel == null ? null
				: text("normative.consultation.summary", d.consultationChannel, d.consultationFrom, d.consultationTo,
						d.consultationComments == null ? 0 : d.consultationComments,
						d.consultationSummary == null ? "" : d.consultationSummary);
		UUID reviewId = reviews.submit(new SubmitReview(d.orgId, ReviewSubject.NORMATIVE_DOCUMENT, id.toString(), d.title,
				d.bodyText, d.explanation, d.basis, consultation, requesterId, d.createdBy, on,
				new PreReviewChecks.Context(d.validityYears, d.provisional, d.validityReason != null,
						d.consultationSettled())));
		Map<String, Object> before = d.snapshot();
		d.submittedForReview(reviewId);
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_SUBMITTED_FOR_REVIEW", ENTITY, id)
			.summary(d.title)
			.before(before)
			.after(d.snapshot()));
		return reviews.get(reviewId);
	}

	/**
	 * 集体审议. Refused without a passed legality review (国办发〔2018〕37号 二(六)) and sooner than the reviewer's
	 * minimum time after submission unless a leader overrides it with a recorded reason.
	 */
	public void recordDeliberation(UUID id, String meeting, LocalDate date, String attendees,
			DeliberationOutcome outcome, String minutes, String override) {
		NormativeDocument d = documents.load(id);
		Optional<ReviewView> review = reviews.latestFor(ReviewSubject.NORMATIVE_DOCUMENT, id.toString());
		MeetingAfterPassedReview.check(review.map(ReviewView::status).orElse(null));
		if (meeting == null || meeting.isBlank()) {
			throw InvalidInput.onField("meeting", "normative.deliberation.meeting");
		}
		if (date == null) {
			throw InvalidInput.onField("date", "normative.deliberation.date");
		}
		if (date.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("date", "normative.deliberation.future", date);
		}
		if (outcome == null) {
			throw InvalidInput.onField("outcome", "normative.deliberation.outcome");
		}
		boolean leader = CurrentUser.get().map(u -> u.can(CorePermission.LEADER_APPROVE)).orElse(false);
		MeetingAfterPassedReview.check(review.get(), date, "date", override, leader);
		Map<String, Object> before = d.snapshot();
		d.recordDeliberation(meeting.strip(), date, attendees, outcome, minutes, Texts.blankToNull(override));
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_DELIBERATED", ENTITY, id)
			.summary(meeting.strip() + " " + date + " " + text(outcome.messageKey())
					+ (override == null || override.isBlank() ? "" : "（" + text("normative.deliberation.override-note", override) + "）"))
			.before(before)
			.after(d.snapshot()));
	}

	/**
	 * 公布 with a 文号 from the issuer's sequence of the year (or the number given, for a document issued outside the
	 * platform). Starts the publication clock (20 working days), the filing clock (30 days) for documents that are
	 * filed, and the expiry warning (6 months before the validity ends).
	 */
	public DocumentNumber promulgate(UUID id, String issuerCode, LocalDate promulgatedOn, LocalDate effectiveOn,
			String givenNumber) {
		NormativeDocument d = documents.load(id);
		if (issuerCode == null || !DocumentNumber.validIssuer(issuerCode)) {
			throw InvalidInput.onField("issuerCode", "normative.number.issuer", issuerCode);
		}
		Policies.EffectiveNotBeforePromulgation.check(promulgatedOn, effectiveOn);
		if (d.status != DocumentStatus.DELIBERATED) {
			throw RuleViolation.of("normative.rule.promulgation-before-deliberation");
		}
		if (promulgatedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("promulgatedOn", "normative.promulgation.future");
		}
		DocumentNumber number;
		if (givenNumber != null && !givenNumber.isBlank()) {
			number = DocumentNumber.parse(givenNumber);
			if (!number.issuerCode().equals(issuerCode.strip())) {
				throw InvalidInput.onField("documentNumber", "normative.number.issuer-mismatch", number, issuerCode);
			}
			documents.findByNumber(number.toString()).ifPresent(other -> {
				throw InvalidInput.onField("documentNumber", "normative.number.duplicate", number, other.title);
			});
			numbers.register(number, promulgatedOn);
		}
		else {
			number = numbers.next(issuerCode.strip(), promulgatedOn);
		}
		Map<String, Object> before = d.snapshot();
		d.promulgate(number, promulgatedOn, effectiveOn, LocalDate.now(clock));
		documents.save(d);
		if (d.kind.isPublished() && d.publishedOn == null) {
			startClock(d, "ND_PUBLICATION", promulgatedOn, null);
		}
		if (d.kind.requiresFiling()) {
			startClock(d, "ND_FILING", promulgatedOn, null);
		}
		startClock(d, "ND_VALIDITY_EXPIRY", effectiveOn.minusDays(1), d.validityYears);
		if (d.amendsId != null) {
			NormativeDocument amended = documents.load(d.amendsId);
			Map<String, Object> amendedBefore = amended.snapshot();
			amended.amendedBy(d.id, effectiveOn);
			documents.save(amended);
			stopOpenClocks(amended, promulgatedOn);
			audit.append(AuditRecord.of(amended.orgId, "NORMATIVE_AMENDED", ENTITY, amended.id)
				.summary(text("normative.amended-by", number))
				.before(amendedBefore)
				.after(amended.snapshot()));
		}
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_PROMULGATED", ENTITY, id)
			.summary(number + " " + d.title)
			.before(before)
			.after(d.snapshot()));
		return number;
	}

	/**
	 * 公开: published on the portal; stops the publication clock (政府信息公开条例 第二十六条). A document whose 施行
	 * date passed unpublished comes into force now. An internal rule is never published.
	 */
	public void publish(UUID id, LocalDate on) {
		NormativeDocument d = documents.load(id);
		if (on == null) {
			throw InvalidInput.onField("on", "normative.publish.date-required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "normative.publish.future");
		}
		Map<String, Object> before = d.snapshot();
		d.publish(on, LocalDate.now(clock));
		documents.save(d);
		clocks.openFor(ENTITY, id.toString(), "ND_PUBLICATION").ifPresent(c -> clocks.stop(c.id(), on));
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_PUBLISHED", ENTITY, id).summary(d.documentNumber + " " + on)
			.before(before)
			.after(d.snapshot()));
	}

	public void repeal(UUID id, LocalDate on, String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "normative.repeal.reason");
		}
		NormativeDocument d = documents.load(id);
		Map<String, Object> before = d.snapshot();
		d.repeal(on, reason.strip());
		documents.save(d);
		stopOpenClocks(d, on);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_REPEALED", ENTITY, id).summary(reason.strip())
			.before(before)
			.after(d.snapshot()));
	}

	/** Declared invalid (宣布失效), as a cleanup decides. */
	void declareInvalid(UUID id, LocalDate on, String reason) {
		NormativeDocument d = documents.load(id);
		Map<String, Object> before = d.snapshot();
		d.declareInvalid(on, reason);
		documents.save(d);
		stopOpenClocks(d, on);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_DECLARED_INVALID", ENTITY, id).summary(reason)
			.before(before)
			.after(d.snapshot()));
	}

	/** Marked for amendment (清理决定修改); the document stays in force until its amendment is promulgated. */
	void markForAmendment(UUID id, String reason) {
		NormativeDocument d = documents.load(id);
		d.needsAmendment = true;
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_MARKED_FOR_AMENDMENT", ENTITY, id).summary(reason));
	}

	void requireRectification(UUID id) {
		NormativeDocument d = documents.load(id);
		d.rectificationRequired = true;
		documents.save(d);
	}

	public void abandon(UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "normative.abandon.reason");
		}
		NormativeDocument d = documents.load(id);
		Map<String, Object> before = d.snapshot();
		d.abandon(reason.strip());
		documents.save(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_ABANDONED", ENTITY, id).summary(reason.strip())
			.before(before)
			.after(d.snapshot()));
	}

	/** Starts drafting the amendment of a document in force: a new draft that, once promulgated, supersedes it. */
	public UUID startAmendment(UUID id, UUID creatorId) {
		NormativeDocument old = documents.load(id);
		if (old.status != DocumentStatus.IN_FORCE) {
			throw RuleViolation.of("normative.amend.not-in-force", old.title);
		}
		boolean exists = jdbc.sql("select count(*) from normative_document where amends_id = :id and status not in "
				+ "('ABANDONED', 'AMENDED', 'REPEALED', 'EXPIRED')").param("id", id).query(Long.class).single() > 0;
		if (exists) {
			throw RuleViolation.of("normative.amend.already-drafting", old.title);
		}
		NormativeDocument d = NormativeDocument.draft(Ids.newId(), old.orgId, old.unitId, old.kind,
				new NormativeDocument.Content(old.title, old.bodyText, old.explanation, old.basis, old.marketRelated,
						old.validityYears, old.provisional, old.validityReason, old.consultationWaiver,
						old.consultationWaiverReason),
				creatorId, clock.instant());
		d.amendsId = id;
		documents.insert(d);
		audit.append(AuditRecord.of(d.orgId, "NORMATIVE_CREATED", ENTITY, d.id)
			.summary(text("normative.amendment-of", old.documentNumber, old.title))
			.after(d.snapshot()));
		return d.id;
	}

	/**
	 * On their 施行 date, documents come into force — if published; an unpublished one becomes 已公布未公开 and its
	 * drafter is told — and after their validity they expire. Returns how many moved.
	 */
	public int advance(LocalDate today) {
		List<UUID> ids = jdbc.sql("select id from normative_document where (status = 'PROMULGATED' and effective_on <= :today) "
				+ "or (status = 'IN_FORCE' and expires_on < :today)")
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			NormativeDocument d = documents.load(id);
			Map<String, Object> before = d.snapshot();
			NormativeDocument.Effect effect = d.takeEffect(today);
			if (effect != NormativeDocument.Effect.NONE) {
				documents.save(d);
				audit.append(AuditRecord.of(d.orgId, effect == NormativeDocument.Effect.IN_FORCE ? "NORMATIVE_IN_FORCE"
						: "NORMATIVE_UNPUBLISHED", ENTITY, id).summary(d.documentNumber)
					.before(before)
					.after(d.snapshot()).by(org.fazhi.audit.AuditActor.SYSTEM));
				if (effect == NormativeDocument.Effect.UNPUBLISHED) {
					notifications.send(new Notice(d.createdBy, d.orgId, text("normative.notice.unpublished.title",
							d.documentNumber, d.title), text("normative.notice.unpublished.body", d.effectiveOn),
							"/normative/" + d.id, "normative:" + d.id + ":unpublished"));
				}
			}
			else if (d.expireIfDue(today)) {
				documents.save(d);
				// the expiry warning's due date is the last day of validity: the document ran its course on time
				stopOpenClocks(d, d.expiresOn);
				audit.append(AuditRecord.of(d.orgId, "NORMATIVE_EXPIRED", ENTITY, id).summary(d.documentNumber)
					.before(before)
					.after(d.snapshot()).by(org.fazhi.audit.AuditActor.SYSTEM));
			}
		}
		return ids.size();
	}

	/**
	 * 正式文本 in 公文 format; before promulgation the text as it stands, marked 征求意见稿 (while drafted and consulted
	 * on) or 送审稿 (from the review on), never looking like the official text.
	 */
	@Transactional(readOnly = true)
	public byte[] officialText(UUID id) {
		NormativeDocument d = documents.load(id);
		OrgView unit = orgs.get(d.unitId);
		GongwenDocx doc = new GongwenDocx();
		if (d.promulgatedOn == null) {
			doc.draft(text(d.status == DocumentStatus.DRAFTING || d.status == DocumentStatus.CONSULTING
					? "normative.text.draft-consultation" : "normative.text.draft-review"));
		}
		doc.issuer(unit.name(), d.documentNumber).title(d.title).body(d.bodyText);
		if (d.promulgatedOn != null) {
			doc.signature(unit.name(), d.promulgatedOn);
		}
		return doc.toBytes();
	}

	private void startClock(NormativeDocument d, String rule, LocalDate start, Integer maximum) {
		clocks.start(new StartClock(d.orgId, "normative", ENTITY, d.id.toString(), d.title, "/normative/" + d.id, rule,
				d.createdBy, start, maximum));
	}

	private static ConsultationSubject consultationSubject(NormativeDocument d) {
		return d.marketRelated ? ConsultationSubject.MARKET_NORMATIVE_DOCUMENT : ConsultationSubject.NORMATIVE_DOCUMENT;
	}

	void stopOpenClocks(NormativeDocument d, LocalDate on) {
		clocks.forSubject(ENTITY, d.id.toString())
			.stream()
			.filter(ClockView::running)
			.forEach(c -> clocks.stop(c.id(), on.isBefore(c.startDate()) ? c.startDate() : on));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}

}
