package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.deadline.DeadlineRule;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.Texts;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orchestration around the {@link EnforcementCase} aggregate: its number, its clocks, its full-process record, its
 * legal review and its publication. The rules live on the aggregate and the policies.
 */
@Service
@Transactional
public class Cases {

	static final String SUBJECT = ReviewSubject.ENFORCEMENT_DECISION.name();

	private final CaseRepository cases;

	private final OfficerRepository officers;

	private final FullProcessRecord record;

	private final Publications publications;

	private final Officers officerService;

	private final ReviewService reviews;

	private final Clocks clocks;

	private final DeadlineRules rules;

	private final CalendarService calendar;

	private final DocumentNumbers numbers;

	private final AttachmentService attachments;

	private final OrganizationService orgs;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final EnforcementProperties settings;

	private final MessageSource messages;

	private final Clock clock;

	Cases(CaseRepository cases, OfficerRepository officers, FullProcessRecord record, Publications publications,
			Officers officerService, ReviewService reviews, Clocks clocks, DeadlineRules rules, CalendarService calendar,
			DocumentNumbers numbers, AttachmentService attachments, OrganizationService orgs, JdbcClient jdbc,
			AuditLog audit, EnforcementProperties settings, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.officers = officers;
		this.record = record;
		this.publications = publications;
		this.officerService = officerService;
		this.reviews = reviews;
		this.clocks = clocks;
		this.rules = rules;
		this.calendar = calendar;
		this.numbers = numbers;
		this.attachments = attachments;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** A power of the body and the area its officers must hold. */
	record Power(UUID id, UUID bodyId, UUID orgId, String name, PowerType type, String area, String basis) {
	}

	public record RegisterCase(UUID orgId, UUID powerId, String title, PartyKind partyKind, String partyName,
			String partyIdNumber, String facts, List<UUID> officerIds, Set<MajorGround> grounds, LocalDate on) {
	}

	/** 立案 by two officers holding valid certificates for the body and the matter; the 90 days start. */
	public UUID register(RegisterCase cmd) {
		if (cmd.orgId() == null) {
			throw InvalidInput.onField("orgId", "enforcement.officer.org-required");
		}
		Power power = power(cmd.powerId());
		String title = InvalidInput.requireText(cmd.title(), "title", "enforcement.case.title-required", 300,
				"enforcement.case.title-size");
		if (cmd.partyKind() == null) {
			throw InvalidInput.onField("partyKind", "enforcement.case.party-kind-required");
		}
		String party = InvalidInput.requireText(cmd.partyName(), "partyName", "enforcement.case.party-required", 200,
				"enforcement.case.party-size");
		String idNumber = Texts.blankToNull(cmd.partyIdNumber());
		if (idNumber != null && !idNumber.matches("[0-9A-Za-z]{8,20}")) {
			throw InvalidInput.onField("partyIdNumber", "enforcement.case.party-id-format");
		}
		String facts = InvalidInput.requireText(cmd.facts(), "facts", "enforcement.case.facts-required", 20_000,
				"enforcement.case.facts-size");
		LocalDate on = notInFuture(cmd.on());
		UUID unit = orgs.unitOf(cmd.orgId()).id();
		if (!power.orgId().equals(unit)) {
			throw InvalidInput.onField("powerId", "enforcement.case.power-other-unit");
		}
		List<Officer> team = team(cmd.officerIds());
		Policies.TwoOfficersWithValidCertificates.check(team.stream().map(Officer::credential).toList(), power.bodyId(),
				power.area(), on);
		String number = numbers.next(orgs.get(unit).label() + "执法", on).toString();
		UUID by = CurrentUser.get().map(CurrentUser::id).orElse(null);
		EnforcementCase c = EnforcementCase.register(Ids.newId(), cmd.orgId(), unit, power.bodyId(), power.id(), number,
				title, cmd.partyKind(), party, idNumber, facts, team.stream().map(o -> o.id).collect(Collectors.toSet()),
				cmd.grounds() == null ? Set.of() : cmd.grounds(), on, by, clock.instant());
		cases.insert(c);
		// 第六十条 and 第六十一条 are periods of 行政处罚: a licence, an inspection or a levy runs on its own law's periods
		if (power.type() == PowerType.PENALTY) {
			c.decideClockId = clocks.start(new StartClock(c.orgId, "enforcement", CaseRepository.ENTITY,
					c.id.toString(), number + " " + title, "/enforcement/cases/" + c.id, "EN_DECIDE", by, on));
			cases.save(c);
		}
		step(c, CaseStatus.REGISTERED, text("enforcement.record.registered", number, power.name()), facts, on,
				names(team));
		audit.append(AuditRecord.of(c.orgId, "ENFORCEMENT_CASE_REGISTERED", CaseRepository.ENTITY, c.id)
			.summary(number + " " + title)
			.after(Map.of("number", number, "power", power.name(), "registeredOn", on, "officers", names(team))));
		return c.id;
	}

	public void startInvestigation(UUID id, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		c.startInvestigation(notInFuture(on));
		cases.save(c);
		step(c, CaseStatus.INVESTIGATING, text("enforcement.record.investigating"), null, on, null);
	}

	/** An act of the officers (检查, 询问, 抽样, 听证 …), by two of them with valid certificates, recorded as required. */
	public record RecordAct(RecordedAct act, String title, String content, LocalDateTime occurredAt, String place,
			List<UUID> officerIds, Evidence recording) {
	}

	/** A file of the record with what the device noted: its checksum, the device, the place. */
	public record Evidence(String fileName, byte[] content, String checksum, String device) {

		boolean present() {
			return content != null && content.length > 0;
		}
	}

	public UUID recordAct(UUID id, RecordAct cmd) {
		EnforcementCase c = cases.load(id);
		requireOpen(c);
		if (cmd.act() == null) {
			throw InvalidInput.onField("act", "enforcement.act.required");
		}
		String title = InvalidInput.requireText(cmd.title(), "title", "enforcement.record.title-required", 300,
				"enforcement.record.title-size");
		InvalidInput.checkLength(cmd.content(), 20_000, "content", "enforcement.record.content-size");
		String place = InvalidInput.requireText(cmd.place(), "place", "enforcement.record.place-required", 200,
				"enforcement.record.place-size");
		Instant at = occurred(cmd.occurredAt(), c.registeredOn);
		LocalDate day = LocalDate.ofInstant(at, clock.getZone());
		Power power = power(c.powerId);
		List<Officer> team = team(cmd.officerIds());
		Policies.TwoOfficersWithValidCertificates.check(team.stream().map(Officer::credential).toList(), c.bodyId,
				power.area(), day);
		boolean withRecording = cmd.recording() != null && cmd.recording().present();
		Policies.AudioVideoWhereRequired.check(cmd.act(), settings.audioVideoActs(), withRecording);
		UUID fileId = null;
		String sha = null;
		String device = null;
		if (withRecording) {
			device = InvalidInput.requireText(cmd.recording().device(), "device", "enforcement.evidence.device-required",
					100, "enforcement.evidence.device-size");
			sha = checkedFile(cmd.recording());
			fileId = attachments.store(c.orgId, CaseRepository.ENTITY, c.id.toString(), text(cmd.act().messageKey()),
					cmd.recording().fileName(), cmd.recording().content(), enteredBy());
		}
		UUID entry = record.append(c.orgId, c.id, new FullProcessRecord.Addition(RecordKind.ACT, c.status, cmd.act(),
				title, Texts.blankToNull(cmd.content()), at, place, device, fileId, sha, null, names(team), enteredBy()),
				clock.instant());
		return entry;
	}

	/** Evidence (书证、物证照片、音像) with its checksum, device, place and time. */
	public UUID addEvidence(UUID id, String title, String description, LocalDateTime occurredAt, String place,
			Evidence file) {
		EnforcementCase c = cases.load(id);
		requireOpen(c);
		String t = InvalidInput.requireText(title, "title", "enforcement.record.title-required", 300,
				"enforcement.record.title-size");
		InvalidInput.checkLength(description, 20_000, "content", "enforcement.record.content-size");
		InvalidInput.checkLength(place, 200, "place", "enforcement.record.place-size");
		if (file == null || !file.present()) {
			throw InvalidInput.onField("file", "enforcement.evidence.file-required");
		}
		String device = InvalidInput.requireText(file.device(), "device", "enforcement.evidence.device-required", 100,
				"enforcement.evidence.device-size");
		Instant at = occurred(occurredAt, c.registeredOn);
		String sha = checkedFile(file);
		UUID fileId = attachments.store(c.orgId, CaseRepository.ENTITY, c.id.toString(), text("enforcement.record-kind.EVIDENCE"),
				file.fileName(), file.content(), enteredBy());
		return record.append(c.orgId, c.id, new FullProcessRecord.Addition(RecordKind.EVIDENCE, c.status, null, t,
				Texts.blankToNull(description), at, Texts.blankToNull(place), device, fileId, sha, null, null,
				enteredBy()), clock.instant());
	}

	/** A 执法文书 (text, and its signed scan where there is one). */
	public UUID addDocument(UUID id, String title, String content, String fileName, byte[] file) {
		EnforcementCase c = cases.load(id);
		requireOpen(c);
		String t = InvalidInput.requireText(title, "title", "enforcement.record.title-required", 300,
				"enforcement.record.title-size");
		String body = InvalidInput.requireText(content, "content", "enforcement.record.content-required", 20_000,
				"enforcement.record.content-size");
		UUID fileId = null;
		String sha = null;
		if (file != null && file.length > 0) {
			fileId = attachments.store(c.orgId, CaseRepository.ENTITY, c.id.toString(),
					text("enforcement.record-kind.DOCUMENT"), fileName, file, enteredBy());
			sha = attachments.get(fileId).sha256();
		}
		return record.append(c.orgId, c.id, new FullProcessRecord.Addition(RecordKind.DOCUMENT, c.status, null, t, body,
				clock.instant(), null, null, fileId, sha, null, null, enteredBy()), clock.instant());
	}

	/** A correction: a new entry naming the one it corrects, which stays as it was written. */
	public UUID correct(UUID id, UUID correctsId, String content) {
		EnforcementCase c = cases.load(id);
		if (correctsId == null) {
			throw InvalidInput.onField("correctsId", "enforcement.rule.correction-unknown");
		}
		Policies.CorrectionNamesAnEarlierEntry.check(record.caseOf(correctsId), c.id);
		String body = InvalidInput.requireText(content, "content", "enforcement.record.correction-required", 20_000,
				"enforcement.record.content-size");
		int seq = record.entries(c.id).stream().filter(e -> e.id().equals(correctsId)).findFirst().orElseThrow().seq();
		return record.append(c.orgId, c.id, new FullProcessRecord.Addition(RecordKind.CORRECTION, c.status, null,
				text("enforcement.record.correction-title", seq), body, clock.instant(), null, null, null, null,
				correctsId, null, enteredBy()), clock.instant());
	}

	/** 调查终结: to 审核, with the proposed fine and the grounds the officers record (第五十八条). */
	public void submitForExamination(UUID id, BigDecimal fine, Set<MajorGround> grounds, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		c.submitForExamination(fine, grounds);
		cases.save(c);
		Set<MajorGround> major = c.majorGrounds(settings);
		step(c, CaseStatus.EXAMINING, text("enforcement.record.examining"),
				major.isEmpty() ? text("enforcement.record.not-major")
						: text("enforcement.record.major", major.stream().map(g -> text(g.messageKey()))
							.collect(Collectors.joining("；"))), notInFuture(on), null);
	}

	public void backToInvestigation(UUID id, String reason, LocalDate on, Long version) {
		String why = InvalidInput.requireText(reason, "reason", "enforcement.case.back-reason", 2000,
				"enforcement.case.back-reason-size");
		EnforcementCase c = load(id, version);
		c.backToInvestigation();
		cases.save(c);
		step(c, CaseStatus.INVESTIGATING, text("enforcement.record.back"), why, notInFuture(on), null);
	}

	/**
	 * 法制审核 through the review module's queue: the draft decision and the 情况说明 go to the legal division; the review
	 * contents of 118号 are its checklist.
	 */
	public UUID requestReview(UUID id, String draftDecision, String explanation, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		if (c.reviewId != null) {
			ReviewView previous = reviews.get(c.reviewId);
			if (previous.status().open()) {
				throw RuleViolation.of("enforcement.rule.review-open");
			}
		}
		String draft = InvalidInput.requireText(draftDecision, "draftDecision", "enforcement.review.draft-required",
				20_000, "enforcement.review.draft-size");
		Power power = power(c.powerId);
		UUID requester = CurrentUser.get().map(CurrentUser::id).orElse(c.createdBy);
		UUID reviewId = reviews.submit(new SubmitReview(c.orgId, ReviewSubject.ENFORCEMENT_DECISION, c.id.toString(),
				c.caseNumber + " " + c.title, draft, explanation, power.basis(),
				text("enforcement.review.procedure", c.caseNumber, c.registeredOn, power.name()), requester, null,
				notInFuture(on), null));
		c.reviewRequested(reviewId);
		cases.save(c);
		step(c, CaseStatus.EXAMINING, text("enforcement.record.review-requested"), draft, on, null);
		return reviewId;
	}

	/** Heard by the listener of the review's outcome. */
	void reviewPassed(UUID caseId, UUID reviewId) {
		cases.find(caseId).ifPresent(c -> {
			c.reviewPassed(reviewId);
			cases.save(c);
			step(c, c.status, text("enforcement.record.review-passed"), null, LocalDate.now(clock), null);
		});
	}

	/** 告知 of the hearing right (第六十三条、第六十四条): the party's period starts. */
	public void tellHearingRight(UUID id, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		c.tellHearingRight(notInFuture(on));
		cases.save(c);
		step(c, c.status, text("enforcement.record.hearing-told", hearingWindowEnds(on)), null, on, null);
	}

	public void hearingAnswer(UUID id, boolean requested, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		c.hearingAnswer(requested, notInFuture(on));
		cases.save(c);
		step(c, c.status, text(requested ? "enforcement.record.hearing-requested" : "enforcement.record.hearing-waived"),
				null, on, null);
	}

	/** The hearing, noticed at least 7 working days before (第六十四条第（二）项). */
	public void holdHearing(UUID id, LocalDate noticeOn, LocalDate hearingOn, Long version) {
		EnforcementCase c = load(id, version);
		if (noticeOn == null) {
			throw InvalidInput.onField("noticeOn", "enforcement.case.notice-required");
		}
		if (c.hearingRequestedOn != null && noticeOn.isBefore(c.hearingRequestedOn)) {
			throw InvalidInput.onField("noticeOn", "enforcement.case.date-before", c.hearingRequestedOn);
		}
		LocalDate held = notInFuture(hearingOn);
		Policies.HearingNoticedAhead.check(noticeOn, held, floorEnd("EN_HEARING_NOTICE", noticeOn));
		c.holdHearing(held);
		cases.save(c);
		step(c, c.status, text("enforcement.record.hearing-held", noticeOn), null, held, null);
	}

	/** 决定: the decision clock stops, the service and publicity clocks start, the publication record is written. */
	public void decide(UUID id, DecisionKind kind, String decisionText, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		LocalDate day = notInFuture(on);
		boolean major = c.major(settings);
		Boolean passed = null;
		if (c.reviewId != null) {
			ReviewView review = reviews.get(c.reviewId);
			passed = review.status() == ReviewStatus.PASSED && c.reviewedBefore;
			if (passed && major) {
				Policies.ReviewerHoldsLegalQualification.check(officerService.qualified(review.reviewerId()),
						review.reviewerName());
			}
		}
		LocalDate window = c.hearingToldOn == null ? null : hearingWindowEnds(c.hearingToldOn);
		c.decide(kind, decisionText, day, major, passed, window);
		cases.save(c);
		if (c.decideClockId != null && clocks.get(c.decideClockId).running()) {
			clocks.stop(c.decideClockId, day);
		}
		Power power = power(c.powerId);
		if (power.type() == PowerType.PENALTY) {
			clocks.start(new StartClock(c.orgId, "enforcement", CaseRepository.ENTITY, c.id.toString(),
					text("enforcement.clock.service", c.caseNumber), "/enforcement/cases/" + c.id, "EN_SERVICE",
					c.createdBy, day));
		}
		publications.open(c, power.type(), bodyName(c.bodyId), power.name(), power.basis());
		step(c, CaseStatus.DECIDED, text("enforcement.record.decided", text(kind.messageKey())), c.decisionText, day,
				null);
		audit.append(AuditRecord.of(c.orgId, "ENFORCEMENT_CASE_DECIDED", CaseRepository.ENTITY, c.id)
			.summary(c.caseNumber + " " + text(kind.messageKey()))
			.after(Map.of("decidedOn", day, "kind", kind, "major", major, "reviewedBefore", c.reviewedBefore)));
	}

	/** 送达 (第六十一条): a decision left at the address is recorded on audio-video first. */
	public void serve(UUID id, ServiceMethod method, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		LocalDate day = notInFuture(on);
		if (method == ServiceMethod.LEFT_AT_ADDRESS && settings.audioVideoActs().contains(RecordedAct.SERVICE_LEFT_AT_ADDRESS)
				&& record.entries(c.id).stream().noneMatch(e -> e.act() == RecordedAct.SERVICE_LEFT_AT_ADDRESS)) {
			throw RuleViolation.onField("serviceMethod", "enforcement.rule.audio-video-required",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							RecordedAct.SERVICE_LEFT_AT_ADDRESS.messageKey()));
		}
		c.serve(method, day);
		cases.save(c);
		clocks.openFor(CaseRepository.ENTITY, c.id.toString(), "EN_SERVICE").ifPresent(k -> clocks.stop(k.id(), day));
		if (c.decisionKind.executable() && c.fineAmount != null && c.fineAmount.signum() > 0) {
			clocks.start(new StartClock(c.orgId, "enforcement", CaseRepository.ENTITY, c.id.toString(),
					text("enforcement.clock.payment", c.caseNumber), "/enforcement/cases/" + c.id, "EN_PAYMENT",
					c.createdBy, day));
		}
		step(c, CaseStatus.SERVED, text("enforcement.record.served", text(method.messageKey())), null, day, null);
	}

