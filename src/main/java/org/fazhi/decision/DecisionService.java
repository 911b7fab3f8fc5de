package org.fazhi.decision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.decision.DecisionView.Evaluation;
import org.fazhi.decision.DecisionView.Exemption;
import org.fazhi.decision.DecisionView.ExpertOpinion;
import org.fazhi.decision.DecisionView.FairCompetitionReview;
import org.fazhi.decision.DecisionView.Meeting;
import org.fazhi.decision.DecisionView.ProcedureView;
import org.fazhi.decision.DecisionView.Report;
import org.fazhi.decision.DecisionView.Risk;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.Permission;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.fazhi.review.ReviewerIsOwedMinimumTime;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major decisions through their five procedures. Each procedure is a step with its evidence; the first three may be
 * dispensed with only on a lawful ground; the collective decision is refused, naming each missing procedure and its
 * article, until everything the law requires is there.
 */
@Service
@Transactional
public class DecisionService {

	static final String ENTITY = "decision";

	static final String OPINION = "decision_expert_opinion";

	private final JdbcClient jdbc;

	private final ConsultationService consultations;

	private final ReviewService reviews;

	private final AttachmentService attachments;

	private final OrganizationService orgs;

	private final AuditLog audit;

	private final MessageSource messages;

	private final CalendarService calendar;

	private final DeadlineRules rules;

	private final Clock clock;

