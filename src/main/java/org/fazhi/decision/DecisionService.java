package org.fazhi.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.platform.CorePermission;
import org.fazhi.attachment.AttachmentService;
import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.Texts;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.FairCompetitionReviews;
import org.fazhi.review.MeetingAfterPassedReview;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major decisions through their five procedures. The steps are {@link Decision}'s; this class loads the aggregate,
 * checks the input's fields, hands the step what it needs from the other modules (the consultation, the review, the
 * 公平竞争审查), stores and audits. The collective decision is refused, naming each missing procedure and its article,
 * until everything the law requires is there. Reads are in {@link DecisionQueries}.
 */
@Service
@Transactional
public class DecisionService {

	static final String ENTITY = "decision";

	static final String OPINION = "decision_expert_opinion";

	private final DecisionRepository decisions;

	private final DecisionQueries queries;

	private final ConsultationService consultations;

	private final ReviewService reviews;

	private final FairCompetitionReviews fairCompetition;

	private final NormativeQueries normative;

	private final AttachmentService attachments;

	private final OrgHierarchy orgs;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	DecisionService(DecisionRepository decisions, DecisionQueries queries, ConsultationService consultations,
			ReviewService reviews, FairCompetitionReviews fairCompetition, NormativeQueries normative,
			AttachmentService attachments, OrgHierarchy orgs, AuditLog audit, MessageSource messages, Clock clock) {
		this.decisions = decisions;
		this.queries = queries;
		this.consultations = consultations;
		this.reviews = reviews;
		this.fairCompetition = fairCompetition;
		this.normative = normative;
		this.attachments = attachments;
		this.orgs = orgs;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param catalogItemId the catalog item the decision carries out, if any
	 * @param basis the draft's legal basis, sent with the legality review request (第二十六条)
	 */
	public record CreateDecision(String title, Integer year, UUID leadOrgId, UUID catalogItemId, boolean marketRelated,
			String draftText, String explanation, String basis) {
	}

	/** @param reopenReview the user confirmed that changing a draft whose review passed reopens the review */
	public record ReviseDecision(String title, String draftText, String explanation, String basis,
			boolean marketRelated, boolean reopenReview) {
	}

	public record ExpertInput(String expertName, String affiliation, ExpertForm form, String opinion,
			LocalDate givenOn, boolean noConflict) {
	}

	/** @param controllable whether the report finds the risk controllable (第二十四条) */
	public record RiskInput(String points, String measures, String plans, String assessor, RiskLevel level,
			Boolean controllable, LocalDate doneOn) {
	}

	/**
	 * A collective discussion's record.
	 * @param headSpokeLast the head gave the decision after everyone else had spoken (第三十条)
	 * @param followsMajority the head's decision agrees with the majority; otherwise {@code differingReason}
	 * @param override why the meeting cannot give the reviewer the legality review's 7 working days (a leader's call)
	 */
	public record MeetingInput(String meeting, LocalDate heldOn, String attendees, String headName, String discussion,
			String dissent, Boolean headSpokeLast, Boolean followsMajority, String differingReason,
			MeetingOutcome outcome, String decisionText, String override) {
	}

	/** The report to the 同级党委, or (with {@code waiver}) why the rules require none for this decision. */
	public record PartyReportInput(LocalDate reportedOn, String reportedTo, String note, String waiver) {
	}

	// ---------------------------------------------------------------- the decision

	public UUID create(CreateDecision cmd, UUID creatorId) {
		if (cmd.year() == null) {
			throw InvalidInput.onField("year", "decision.year.required");
		}
		if (cmd.year() < 2000 || cmd.year() > 2100) {
			throw InvalidInput.onField("year", "decision.year.range");
		}
		if (cmd.leadOrgId() == null) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.required");
		}
		if (orgs.name(cmd.leadOrgId()).isEmpty()) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.unknown");
		}
		if (cmd.catalogItemId() != null && decisions.itemTaken(cmd.catalogItemId())) {
			throw RuleViolation.onField("catalogItemId", "decision.catalog-item.taken");
		}
		Decision.Content content = Decision.Content.checked(cmd.title(), cmd.draftText(), cmd.explanation(), cmd.basis(),
				cmd.marketRelated());
		Decision d = Decision.draft(Ids.newId(), cmd.leadOrgId(), orgs.unitOf(cmd.leadOrgId()), cmd.catalogItemId(),
				cmd.year(), content, creatorId, clock.instant());
		decisions.insert(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_CREATED", ENTITY, d.id)
			.summary(d.title + "（" + d.year + "）")
			.after(d.snapshot()));
		return d.id;
	}

	/**
	 * Changes the draft or its materials as its review allows: answering a review opinion sends the 修改稿 to the
	 * reviewer; changing a draft whose review passed reopens the review (and its 公平竞争审查 follows the text).
	 */
	public void revise(UUID id, ReviseDecision cmd, Long expectedVersion, LocalDate on) {
		Decision d = decisions.load(id);
		StaleWrite.check(expectedVersion, d.version, ENTITY, id);
		ReviewView review = d.reviewId == null ? null : reviews.get(d.reviewId);
		Map<String, Object> before = d.snapshot();
		boolean reopened = d.revise(Decision.Content.checked(cmd.title(), cmd.draftText(), cmd.explanation(), cmd.basis(),
				cmd.marketRelated()), review == null ? null : review.status(), cmd.reopenReview());
		decisions.save(d);
		if (review != null && review.status() == ReviewStatus.OPINION_ISSUED) {
			CurrentUser me = CurrentUser.require();
			reviews.revise(review.id(), d.title, d.draftText, d.explanation, day(on), me.displayName(), me.id());
		}
		audit.append(AuditRecord.of(d.orgId, reopened ? "DECISION_REVIEW_REOPENED" : "DECISION_REVISED", ENTITY, id)
			.summary(reopened ? text("decision.audit.reopened", d.title) : d.title)
			.before(before)
			.after(d.snapshot()));
	}

	/** Withdraws a decision not yet taken, with the reason. */
	public void abandon(UUID id, String reason) {
		Decision d = decisions.load(id);
		String why = InvalidInput.requireText(reason, "reason", "decision.abandon.reason", 500,
				"decision.abandon.reason");
		d.abandon(why);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_ABANDONED", ENTITY, id).summary(d.title + "：" + why));
	}

	// ---------------------------------------------------------------- 公众参与

	/** Publishes the draft for comment on the portal (≥ 30 days from 2019-09-01, 第十五条, unless a reason is recorded). */
	public UUID openConsultation(UUID id, LocalDate opensOn, LocalDate closesOn, String shortReason,
			String howToComment, UUID creatorId, LocalDate on) {
		Decision d = decisions.load(id);
		d.checkConsultationMayOpen(queries.states(d).get(Procedure.PUBLIC_PARTICIPATION));
		UUID consultationId = consultations.publishNew(new ConsultationService.Draft(d.orgId,
				ConsultationSubject.MAJOR_DECISION, id.toString(), consultations.titleFor(d.title),
				d.draftText, d.explanation, opensOn, closesOn, shortReason, howToComment), creatorId, day(on));
		d.consultationOpened(consultationId);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_CONSULTATION_OPENED", ENTITY, id)
			.summary(text("decision.audit.consultation", opensOn, closesOn)));
		return consultationId;
	}

	/**
	 * Records another lawful form of public participation (第十四条: 座谈会、听证会、实地走访、书面征求意见、向社会公开征求意见、
	 * 问卷调查、民意调查) with how the opinions were handled; the 30 days apply only to a public call (第十五条), and a
	 * hearing's materials are served 7 days before (第十六条).
	 */
	public UUID recordParticipation(UUID id, ChannelRecord record, String by) {
		Decision d = decisions.load(id);
		d.checkParticipationOpen(queries.states(d).get(Procedure.PUBLIC_PARTICIPATION));
		UUID channelId = consultations.recordParticipation(d.orgId, ConsultationSubject.MAJOR_DECISION, id.toString(),
				record, by);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_PARTICIPATION_RECORDED", ENTITY, id)
			.summary(text(record.kind().messageKey()) + " " + record.heldOn()));
		return channelId;
	}

	// ---------------------------------------------------------------- exemptions

	/** Marks one of the first three procedures not required, on its lawful ground with an explanation. */
	public void exempt(UUID id, Procedure procedure, ExemptionGround ground, String explanation, String by,
			LocalDate on) {
		if (procedure == null) {
			throw InvalidInput.onField("procedure", "decision.exempt.procedure");
		}
		InvalidInput.checkLength(explanation, 2000, "explanation", "decision.exempt.explanation-size");
		Decision d = decisions.load(id);
		d.exempt(procedure, new Exemption(ground, explanation == null ? null : explanation.strip(), by, day(on)),
				queries.states(d).get(procedure));
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_PROCEDURE_EXEMPTED", ENTITY, id)
			.summary(text("decision.audit.exempt", text(procedure.messageKey()), text(ground.messageKey()),
					explanation.strip())));
	}

	/** Takes back an exemption (the procedure is then required again). */
	public void revokeExemption(UUID id, Procedure procedure, String reason) {
		Decision d = decisions.load(id);
		String why = InvalidInput.requireText(reason, "reason", "decision.exempt.revoke-reason", 500,
				"decision.exempt.revoke-reason");
		d.revokeExemption(procedure);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_EXEMPTION_REVOKED", ENTITY, id)
			.summary(text(procedure.messageKey()) + "：" + why));
	}

	// ---------------------------------------------------------------- 专家论证

	/** Records an expert's opinion; an expert with a direct interest in the matter may not take part. */
	public UUID addExpertOpinion(UUID id, ExpertInput input, String by) {
		String name = InvalidInput.requireText(input.expertName(), "expertName", "decision.expert.name", 100,
				"decision.expert.name-size");
		String affiliation = InvalidInput.requireText(input.affiliation(), "affiliation", "decision.expert.affiliation",
				200, "decision.expert.affiliation-size");
		if (input.form() == null) {
			throw InvalidInput.onField("form", "decision.expert.form-required");
		}
		String opinion = InvalidInput.requireText(input.opinion(), "opinion", "decision.expert.opinion", 50_000,
				"decision.expert.opinion-size");
		Decision d = decisions.load(id);
		ExpertOpinion e = new ExpertOpinion(Ids.newId(), name, affiliation, input.form(), opinion,
				past(input.givenOn(), "givenOn", "decision.expert.date"), input.noConflict(), null, by);
		d.addExpert(e);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_EXPERT_OPINION_RECORDED", ENTITY, id)
			.summary(text("decision.audit.expert", name, affiliation, input.givenOn())));
		return e.id();
	}

	/** Keeps the signed and sealed copy of a written opinion (第十九条第二款: 提供书面论证意见的，应当署名、盖章). */
	public UUID attachSignedOpinion(UUID opinionId, String fileName, byte[] content, String by) {
		Decision d = decisions.load(queries.decisionOfOpinion(opinionId));
		d.expert(opinionId);
		UUID fileId = attachments.store(d.orgId, OPINION, opinionId.toString(), text("decision.expert.signed-file"),
				fileName, content, by);
		d.signedOpinionAttached(opinionId, fileId);
		decisions.save(d);
		return fileId;
	}

	/**
	 * Closes the argumentation with how the opinions were handled (第二十九条: 专家论证意见的研究采纳情况). Every written
	 * opinion must be signed and its expert free of conflicting interest.
	 */
	public void completeArgumentation(UUID id, String handling, LocalDate on) {
		String how = InvalidInput.requireText(handling, "handling", "decision.experts.handling", 20_000,
				"decision.experts.handling-size");
		Decision d = decisions.load(id);
		d.completeArgumentation(how, day(on));
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_ARGUMENTATION_COMPLETED", ENTITY, id)
			.summary(text("decision.audit.argumentation", d.experts.size())));
	}

	// ---------------------------------------------------------------- 风险评估

	/** Records the 风险评估报告: its risk points, measures and plans, the level, who assessed, and if it is controllable. */
	public void recordRiskAssessment(UUID id, RiskInput input) {
		String points = InvalidInput.requireText(input.points(), "points", "decision.risk.points", 20_000,
				"decision.risk.size");
		String measures = InvalidInput.requireText(input.measures(), "measures", "decision.risk.measures", 20_000,
				"decision.risk.size");
		String plans = InvalidInput.requireText(input.plans(), "plans", "decision.risk.plans", 20_000,
				"decision.risk.size");
		String assessor = InvalidInput.requireText(input.assessor(), "assessor", "decision.risk.assessor", 200,
				"decision.risk.assessor-size");
		if (input.level() == null) {
			throw InvalidInput.onField("level", "decision.risk.level");
		}
		if (input.controllable() == null) {
			throw InvalidInput.onField("controllable", "decision.risk.controllable-required");
		}
		Decision d = decisions.load(id);
		d.assessRisk(new Risk(points, measures, plans, assessor, input.level(), input.controllable(),
				past(input.doneOn(), "doneOn", "decision.risk.date")));
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_RISK_ASSESSED", ENTITY, id)
			.summary(text("decision.audit.risk", assessor, text(input.level().messageKey()),
					text(input.controllable() ? "decision.risk.controllable" : "decision.risk.uncontrollable"))));
	}

	// ---------------------------------------------------------------- 公平竞争审查

	/** 公平竞争审查 of the draft as it stands, in the record shared with normative documents. */
	public void recordFairCompetition(UUID id, FairCompetition conclusion, String note, LocalDate on,
			String reviewer) {
		Decision d = decisions.load(id);
		if (!d.marketRelated) {
			throw RuleViolation.of("decision.fair-competition.not-market");
		}
		if (d.status != DecisionStatus.DRAFTING) {
			throw RuleViolation.of("decision.not-drafting",
					new org.springframework.context.support.DefaultMessageSourceResolvable(d.status.messageKey()));
		}
		fairCompetition.record(d.orgId, ReviewSubject.MAJOR_DECISION, id.toString(), d.textFingerprint(), conclusion,
				note, on, reviewer);
		decisions.save(d);
	}

	// ---------------------------------------------------------------- 合法性审查

	/**
	 * Sends the draft for legality review (第二十六条: the draft, its legal basis and how the procedures were carried
	 * out), with the review's floor of 7 working days from 2019-09-01.
	 */
	public ReviewView submitForReview(UUID id, LocalDate on, UUID requesterId) {
		Decision d = decisions.load(id);
		ReviewView current = d.reviewId == null ? null : reviews.get(d.reviewId);
		d.checkReviewRequest(current == null ? null : current.status());
		UUID reviewId = reviews.submit(new SubmitReview(d.orgId, ReviewSubject.MAJOR_DECISION, id.toString(), d.title,
				d.draftText, d.explanation, d.basis, proceduresSoFar(d), requesterId, d.createdBy, day(on), null));
		d.submittedForReview(reviewId);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_SUBMITTED_FOR_REVIEW", ENTITY, id).summary(d.title));
		return reviews.get(reviewId);
	}

	/** After the reviewer returned the request for completion (第二十六条), sends it back with the completed materials. */
	public void resubmitForReview(UUID id, LocalDate on) {
		Decision d = decisions.load(id);
		if (d.reviewId == null || reviews.get(d.reviewId).status() != ReviewStatus.RETURNED) {
			throw RuleViolation.of("decision.review.not-returned");
		}
		if (d.basis == null || d.basis.isBlank()) {
			throw RuleViolation.of("decision.review.basis-required");
		}
		reviews.resubmit(d.reviewId, d.basis, proceduresSoFar(d), day(on));
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_RESUBMITTED_FOR_REVIEW", ENTITY, id).summary(d.title));
	}

	/** The review passed: the text that passed is the draft from now on (heard in the review's transaction). */
	void reviewPassed(UUID id, UUID reviewId, String title, String text) {
		decisions.find(id).ifPresent(d -> {
			d.reviewPassed(reviewId, title, text);
			decisions.save(d);
			audit.append(AuditRecord.of(d.orgId, "DECISION_REVIEW_PASSED", ENTITY, id)
				.summary(d.title)
				.by(AuditActor.SYSTEM));
		});
	}

	// ---------------------------------------------------------------- 集体讨论决定

	/**
	 * Records a collective discussion. Refused — naming each missing procedure with its article — unless every
	 * procedure the law requires is done or lawfully dispensed with, the risk is controllable, the legality review
	 * passed on the present draft and, for a decision concerning market entities, the 公平竞争审查 of the present text
	 * is there and not negative.
	 */
	public UUID recordCollectiveDecision(UUID id, MeetingInput input, String by) {
		Decision d = decisions.load(id);
		DecisionQueries.Judged judged = queries.judge(d);
		if (!judged.missing().isEmpty()) {
			throw RuleViolation.of("decision.gate.refused", String.join("；", judged.missing()));
		}
		String meeting = InvalidInput.requireText(input.meeting(), "meeting", "decision.meeting.name", 200,
				"decision.meeting.name-size");
		LocalDate heldOn = past(input.heldOn(), "heldOn", "decision.meeting.date");
		CalendarService.checkCovered(heldOn, "heldOn");
		InvalidInput.checkLength(input.override(), 500, "override", "decision.meeting.override-size");
		MeetingAfterPassedReview.check(judged.evidence().review(), heldOn, "heldOn", input.override(),
				CurrentUser.get().map(u -> u.can(CorePermission.LEADER_APPROVE)).orElse(false));
		String attendees = InvalidInput.requireText(input.attendees(), "attendees", "decision.meeting.attendees", 2000,
				"decision.meeting.attendees-size");
		String head = InvalidInput.requireText(input.headName(), "headName", "decision.meeting.head", 100,
				"decision.meeting.head-size");
		String discussion = InvalidInput.requireText(input.discussion(), "discussion", "decision.meeting.discussion",
				50_000, "decision.meeting.discussion-size");
		String dissent = InvalidInput.requireText(input.dissent(), "dissent", "decision.meeting.dissent", 4000,
				"decision.meeting.dissent-size");
		if (input.outcome() == null) {
			throw InvalidInput.onField("outcome", "decision.meeting.outcome");
		}
		InvalidInput.checkLength(input.differingReason(), 2000, "differingReason", "decision.meeting.reason-size");
		InvalidInput.checkLength(input.decisionText(), 50_000, "decisionText", "decision.meeting.text-size");
		Meeting m = new Meeting(Ids.newId(), meeting, heldOn, attendees, head, discussion, dissent,
				Boolean.TRUE.equals(input.headSpokeLast()), !Boolean.FALSE.equals(input.followsMajority()),
				Texts.blankToNull(input.differingReason()), input.outcome(), Texts.blankToNull(input.decisionText()),
				Texts.blankToNull(input.override()), by, clock.instant());
		d.recordMeeting(m);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_COLLECTIVE_DISCUSSION", ENTITY, id)
			.summary(text("decision.audit.meeting", meeting, heldOn, text(input.outcome().messageKey())))
			.after(Map.of("meeting", meeting, "heldOn", heldOn, "outcome", input.outcome(), "dissent", dissent)));
		return m.id();
	}

	// ---------------------------------------------------------------- after the decision

	/** 向同级党委请示报告 before the decision is issued (第三十一条), or why none is required. */
	public void recordPartyReport(UUID id, PartyReportInput input, String by) {
		String waiver = Texts.blankToNull(input.waiver());
		InvalidInput.checkLength(waiver, 1000, "waiver", "decision.party-report.waiver-size");
		PartyReport report;
		if (waiver != null) {
			report = new PartyReport(null, null, null, waiver, by);
		}
		else {
			String to = InvalidInput.requireText(input.reportedTo(), "reportedTo", "decision.party-report.to", 200,
					"decision.party-report.to-size");
			InvalidInput.checkLength(input.note(), 1000, "note", "decision.party-report.note-size");
			report = new PartyReport(past(input.reportedOn(), "reportedOn", "decision.party-report.date"), to,
					Texts.blankToNull(input.note()), null, by);
		}
		Decision d = decisions.load(id);
		d.recordPartyReport(report);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_PARTY_REPORTED", ENTITY, id)
			.summary(waiver != null ? text("decision.audit.party-waived", waiver)
					: text("decision.audit.party-reported", report.reportedTo(), report.reportedOn())));
	}

	/** 决策公布 (第三十二条): through the channels named, with the explanation of how comments were adopted. */
	public void publish(UUID id, LocalDate on, String channels, String publicText) {
		String ch = InvalidInput.requireText(channels, "channels", "decision.publish.channels", 500,
				"decision.publish.channels-size");
		String body = InvalidInput.requireText(publicText, "publicText", "decision.publish.text", 200_000,
				"decision.publish.text-size");
		if (on == null) {
			throw InvalidInput.onField("publishedOn", "decision.date.required");
		}
		Decision d = decisions.load(id);
		d.publish(on, ch, body);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_PUBLISHED", ENTITY, id).summary(d.title + "：" + ch));
	}

	/**
	 * Links a decision that is in substance a 行政规范性文件 to its entry in the normative register, so that its filing
	 * and cleanup follow the register's rules.
	 */
	public void registerAsNormative(UUID id, UUID documentId) {
		if (documentId == null) {
			throw InvalidInput.onField("documentId", "decision.normative.required");
		}
		Decision d = decisions.load(id);
		var link = normative.links(List.of(documentId)).get(documentId);
		if (link == null) {
			throw InvalidInput.onField("documentId", "decision.normative.unknown");
		}
		d.registeredAsNormative(documentId);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_REGISTERED_AS_NORMATIVE", ENTITY, id)
			.summary(text("decision.audit.normative", link.title(),
					link.documentNumber() == null ? "" : link.documentNumber())));
	}

	/** 决策执行情况: the implementing unit reports (第三十四条). */
	public UUID addReport(UUID id, LocalDate reportedOn, String reportingOrg, String content, String by) {
		String org = InvalidInput.requireText(reportingOrg, "reportingOrg", "decision.report.org", 200,
				"decision.report.org-size");
		String body = InvalidInput.requireText(content, "content", "decision.report.content", 50_000,
				"decision.report.content-size");
		Decision d = decisions.load(id);
		Report r = new Report(Ids.newId(), past(reportedOn, "reportedOn", "decision.report.date"), org, body, by);
		d.addReport(r);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_REPORT_RECORDED", ENTITY, id)
			.summary(text("decision.audit.report", org, reportedOn)));
		return r.id();
	}

	/**
	 * Starts a 决策后评估 (第三十六条) for its trigger. The evaluator may not be whoever assessed the risks before the
	 * decision.
	 */
	public UUID startEvaluation(UUID id, EvaluationTrigger trigger, String triggerNote, String evaluator,
			LocalDate startedOn, String by) {
		if (trigger == null) {
			throw InvalidInput.onField("trigger", "decision.evaluation.trigger");
		}
		String note = InvalidInput.requireText(triggerNote, "triggerNote", "decision.evaluation.note", 2000,
				"decision.evaluation.note-size");
		String who = InvalidInput.requireText(evaluator, "evaluator", "decision.evaluation.evaluator", 200,
				"decision.evaluation.evaluator-size");
		Decision d = decisions.load(id);
		Evaluation e = new Evaluation(Ids.newId(), trigger, note, who,
				past(startedOn, "startedOn", "decision.evaluation.date"), null, null, by);
		d.startEvaluation(e);
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_EVALUATION_STARTED", ENTITY, id)
			.summary(text("decision.audit.evaluation", text(trigger.messageKey()), who)));
		return e.id();
	}

	public void completeEvaluation(UUID id, UUID evaluationId, String conclusion, LocalDate completedOn) {
		String text = InvalidInput.requireText(conclusion, "conclusion", "decision.evaluation.conclusion", 50_000,
				"decision.evaluation.conclusion-size");
		Decision d = decisions.load(id);
		d.completeEvaluation(evaluationId, text, past(completedOn, "completedOn", "decision.evaluation.completed-date"));
		decisions.save(d);
		audit.append(AuditRecord.of(d.orgId, "DECISION_EVALUATION_COMPLETED", ENTITY, id)
			.summary(Texts.excerpt(text, 60)));
	}

	/** A day an action is recorded for: given, and not in the future. */
	private LocalDate day(LocalDate on) {
		if (on == null) {
			throw InvalidInput.of("decision.date.required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("decision.date.future");
		}
		return on;
	}

	/** A date entered in a field: required, and not in the future. */
	private LocalDate past(LocalDate on, String field, String requiredCode) {
		if (on == null) {
			throw InvalidInput.onField(field, requiredCode);
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField(field, "decision.date.future");
		}
		return on;
	}

	/** 第二十六条: how the procedures were carried out, as the review request states it. */
	private String proceduresSoFar(Decision d) {
		DecisionQueries.Judged judged = queries.judge(d);
		StringBuilder s = new StringBuilder();
		for (Procedure p : List.of(Procedure.PUBLIC_PARTICIPATION, Procedure.EXPERT_ARGUMENTATION,
				Procedure.RISK_ASSESSMENT)) {
			if (!s.isEmpty()) {
				s.append('\n');
			}
			s.append(text(p.messageKey())).append("：").append(text(judged.states().get(p).messageKey()));
			Exemption ex = d.exemptions.get(p);
			if (ex != null) {
				s.append("（").append(text(ex.ground().messageKey())).append("：").append(ex.explanation()).append("）");
			}
		}
		judged.evidence().channels().forEach(ch -> s.append('\n')
			.append(text("decision.review.channel-line", text(ch.kind().messageKey()), ch.heldOn(), ch.participants())));
		if (judged.evidence().consultation() != null && judged.evidence().consultation().summaryText() != null) {
			s.append('\n').append(judged.evidence().consultation().summaryText());
		}
		if (d.risk != null) {
			s.append('\n').append(text("decision.review.risk-line", d.risk.assessor(), text(d.risk.level().messageKey()),
					text(d.risk.controllable() ? "decision.risk.controllable" : "decision.risk.uncontrollable")));
		}
		return s.toString();
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