	public void execute(UUID id, String note, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		LocalDate day = notInFuture(on);
		c.execute(note, day);
		cases.save(c);
		clocks.openFor(CaseRepository.ENTITY, c.id.toString(), "EN_PAYMENT").ifPresent(k -> clocks.stop(k.id(), day));
		step(c, CaseStatus.EXECUTED, text("enforcement.record.executed"), c.executionNote, day, null);
	}

	public void close(UUID id, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		LocalDate day = notInFuture(on);
		c.close(day);
		cases.save(c);
		step(c, CaseStatus.CLOSED, text("enforcement.record.closed"), null, day, null);
	}

	/** The decision changed, revoked or declared unlawful or void: its publication must be withdrawn within 3 days. */
	public void revoke(UUID id, RevocationKind kind, String reason, LocalDate on, Long version) {
		EnforcementCase c = load(id, version);
		LocalDate day = notInFuture(on);
		c.revoke(kind, reason, day);
		cases.save(c);
		publications.decisionRevoked(c);
		step(c, c.status, text("enforcement.record.revoked", text(kind.messageKey())), c.revocationReason, day, null);
		audit.append(AuditRecord.of(c.orgId, "ENFORCEMENT_DECISION_REVOKED", CaseRepository.ENTITY, c.id)
			.summary(c.caseNumber + " " + text(kind.messageKey()) + "：" + c.revocationReason));
	}