	DecisionService(JdbcClient jdbc, ConsultationService consultations, ReviewService reviews,
			AttachmentService attachments, OrganizationService orgs, AuditLog audit, MessageSource messages,
			CalendarService calendar, DeadlineRules rules, Clock clock) {
		this.calendar = calendar;
		this.rules = rules;
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.reviews = reviews;
		this.attachments = attachments;
		this.orgs = orgs;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** @param catalogItemId the catalog item the decision carries out, if any */
	public record CreateDecision(String title, Integer year, UUID leadOrgId, UUID catalogItemId, boolean marketRelated,
			String draftText, String explanation) {
	}

	public record ExpertInput(String expertName, String affiliation, String opinion, LocalDate givenOn,
			boolean noConflict) {
	}

	public record RiskInput(String points, String measures, String plans, String assessor, String level) {
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

	/** Filters of the register; {@code null} or blank means any. */
	public record Filter(Integer year, DecisionStatus status, String keyword) {

		public static Filter all() {
			return new Filter(null, null, null);
		}
	}

	// ---------------------------------------------------------------- the decision

	public UUID create(CreateDecision cmd, UUID creatorId) {
		String title = required(cmd.title(), "title", "decision.title.required", 300, "decision.title.size");
		if (cmd.year() == null) {
			throw InvalidInput.onField("year", "decision.year.required");
		}
		if (cmd.year() < 2000 || cmd.year() > 2100) {
			throw InvalidInput.onField("year", "decision.year.range");
		}
		if (cmd.leadOrgId() == null) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.required");
		}
		OrgView unit;
		try {
			unit = orgs.unitOf(cmd.leadOrgId());
		}
		catch (NotFoundException e) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.unknown");
		}
		if (cmd.catalogItemId() != null) {
			Integer taken = jdbc.sql("select count(*) from decision where catalog_item_id = :i and status <> 'ABANDONED'")
				.param("i", cmd.catalogItemId())
				.query(Integer.class)
				.single();
			if (taken > 0) {
				throw RuleViolation.onField("catalogItemId", "decision.catalog-item.taken");
			}
		}
		limit(cmd.draftText(), 200_000, "draftText", "decision.draft.size");
		limit(cmd.explanation(), 50_000, "explanation", "decision.explanation.size");
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into decision (id, org_id, unit_id, catalog_item_id, title, year_num, draft_text, explanation,
				  market_related, status, created_by, created_at, version)
				values (:id, :org, :unit, :item, :title, :year, :text, :explanation, :market, 'DRAFTING', :by, :at, 0)""")
			.param("id", id)
			.param("org", cmd.leadOrgId())
			.param("unit", unit.id())
			.param("item", cmd.catalogItemId())
			.param("title", title)
			.param("year", cmd.year())
			.param("text", blankToNull(cmd.draftText()))
			.param("explanation", blankToNull(cmd.explanation()))
			.param("market", cmd.marketRelated())
			.param("by", creatorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(cmd.leadOrgId(), "DECISION_CREATED", ENTITY, id)
			.summary(title + "（" + cmd.year() + "）")
			.after(Map.of("title", title, "year", cmd.year(), "marketRelated", cmd.marketRelated())));
		return id;
	}

	/** Changes the draft while the procedures run. */
	public void revise(UUID id, String title, String draftText, String explanation, boolean marketRelated) {
		DecisionView d = drafting(id);
		String t = required(title, "title", "decision.title.required", 300, "decision.title.size");
		limit(draftText, 200_000, "draftText", "decision.draft.size");
		limit(explanation, 50_000, "explanation", "decision.explanation.size");
		Map<String, Object> values = new HashMap<>();
		values.put("title", t);
		values.put("text", blankToNull(draftText));
		values.put("explanation", blankToNull(explanation));
		values.put("market", marketRelated);
		update(id, "title = :title, draft_text = :text, explanation = :explanation, market_related = :market", values);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_REVISED", ENTITY, id)
			.summary(t)
			.before(Map.of("title", d.title(), "marketRelated", d.marketRelated()))
			.after(Map.of("title", t, "marketRelated", marketRelated)));
	}

	/** Withdraws a decision not yet taken, with the reason. */
	public void abandon(UUID id, String reason) {
		DecisionView d = drafting(id);
		String why = required(reason, "reason", "decision.abandon.reason", 500, "decision.abandon.reason");
		update(id, "status = 'ABANDONED', end_reason = :r", Map.of("r", why));
		audit.append(AuditRecord.of(d.orgId(), "DECISION_ABANDONED", ENTITY, id).summary(d.title() + "：" + why));
	}

	// ---------------------------------------------------------------- 公众参与

	/** Publishes the draft for comment on the portal (≥ 30 days, 第十五条, unless a reason is recorded). */
	public UUID openConsultation(UUID id, LocalDate opensOn, LocalDate closesOn, String shortReason,
			String howToComment, UUID creatorId, LocalDate on) {
		DecisionView d = drafting(id);
		if (d.procedure(Procedure.PUBLIC_PARTICIPATION).state() == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.consultation.exempt");
		}
		if (d.consultation() != null) {
			throw RuleViolation.of("decision.consultation.exists");
		}
		if (d.draftText() == null) {
			throw RuleViolation.of("decision.draft.required");
		}
		UUID consultationId = consultations.publishNew(new ConsultationService.Draft(d.orgId(),
				ConsultationSubject.MAJOR_DECISION, id.toString(), text("decision.consultation.title", d.title()),
				d.draftText(), d.explanation(), opensOn, closesOn, shortReason, howToComment), creatorId, day(on));
		update(id, "consultation_id = :c", Map.of("c", consultationId));
		audit.append(AuditRecord.of(d.orgId(), "DECISION_CONSULTATION_OPENED", ENTITY, id)
			.summary(text("decision.audit.consultation", opensOn, closesOn)));
		return consultationId;
	}

	// ---------------------------------------------------------------- exemptions

	/** Marks one of the first three procedures not required, on its lawful ground with an explanation. */
	public void exempt(UUID id, Procedure procedure, ExemptionGround ground, String explanation, String by,
			LocalDate on) {
		DecisionView d = drafting(id);
		if (procedure == null) {
			throw InvalidInput.onField("procedure", "decision.exempt.procedure");
		}
		Policies.ExemptionOnlyOnALawfulGround.check(procedure, ground, explanation);
		if (explanation.strip().length() > 2000) {
			throw InvalidInput.onField("explanation", "decision.exempt.explanation-size");
		}
		ProcedureState state = d.procedure(procedure).state();
		if (state == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.exempt.already");
		}
		if (state != ProcedureState.PENDING) {
			throw RuleViolation.of("decision.exempt.started");
		}
		jdbc.sql("""
				insert into decision_exemption (decision_id, procedure, ground, explanation, recorded_by, recorded_on)
				values (:d, :p, :g, :e, :by, :on)""")
			.param("d", id)
			.param("p", procedure.name())
			.param("g", ground.name())
			.param("e", explanation.strip())
			.param("by", by)
			.param("on", Date.valueOf(day(on)))
			.update();
		touch(id);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_PROCEDURE_EXEMPTED", ENTITY, id)
			.summary(text("decision.audit.exempt", text(procedure.messageKey()), text(ground.messageKey()),
					explanation.strip())));
	}

	/** Takes back an exemption (the procedure is then required again). */
	public void revokeExemption(UUID id, Procedure procedure, String reason) {
		DecisionView d = drafting(id);
		if (procedure == null || d.procedure(procedure).state() != ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.exempt.none");
		}
		String why = required(reason, "reason", "decision.exempt.revoke-reason", 500, "decision.exempt.revoke-reason");
		jdbc.sql("delete from decision_exemption where decision_id = :d and procedure = :p")
			.param("d", id)
			.param("p", procedure.name())
			.update();
		touch(id);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_EXEMPTION_REVOKED", ENTITY, id)
			.summary(text(procedure.messageKey()) + "：" + why));
	}

	// ---------------------------------------------------------------- 专家论证

	/** Records an expert's written opinion; an expert with a direct interest in the matter may not take part. */
	public UUID addExpertOpinion(UUID id, ExpertInput input, String by) {
		DecisionView d = drafting(id);
		if (d.procedure(Procedure.EXPERT_ARGUMENTATION).state() == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.experts.exempt");
		}
		if (d.argumentationDoneOn() != null) {
			throw RuleViolation.of("decision.experts.done");
		}
		String name = required(input.expertName(), "expertName", "decision.expert.name", 100, "decision.expert.name-size");
		String affiliation = required(input.affiliation(), "affiliation", "decision.expert.affiliation", 200,
				"decision.expert.affiliation-size");
		String opinion = required(input.opinion(), "opinion", "decision.expert.opinion", 50_000,
				"decision.expert.opinion-size");
		if (input.givenOn() == null) {
			throw InvalidInput.onField("givenOn", "decision.expert.date");
		}
		if (input.givenOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("givenOn", "decision.date.future");
		}
		if (!input.noConflict()) {
			throw RuleViolation.onField("noConflict", "decision.rule.expert-conflict");
		}
		UUID opinionId = Ids.newId();
		jdbc.sql("""
				insert into decision_expert_opinion (id, decision_id, expert_name, affiliation, opinion, given_on,
				  no_conflict, recorded_by)
				values (:id, :d, :name, :aff, :opinion, :on, true, :by)""")
			.param("id", opinionId)
			.param("d", id)
			.param("name", name)
			.param("aff", affiliation)
			.param("opinion", opinion)
			.param("on", Date.valueOf(input.givenOn()))
			.param("by", by)
			.update();
		touch(id);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_EXPERT_OPINION_RECORDED", ENTITY, id)
			.summary(text("decision.audit.expert", name, affiliation, input.givenOn())));
		return opinionId;
	}

	/** Keeps the signed and sealed copy of an expert's opinion (第二十条: 提供书面论证意见的，应当署名、盖章). */
	public UUID attachSignedOpinion(UUID opinionId, String fileName, byte[] content, String by) {
		UUID decisionId = jdbc.sql("select decision_id from decision_expert_opinion where id = :id")
			.param("id", opinionId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(OPINION, opinionId));
		DecisionView d = drafting(decisionId);
		UUID fileId = attachments.store(d.orgId(), OPINION, opinionId.toString(), text("decision.expert.signed-file"),
				fileName, content, by);
		jdbc.sql("update decision_expert_opinion set signed_file_id = :f where id = :id")
			.param("f", fileId)
			.param("id", opinionId)
			.update();
		touch(decisionId);
		return fileId;
	}

	/**
	 * Closes the argumentation with how the opinions were handled (第二十九条: 专家论证意见的研究采纳情况). Every opinion must
	 * be signed and its expert free of conflicting interest.
	 */
	public void completeArgumentation(UUID id, String handling, LocalDate on) {
		DecisionView d = drafting(id);
		if (d.argumentationDoneOn() != null) {
			throw RuleViolation.of("decision.experts.done");
		}
		if (d.experts().isEmpty()) {
			throw RuleViolation.of("decision.rule.experts-none");
		}
		List<String> unsigned = d.experts().stream().filter(e -> !e.signed()).map(ExpertOpinion::expertName).toList();
		if (!unsigned.isEmpty()) {
			throw RuleViolation.of("decision.rule.experts-unsigned", String.join("、", unsigned));
		}
		String how = required(handling, "handling", "decision.experts.handling", 20_000,
				"decision.experts.handling-size");
		update(id, "argumentation_handling = :h, argumentation_done_on = :on",
				Map.of("h", how, "on", Date.valueOf(day(on))));
		audit.append(AuditRecord.of(d.orgId(), "DECISION_ARGUMENTATION_COMPLETED", ENTITY, id)
			.summary(text("decision.audit.argumentation", d.experts().size())));
	}

	// ---------------------------------------------------------------- 风险评估

	/** Records the 风险评估报告: its risk points, measures and plans, and who assessed. */
	public void recordRiskAssessment(UUID id, RiskInput input, LocalDate on) {
		DecisionView d = drafting(id);
		if (d.procedure(Procedure.RISK_ASSESSMENT).state() == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.risk.exempt");
		}
		String points = required(input.points(), "points", "decision.risk.points", 20_000, "decision.risk.size");
		String measures = required(input.measures(), "measures", "decision.risk.measures", 20_000, "decision.risk.size");
		String plans = required(input.plans(), "plans", "decision.risk.plans", 20_000, "decision.risk.size");
		String assessor = required(input.assessor(), "assessor", "decision.risk.assessor", 200,
				"decision.risk.assessor-size");
		String level = required(input.level(), "level", "decision.risk.level", 20, "decision.risk.level-size");
		Map<String, Object> values = new HashMap<>();
		values.put("p", points);
		values.put("m", measures);
		values.put("pl", plans);
		values.put("a", assessor);
		values.put("l", level);
		values.put("on", Date.valueOf(day(on)));
		update(id, "risk_points = :p, risk_measures = :m, risk_plans = :pl, risk_assessor = :a, risk_level = :l, risk_done_on = :on",
				values);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_RISK_ASSESSED", ENTITY, id)
			.summary(text("decision.audit.risk", assessor, level)));
	}

	// ---------------------------------------------------------------- 公平竞争审查

	public void recordFairCompetition(UUID id, FairCompetition conclusion, String note, LocalDate on) {
		DecisionView d = drafting(id);
		if (!d.marketRelated()) {
			throw RuleViolation.of("decision.fair-competition.not-market");
		}
		if (conclusion == null) {
			throw InvalidInput.onField("conclusion", "decision.fair-competition.required");
		}
		String why = blankToNull(note);
		if (conclusion != FairCompetition.PASSES && why == null) {
			throw InvalidInput.onField("note", "decision.fair-competition.note");
		}
		limit(why, 2000, "note", "decision.fair-competition.note-size");
		Map<String, Object> values = new HashMap<>();
		values.put("c", conclusion.name());
		values.put("n", why);
		values.put("on", Date.valueOf(day(on)));
		update(id, "fair_competition = :c, fair_competition_note = :n, fair_competition_on = :on", values);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_FAIR_COMPETITION_RECORDED", ENTITY, id)
			.summary(text(conclusion.messageKey()) + (why == null ? "" : "：" + why)));
	}

	// ---------------------------------------------------------------- 合法性审查

	/**
	 * Sends the draft for legality review (第二十六条: the draft, its legal basis and how the procedures were carried
	 * out), with the review's clock of at least 7 working days.
	 */
	public ReviewView submitForReview(UUID id, LocalDate on, UUID requesterId) {
		DecisionView d = drafting(id);
		if (d.draftText() == null) {
			throw RuleViolation.of("decision.draft.required");
		}
		if (d.review() != null && d.review().status() != ReviewStatus.UNLAWFUL) {
			throw RuleViolation.of("decision.review.exists");
		}
		UUID reviewId = reviews.submit(new SubmitReview(d.orgId(), ReviewSubject.MAJOR_DECISION, id.toString(), d.title(),
				d.draftText(), d.explanation(), null, proceduresSoFar(d), requesterId, d.createdBy(), on, null));
		update(id, "review_id = :r", Map.of("r", reviewId));
		audit.append(AuditRecord.of(d.orgId(), "DECISION_SUBMITTED_FOR_REVIEW", ENTITY, id).summary(d.title()));
		return reviews.get(reviewId);
	}

	// ---------------------------------------------------------------- 集体讨论决定

	/**
	 * Records a collective discussion. Refused — naming each missing procedure with its article — unless every
	 * procedure the law requires is done or lawfully dispensed with, the legality review passed and, for a decision
	 * concerning market entities, the 公平竞争审查 conclusion is there.
	 */
	public UUID recordCollectiveDecision(UUID id, MeetingInput input, String by) {
		DecisionView d = drafting(id);
		List<Policies.Missing> missing = Policies.CollectiveDecisionGate.missing(d);
		if (!missing.isEmpty()) {
			String list = missing.stream()
				.map(m -> text(m.code(), m.args()))
				.collect(Collectors.joining("；"));
			throw RuleViolation.of("decision.gate.refused", list);
		}
		String meeting = required(input.meeting(), "meeting", "decision.meeting.name", 200, "decision.meeting.name-size");
		if (input.heldOn() == null) {
			throw InvalidInput.onField("heldOn", "decision.meeting.date");
		}
		if (input.heldOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("heldOn", "decision.date.future");
		}
		CalendarService.checkCovered(input.heldOn(), "heldOn");
		ReviewerIsOwedMinimumTime.check(d.review(), input.heldOn(), input.override(),
				CurrentUser.get().map(u -> u.can(Permission.LEADER_APPROVE)).orElse(false));
		if (input.heldOn().isBefore(d.review().passedOn())) {
			throw RuleViolation.onField("heldOn", "decision.rule.meeting-before-review-passed", d.review().passedOn());
		}
		limit(input.override(), 500, "override", "decision.meeting.override-size");
		String attendees = required(input.attendees(), "attendees", "decision.meeting.attendees", 2000,
				"decision.meeting.attendees-size");
		String head = required(input.headName(), "headName", "decision.meeting.head", 100, "decision.meeting.head-size");
		String discussion = required(input.discussion(), "discussion", "decision.meeting.discussion", 50_000,
				"decision.meeting.discussion-size");
		String dissent = required(input.dissent(), "dissent", "decision.meeting.dissent", 4000,
				"decision.meeting.dissent-size");
		if (input.outcome() == null) {
			throw InvalidInput.onField("outcome", "decision.meeting.outcome");
		}
		Policies.HeadDecidesLast.check(Boolean.TRUE.equals(input.headSpokeLast()),
				!Boolean.FALSE.equals(input.followsMajority()), input.differingReason());
		limit(input.differingReason(), 2000, "differingReason", "decision.meeting.reason-size");
		limit(input.decisionText(), 50_000, "decisionText", "decision.meeting.text-size");
		UUID meetingId = Ids.newId();
		jdbc.sql("""
				insert into decision_meeting (id, decision_id, meeting, held_on, attendees, head_name, discussion, dissent,
				  head_spoke_last, follows_majority, differing_reason, outcome, decision_text, override_reason,
				  recorded_by, recorded_at)
				values (:id, :d, :meeting, :on, :attendees, :head, :discussion, :dissent, true, :majority, :reason,
				  :outcome, :text, :override, :by, :at)""")
			.param("id", meetingId)
			.param("d", id)
			.param("meeting", meeting)
			.param("on", Date.valueOf(input.heldOn()))
			.param("attendees", attendees)
			.param("head", head)
			.param("discussion", discussion)
			.param("dissent", dissent)
			.param("majority", !Boolean.FALSE.equals(input.followsMajority()))
			.param("reason", blankToNull(input.differingReason()))
			.param("outcome", input.outcome().name())
			.param("text", blankToNull(input.decisionText()))
			.param("override", blankToNull(input.override()))
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (input.outcome().approves()) {
			update(id, "status = 'DECIDED', decided_on = :on", Map.of("on", Date.valueOf(input.heldOn())));
		}
		else if (input.outcome() == MeetingOutcome.NOT_APPROVED) {
			update(id, "status = 'NOT_ADOPTED', decided_on = :on", Map.of("on", Date.valueOf(input.heldOn())));
		}
		else {
			touch(id);
		}
		audit.append(AuditRecord.of(d.orgId(), "DECISION_COLLECTIVE_DISCUSSION", ENTITY, id)
			.summary(text("decision.audit.meeting", meeting, input.heldOn(), text(input.outcome().messageKey())))
			.after(Map.of("meeting", meeting, "heldOn", input.heldOn(), "outcome", input.outcome(), "dissent", dissent)));
		return meetingId;
	}

	/** What the gate would refuse today, in words (empty when the decision may go to the collective discussion). */
	@Transactional(readOnly = true)
	public List<String> missingForDecision(UUID id) {
		return Policies.CollectiveDecisionGate.missing(get(id)).stream().map(m -> text(m.code(), m.args())).toList();
	}

	// ---------------------------------------------------------------- after the decision

	/** 决策公布 (第三十二条): through the channels named, with the explanation of how comments were adopted. */
	public void publish(UUID id, LocalDate on, String channels, String publicText) {
		DecisionView d = get(id);
		if (d.status() != DecisionStatus.DECIDED) {
			throw RuleViolation.of("decision.publish.not-decided");
		}
		String ch = required(channels, "channels", "decision.publish.channels", 500, "decision.publish.channels-size");
		String body = required(publicText, "publicText", "decision.publish.text", 200_000, "decision.publish.text-size");
		if (on == null || on.isBefore(d.decidedOn())) {
			throw RuleViolation.onField("publishedOn", "decision.publish.before-decision", d.decidedOn());
		}
		update(id, "status = 'PUBLISHED', published_on = :on, publication_channels = :ch, public_text = :t",
				Map.of("on", Date.valueOf(on), "ch", ch, "t", body));
		audit.append(AuditRecord.of(d.orgId(), "DECISION_PUBLISHED", ENTITY, id).summary(d.title() + "：" + ch));
	}

	/** 决策执行情况: the implementing unit reports (第三十四条). */
	public UUID addReport(UUID id, LocalDate reportedOn, String reportingOrg, String content, String by) {
		DecisionView d = get(id);
		if (d.status() != DecisionStatus.DECIDED && d.status() != DecisionStatus.PUBLISHED) {
			throw RuleViolation.of("decision.report.not-decided");
		}
		if (reportedOn == null) {
			throw InvalidInput.onField("reportedOn", "decision.report.date");
		}
		if (reportedOn.isBefore(d.decidedOn()) || reportedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("reportedOn", "decision.report.date-range", d.decidedOn());
		}
		String org = required(reportingOrg, "reportingOrg", "decision.report.org", 200, "decision.report.org-size");
		String body = required(content, "content", "decision.report.content", 50_000, "decision.report.content-size");
		UUID reportId = Ids.newId();
		jdbc.sql("""
				insert into decision_report (id, decision_id, reported_on, reporting_org, content, recorded_by)
				values (:id, :d, :on, :org, :content, :by)""")
			.param("id", reportId)
			.param("d", id)
			.param("on", Date.valueOf(reportedOn))
			.param("org", org)
			.param("content", body)
			.param("by", by)
			.update();
		touch(id);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_REPORT_RECORDED", ENTITY, id)
			.summary(text("decision.audit.report", org, reportedOn)));
		return reportId;
	}

	/**
	 * Starts a 决策后评估 (第三十六条) for its trigger. The evaluator may not be whoever assessed the risks before the
	 * decision.
	 */
	public UUID startEvaluation(UUID id, EvaluationTrigger trigger, String triggerNote, String evaluator,
			LocalDate startedOn, String by) {
		DecisionView d = get(id);
		if (d.status() != DecisionStatus.DECIDED && d.status() != DecisionStatus.PUBLISHED) {
			throw RuleViolation.of("decision.evaluation.not-decided");
		}
		if (trigger == null) {
			throw InvalidInput.onField("trigger", "decision.evaluation.trigger");
		}
		String note = required(triggerNote, "triggerNote", "decision.evaluation.note", 2000,
				"decision.evaluation.note-size");
		String who = required(evaluator, "evaluator", "decision.evaluation.evaluator", 200,
				"decision.evaluation.evaluator-size");
		Policies.EvaluatorIsNotTheAssessor.check(d.risk() == null ? null : d.risk().assessor(), who);
		if (startedOn == null) {
			throw InvalidInput.onField("startedOn", "decision.evaluation.date");
		}
		if (startedOn.isBefore(d.decidedOn()) || startedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("startedOn", "decision.evaluation.date-range", d.decidedOn());
		}
		UUID evaluationId = Ids.newId();
		jdbc.sql("""
				insert into decision_evaluation (id, decision_id, trigger_kind, trigger_note, evaluator, started_on,
				  recorded_by)
				values (:id, :d, :t, :note, :who, :on, :by)""")
			.param("id", evaluationId)
			.param("d", id)
			.param("t", trigger.name())
			.param("note", note)
			.param("who", who)
			.param("on", Date.valueOf(startedOn))
			.param("by", by)
			.update();
		touch(id);
		audit.append(AuditRecord.of(d.orgId(), "DECISION_EVALUATION_STARTED", ENTITY, id)
			.summary(text("decision.audit.evaluation", text(trigger.messageKey()), who)));
		return evaluationId;
	}

	public void completeEvaluation(UUID evaluationId, String conclusion, LocalDate completedOn) {
		Map<String, Object> row = jdbc.sql("select decision_id, started_on, completed_on from decision_evaluation where id = :id")
			.param("id", evaluationId)
			.query((rs, n) -> {
				Map<String, Object> m = new HashMap<>();
				m.put("decision", rs.getObject(1, UUID.class));
				m.put("started", rs.getDate(2).toLocalDate());
				m.put("completed", rs.getDate(3));
				return m;
			})
			.optional()
			.orElseThrow(() -> NotFoundException.of("decision_evaluation", evaluationId));
		if (row.get("completed") != null) {
			throw RuleViolation.of("decision.evaluation.completed");
		}
		String text = required(conclusion, "conclusion", "decision.evaluation.conclusion", 50_000,
				"decision.evaluation.conclusion-size");
		if (completedOn == null || completedOn.isBefore((LocalDate) row.get("started"))
				|| completedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("completedOn", "decision.evaluation.completed-range", row.get("started"));
		}
		UUID decisionId = (UUID) row.get("decision");
		jdbc.sql("update decision_evaluation set conclusion = :c, completed_on = :on where id = :id")
			.param("c", text)
			.param("on", Date.valueOf(completedOn))
			.param("id", evaluationId)
			.update();
		touch(decisionId);
		audit.append(AuditRecord.of(get(decisionId).orgId(), "DECISION_EVALUATION_COMPLETED", ENTITY, decisionId)
			.summary(Texts.excerpt(text, 60)));
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public DecisionView get(UUID id) {
		return views("d.id = :id", Map.of("id", id), "d.created_at").stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	@Transactional(readOnly = true)
	public Page<DecisionView> search(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("d.org_id", "d.created_by");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		if (filter.year() != null) {
			where.append(" and d.year_num = :year");
			params.put("year", filter.year());
		}
		if (filter.status() != null) {
			where.append(" and d.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and d.title like :kw escape '\\'");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		String order = "d.year_num desc, d.created_at desc";
		Page<UUID> ids = Paging.query(jdbc, "select d.id", "from decision d", where.toString(), params, order, pageable,
				(rs, n) -> rs.getObject(1, UUID.class));
		List<DecisionView> views = ids.isEmpty() ? List.of() : views("d.id in (:ids)", Map.of("ids", ids.getContent()), order);
		return new PageImpl<>(views, pageable, ids.getTotalElements());
	}

	/** Published decisions, newest first (the portal). */
	@Transactional(readOnly = true)
	public List<DecisionView> published(Integer year) {
		return year == null ? views("d.status = 'PUBLISHED'", Map.of(), "d.published_on desc")
				: views("d.status = 'PUBLISHED' and d.year_num = :y", Map.of("y", year), "d.published_on desc");
	}

	/** A published decision, or empty. */
	@Transactional(readOnly = true)
	public Optional<DecisionView> publicDecision(UUID id) {
		return views("d.id = :id and d.status = 'PUBLISHED'", Map.of("id", id), "d.created_at").stream().findFirst();
	}

	/** DC-PROC for decisions taken in the year: {taken, of them with every procedure done or lawfully dispensed with}. */
	@Transactional(readOnly = true)
	public long[] procedureFigures(Set<UUID> orgIds, int year) {
		if (orgIds.isEmpty()) {
			return new long[2];
		}
		List<DecisionView> taken = views("""
				d.org_id in (:orgs) and d.status in ('DECIDED', 'PUBLISHED') and d.decided_on between :from and :to""",
				Map.of("orgs", orgIds, "from", Date.valueOf(LocalDate.of(year, 1, 1)), "to",
						Date.valueOf(LocalDate.of(year, 12, 31))),
				"d.decided_on");
		return new long[] { taken.size(), taken.stream().filter(DecisionView::allProceduresSatisfied).count() };
	}

	/** The decision opened for each of the catalog items that have one, with its status. */
	@Transactional(readOnly = true)
	public Map<UUID, ItemDecision> decisionsForItems(List<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ItemDecision> found = new HashMap<>();
		jdbc.sql("select catalog_item_id, id, status from decision where catalog_item_id in (:ids) and status <> 'ABANDONED'")
			.param("ids", itemIds)
			.query((rs, n) -> found.put(rs.getObject(1, UUID.class),
					new ItemDecision(rs.getObject(2, UUID.class), DecisionStatus.valueOf(rs.getString(3)))))
			.list();
		return found;
	}

	/** A catalog item's decision. */
	public record ItemDecision(UUID id, DecisionStatus status) {
	}

	// ---------------------------------------------------------------- internals

	private DecisionView drafting(UUID id) {
		DecisionView d = get(id);
		if (d.status() != DecisionStatus.DRAFTING) {
			throw RuleViolation.of("decision.not-drafting", text(d.status().messageKey()));
		}
		return d;
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

	private String proceduresSoFar(DecisionView d) {
		StringBuilder s = new StringBuilder();
		for (ProcedureView p : d.procedures()) {
			if (p.procedure() == Procedure.LEGALITY_REVIEW || p.procedure() == Procedure.COLLECTIVE_DECISION) {
				continue;
			}
			if (!s.isEmpty()) {
				s.append('\n');
			}
			s.append(text(p.procedure().messageKey())).append("：").append(text(p.state().messageKey()));
			if (p.exemption() != null) {
				s.append("（").append(text(p.exemption().ground().messageKey())).append("：")
					.append(p.exemption().explanation()).append("）");
			}
		}
		if (d.consultation() != null && d.consultation().summaryText() != null) {
			s.append('\n').append(d.consultation().summaryText());
		}
		return s.toString();
	}

	private List<DecisionView> views(String where, Map<String, ?> params, String orderBy) {
		List<Row> rows = jdbc.sql("select d.* from decision d where " + where + " order by " + orderBy)
			.params(params)
			.query(DecisionService::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, Map<Procedure, Exemption>> exemptions = new HashMap<>();
		jdbc.sql("select * from decision_exemption where decision_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> exemptions
				.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new EnumMap<>(Procedure.class))
				.put(Procedure.valueOf(rs.getString("procedure")),
						new Exemption(ExemptionGround.valueOf(rs.getString("ground")), rs.getString("explanation"),
								rs.getString("recorded_by"), rs.getDate("recorded_on").toLocalDate())))
			.list();
		Map<UUID, List<ExpertOpinion>> experts = new HashMap<>();
		jdbc.sql("select * from decision_expert_opinion where decision_id in (:ids) order by given_on, expert_name")
			.param("ids", ids)
			.query((rs, n) -> experts.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
				.add(new ExpertOpinion(rs.getObject("id", UUID.class), rs.getString("expert_name"),
						rs.getString("affiliation"), rs.getString("opinion"), rs.getDate("given_on").toLocalDate(),
						rs.getBoolean("no_conflict"), rs.getObject("signed_file_id", UUID.class),
						rs.getString("recorded_by"))))
			.list();
		Map<UUID, List<Meeting>> meetings = new HashMap<>();
		jdbc.sql("select * from decision_meeting where decision_id in (:ids) order by held_on, recorded_at")
			.param("ids", ids)
			.query((rs, n) -> meetings.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
				.add(new Meeting(rs.getObject("id", UUID.class), rs.getString("meeting"),
						rs.getDate("held_on").toLocalDate(), rs.getString("attendees"), rs.getString("head_name"),
						rs.getString("discussion"), rs.getString("dissent"), rs.getBoolean("head_spoke_last"),
						rs.getBoolean("follows_majority"), rs.getString("differing_reason"),
						MeetingOutcome.valueOf(rs.getString("outcome")), rs.getString("decision_text"),
						rs.getString("override_reason"), rs.getString("recorded_by"))))
			.list();
		Map<UUID, List<Report>> reports = new HashMap<>();
		jdbc.sql("select * from decision_report where decision_id in (:ids) order by reported_on")
			.param("ids", ids)
			.query((rs, n) -> reports.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
				.add(new Report(rs.getObject("id", UUID.class), rs.getDate("reported_on").toLocalDate(),
						rs.getString("reporting_org"), rs.getString("content"), rs.getString("recorded_by"))))
			.list();
		Map<UUID, List<Evaluation>> evaluations = new HashMap<>();
		jdbc.sql("select * from decision_evaluation where decision_id in (:ids) order by started_on")
			.param("ids", ids)
			.query((rs, n) -> evaluations
				.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
				.add(new Evaluation(rs.getObject("id", UUID.class),
						EvaluationTrigger.valueOf(rs.getString("trigger_kind")), rs.getString("trigger_note"),
						rs.getString("evaluator"), rs.getDate("started_on").toLocalDate(), rs.getString("conclusion"),
						date(rs, "completed_on"), rs.getString("recorded_by"))))
			.list();
		Map<UUID, String> itemNames = new HashMap<>();
		List<UUID> itemIds = rows.stream().map(Row::catalogItemId).filter(java.util.Objects::nonNull).toList();
		if (!itemIds.isEmpty()) {
			jdbc.sql("select id, name from decision_catalog_item where id in (:ids)")
				.param("ids", itemIds)
				.query((rs, n) -> itemNames.put(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
		}
		List<DecisionView> views = new ArrayList<>();
		for (Row r : rows) {
			Map<Procedure, Exemption> ex = exemptions.getOrDefault(r.id(), Map.of());
			ConsultationView consultation = r.consultationId() == null ? null
					: consultations.find(r.consultationId()).orElse(null);
			ReviewView review = reviews.latestFor(ReviewSubject.MAJOR_DECISION, r.id().toString()).orElse(null);
			List<ExpertOpinion> ex2 = experts.getOrDefault(r.id(), List.of());
			List<Meeting> ms = meetings.getOrDefault(r.id(), List.of());
			List<ProcedureView> procedures = List.of(
					new ProcedureView(Procedure.PUBLIC_PARTICIPATION,
							ex.containsKey(Procedure.PUBLIC_PARTICIPATION) ? ProcedureState.EXEMPT
									: consultation == null ? ProcedureState.PENDING
											: consultation.status() == ConsultationStatus.CONCLUDED ? ProcedureState.DONE
													: ProcedureState.IN_PROGRESS,
							ex.get(Procedure.PUBLIC_PARTICIPATION)),
					new ProcedureView(Procedure.EXPERT_ARGUMENTATION,
							ex.containsKey(Procedure.EXPERT_ARGUMENTATION) ? ProcedureState.EXEMPT
									: r.argumentationDoneOn() != null ? ProcedureState.DONE
											: ex2.isEmpty() ? ProcedureState.PENDING : ProcedureState.IN_PROGRESS,
							ex.get(Procedure.EXPERT_ARGUMENTATION)),
					new ProcedureView(Procedure.RISK_ASSESSMENT,
							ex.containsKey(Procedure.RISK_ASSESSMENT) ? ProcedureState.EXEMPT
									: r.risk() != null ? ProcedureState.DONE : ProcedureState.PENDING,
							ex.get(Procedure.RISK_ASSESSMENT)),
					new ProcedureView(Procedure.LEGALITY_REVIEW,
							review == null ? ProcedureState.PENDING
									: review.status() == ReviewStatus.PASSED ? ProcedureState.DONE
											: ProcedureState.IN_PROGRESS,
							null),
					new ProcedureView(Procedure.COLLECTIVE_DECISION,
							ms.stream().anyMatch(m -> m.outcome().approves()) ? ProcedureState.DONE
									: ms.isEmpty() ? ProcedureState.PENDING : ProcedureState.IN_PROGRESS,
							null));
			views.add(new DecisionView(r.id(), r.orgId(), r.unitId(), orgs.get(r.orgId()).name(), r.catalogItemId(),
					r.catalogItemId() == null ? null : itemNames.get(r.catalogItemId()), r.title(), r.year(),
					r.draftText(), r.explanation(), r.marketRelated(), r.status(), procedures, consultation, review,
					r.argumentationHandling(), r.argumentationDoneOn(), ex2, r.risk(), r.fairCompetition(), ms,
					r.decidedOn(), r.publishedOn(), r.publicationChannels(), r.publicText(), r.endReason(),
					reports.getOrDefault(r.id(), List.of()), evaluations.getOrDefault(r.id(), List.of()),
					r.createdBy()));
		}
		return views;
	}

	private record Row(UUID id, UUID orgId, UUID unitId, UUID catalogItemId, String title, int year, String draftText,
			String explanation, boolean marketRelated, DecisionStatus status, UUID consultationId,
			String argumentationHandling, LocalDate argumentationDoneOn, Risk risk,
			FairCompetitionReview fairCompetition, LocalDate decidedOn, LocalDate publishedOn,
			String publicationChannels, String publicText, String endReason, UUID createdBy) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		LocalDate riskOn = date(rs, "risk_done_on");
		String fair = rs.getString("fair_competition");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getObject("catalog_item_id", UUID.class),
				rs.getString("title"), rs.getInt("year_num"), rs.getString("draft_text"), rs.getString("explanation"),
				rs.getBoolean("market_related"), DecisionStatus.valueOf(rs.getString("status")),
				rs.getObject("consultation_id", UUID.class), rs.getString("argumentation_handling"),
				date(rs, "argumentation_done_on"),
				riskOn == null ? null
						: new Risk(rs.getString("risk_points"), rs.getString("risk_measures"),
								rs.getString("risk_plans"), rs.getString("risk_assessor"), rs.getString("risk_level"),
								riskOn),
				fair == null ? null
						: new FairCompetitionReview(FairCompetition.valueOf(fair), rs.getString("fair_competition_note"),
								date(rs, "fair_competition_on")),
				date(rs, "decided_on"), date(rs, "published_on"), rs.getString("publication_channels"),
				rs.getString("public_text"), rs.getString("end_reason"), rs.getObject("created_by", UUID.class));
	}

	private void update(UUID id, String set, Map<String, ?> params) {
		long version = jdbc.sql("select version from decision where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		Map<String, Object> all = new HashMap<>(params);
		all.put("id", id);
		all.put("version", version);
		int changed = jdbc.sql("update decision set " + set + ", version = version + 1 where id = :id and version = :version")
			.params(all)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("decision " + id);
		}
	}

	/** A change in a child record moves the decision's version, so concurrent edits of the same decision conflict. */
	private void touch(UUID id) {
		update(id, "title = title", Map.of());
	}

	private static String required(String value, String field, String code, int max, String sizeCode) {
		return InvalidInput.requireText(value, field, code, max, sizeCode);
	}

	private static void limit(String value, int max, String field, String code) {
		if (value != null && value.length() > max) {
			throw InvalidInput.onField(field, code, max);
		}
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}

}