	/** The last day of the party's hearing request period told on the day (第六十四条、第八十五条: working days). */
	LocalDate hearingWindowEnds(LocalDate toldOn) {
		return floorEnd("EN_HEARING_REQUEST", toldOn);
	}

	private LocalDate floorEnd(String rule, LocalDate start) {
		DeadlineRule r = rules.require(rule, start);
		return calendar.calendar().count(start, r.minimum(), r.unit());
	}

	// ---------------------------------------------------------------------------------------------- helpers

	private EnforcementCase load(UUID id, Long version) {
		EnforcementCase c = cases.load(id);
		StaleWrite.check(version, c.version, CaseRepository.ENTITY, id);
		return c;
	}

	private void requireOpen(EnforcementCase c) {
		if (c.status == CaseStatus.CLOSED) {
			throw RuleViolation.of("enforcement.rule.closed");
		}
	}

	private void step(EnforcementCase c, CaseStatus step, String title, String content, LocalDate on, String officers) {
		Instant at = on.equals(LocalDate.now(clock)) ? clock.instant()
				: on.atTime(12, 0).atZone(clock.getZone()).toInstant();
		record.append(c.orgId, c.id, new FullProcessRecord.Addition(RecordKind.STEP, step, null, title, content, at,
				null, null, null, null, null, officers, enteredBy()), clock.instant());
	}

	private String checkedFile(Evidence file) {
		String actual = Texts.sha256(file.content());
		Policies.EvidenceMatchesItsChecksum.check(file.checksum(), actual);
		return actual;
	}

	Power power(UUID powerId) {
		if (powerId == null) {
			throw InvalidInput.onField("powerId", "enforcement.case.power-required");
		}
		return jdbc.sql("select id, body_id, org_id, name, type, area, basis_law, basis_article from enforcement_power where id = :id")
			.param("id", powerId)
			.query((rs, n) -> new Power(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), PowerType.valueOf(rs.getString(5)), rs.getString(6),
					rs.getString(7) + rs.getString(8)))
			.optional()
			.orElseThrow(() -> InvalidInput.onField("powerId", "enforcement.case.power-required"));
	}

	private String bodyName(UUID bodyId) {
		return jdbc.sql("select name from enforcement_body where id = :id").param("id", bodyId).query(String.class).single();
	}

	private List<Officer> team(List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			throw RuleViolation.onField("officerIds", "enforcement.rule.two-officers");
		}
		List<Officer> team = officers.loadAll(new java.util.LinkedHashSet<>(ids));
		if (team.size() != new java.util.HashSet<>(ids).size()) {
			throw InvalidInput.onField("officerIds", "enforcement.case.officer-unknown");
		}
		return team;
	}

	private static String names(List<Officer> team) {
		return team.stream().map(o -> o.name + "（" + o.certificateNo + "）").collect(Collectors.joining("、"));
	}

	private LocalDate notInFuture(LocalDate on) {
		if (on == null) {
			throw InvalidInput.onField("on", "enforcement.case.date-required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "enforcement.case.date-future");
		}
		return on;
	}

	private Instant occurred(LocalDateTime at, LocalDate notBefore) {
		if (at == null) {
			throw InvalidInput.onField("occurredAt", "enforcement.record.time-required");
		}
		Instant instant = at.atZone(clock.getZone()).toInstant();
		if (instant.isAfter(clock.instant())) {
			throw InvalidInput.onField("occurredAt", "enforcement.case.date-future");
		}
		if (at.toLocalDate().isBefore(notBefore)) {
			throw InvalidInput.onField("occurredAt", "enforcement.case.date-before", notBefore);
		}
		return instant;
	}

	private static String enteredBy() {
		return CurrentUser.get().map(CurrentUser::displayName).orElse("系统");
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}

}
