package org.fazhi.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;
import org.fazhi.review.ReviewStatus;

/**
 * A major decision and its procedures: 公众参与, 专家论证, 风险评估, 合法性审查 and 集体讨论决定, then the report to the
 * 同级党委, publication, implementation reports and post-evaluations. Each step is a guarded transition; the
 * procedures' states are derived from what was recorded ({@link ProcedureStates}). The children change only through
 * the root, and the root's version moves with every change.
 */
class Decision {

	/** The parts of the aggregate a save writes again besides the root. */
	enum Part {
		EXEMPTIONS, EXPERTS, MEETINGS, REPORTS, EVALUATIONS
	}

	UUID id;

	UUID orgId;

	UUID unitId;

	UUID catalogItemId;

	String title;

	int year;

	String draftText;

	String explanation;

	/** 草案的法律依据 (第二十六条: 送请合法性审查，应当提供决策草案及相关材料…) */
	String basis;

	boolean marketRelated;

	DecisionStatus status;

	UUID consultationId;

	/** the legality review the decision stands on; {@code null} when none was requested or a change reopened it */
	UUID reviewId;

	String argumentationHandling;

	LocalDate argumentationDoneOn;

	Risk risk;

	PartyReport partyReport;

	LocalDate decidedOn;

	LocalDate publishedOn;

	String publicationChannels;

	String publicText;

	String endReason;

	/** the register entry of a decision that is in substance a 行政规范性文件 (filing and cleanup apply to it) */
	UUID normativeDocumentId;

	UUID createdBy;

	Instant createdAt;

	long version;

	final Map<Procedure, Exemption> exemptions = new EnumMap<>(Procedure.class);

	final List<ExpertOpinion> experts = new ArrayList<>();

	final List<Meeting> meetings = new ArrayList<>();

	final List<Report> reports = new ArrayList<>();

	final List<Evaluation> evaluations = new ArrayList<>();

	final EnumSet<Part> dirty = EnumSet.noneOf(Part.class);

	/** What the drafter writes: the draft and its materials. */
	record Content(String title, String draftText, String explanation, String basis, boolean marketRelated) {

		/** The draft's content, checked: a title, and every text within its limit. */
		static Content checked(String title, String draftText, String explanation, String basis,
				boolean marketRelated) {
			String t = InvalidInput.requireText(title, "title", "decision.title.required", 300, "decision.title.size");
			InvalidInput.checkLength(draftText, 200_000, "draftText", "decision.draft.size");
			InvalidInput.checkLength(explanation, 50_000, "explanation", "decision.explanation.size");
			InvalidInput.checkLength(basis, 20_000, "basis", "decision.basis.size");
			return new Content(t, Texts.blankToNull(draftText), Texts.blankToNull(explanation),
					Texts.blankToNull(basis), marketRelated);
		}
	}

	/** What the audit trail records of the decision before and after a change. */
	Map<String, Object> snapshot() {
		Map<String, Object> s = new java.util.LinkedHashMap<>();
		s.put("title", title);
		s.put("year", year);
		s.put("marketRelated", marketRelated);
		s.put("status", status);
		s.put("draft", draftText == null ? "" : Texts.excerpt(draftText, 80));
		s.put("basis", basis == null ? "" : Texts.excerpt(basis, 80));
		s.put("review", reviewId);
		return s;
	}

	static Decision draft(UUID id, UUID orgId, UUID unitId, UUID catalogItemId, int year, Content content,
			UUID createdBy, Instant at) {
		Decision d = new Decision();
		d.id = id;
		d.orgId = orgId;
		d.unitId = unitId;
		d.catalogItemId = catalogItemId;
		d.year = year;
		d.status = DecisionStatus.DRAFTING;
		d.createdBy = createdBy;
		d.createdAt = at;
		d.apply(content);
		return d;
	}

	/**
	 * Changes the draft or its materials, as its review allows ({@link Policies.DraftFollowsItsReview}).
	 * @param review the state of the review the decision stands on, or {@code null}
	 * @return whether the change reopened a passed review (the decision then stands on none)
	 */
	boolean revise(Content content, ReviewStatus review, boolean reopen) {
		drafting();
		boolean changed = !Objects.equals(title, content.title()) || !Objects.equals(draftText, content.draftText())
				|| !Objects.equals(explanation, content.explanation()) || !Objects.equals(basis, content.basis())
				|| marketRelated != content.marketRelated();
		boolean reopened = Policies.DraftFollowsItsReview.check(review, changed, reopen);
		apply(content);
		if (reopened) {
			reviewId = null;
		}
		return reopened;
	}

	private void apply(Content c) {
		this.title = c.title();
		this.draftText = c.draftText();
		this.explanation = c.explanation();
		this.basis = c.basis();
		this.marketRelated = c.marketRelated();
	}

	/** What a 公平竞争审查 judges: a review of another text does not count for this one. */
	String textFingerprint() {
		return Texts.fingerprint(title, draftText);
	}

	/** The text that passed its legality review (the 送审稿, or the confirmed 修改稿) is the draft from now on. */
	void reviewPassed(UUID passedReviewId, String passedTitle, String passedText) {
		if (status == DecisionStatus.DRAFTING && passedReviewId.equals(reviewId)) {
			this.title = passedTitle;
			this.draftText = passedText;
		}
	}

	void abandon(String reason) {
		status.assertCanMoveTo(DecisionStatus.ABANDONED);
		this.status = DecisionStatus.ABANDONED;
		this.endReason = reason;
	}

	// ---------------------------------------------------------------- 公众参与

	/** @throws RuleViolation unless the draft may be put to a portal consultation now (one per decision) */
	void checkConsultationMayOpen(ProcedureState participation) {
		checkParticipationOpen(participation);
		if (draftText == null) {
			throw RuleViolation.of("decision.draft.required");
		}
		if (consultationId != null) {
			throw RuleViolation.of("decision.consultation.exists");
		}
	}

	void consultationOpened(UUID consultation) {
		this.consultationId = consultation;
	}

	/** @throws RuleViolation unless other ways of hearing opinions may be recorded now */
	void checkParticipationOpen(ProcedureState participation) {
		drafting();
		if (participation == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.consultation.exempt");
		}
	}

	// ---------------------------------------------------------------- exemptions

	void exempt(Procedure procedure, Exemption exemption, ProcedureState current) {
		drafting();
		Policies.ExemptionOnlyOnALawfulGround.check(procedure, exemption.ground(), exemption.explanation());
		if (current == ProcedureState.EXEMPT) {
			throw RuleViolation.of("decision.exempt.already");
		}
		if (current != ProcedureState.PENDING) {
			throw RuleViolation.of("decision.exempt.started");
		}
		exemptions.put(procedure, exemption);
		dirty.add(Part.EXEMPTIONS);
	}

	void revokeExemption(Procedure procedure) {
		drafting();
		if (procedure == null || exemptions.remove(procedure) == null) {
			throw RuleViolation.of("decision.exempt.none");
		}
		dirty.add(Part.EXEMPTIONS);
	}

	// ---------------------------------------------------------------- 专家论证

	void addExpert(ExpertOpinion opinion) {
		drafting();
		if (exemptions.containsKey(Procedure.EXPERT_ARGUMENTATION)) {
			throw RuleViolation.of("decision.experts.exempt");
		}
		if (argumentationDoneOn != null) {
			throw RuleViolation.of("decision.experts.done");
		}
		if (!opinion.noConflict()) {
			throw RuleViolation.onField("noConflict", "decision.rule.expert-conflict");
		}
		experts.add(opinion);
		dirty.add(Part.EXPERTS);
	}

	ExpertOpinion expert(UUID opinionId) {
		return experts.stream()
			.filter(e -> e.id().equals(opinionId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of(DecisionService.OPINION, opinionId));
	}

	void signedOpinionAttached(UUID opinionId, UUID fileId) {
		drafting();
		ExpertOpinion e = expert(opinionId);
		experts.set(experts.indexOf(e), e.withSignedFile(fileId));
		dirty.add(Part.EXPERTS);
	}

	/** 专家论证 closes with how the opinions were handled (第二十九条: 专家论证意见的研究采纳情况). */
	void completeArgumentation(String handling, LocalDate on) {
		drafting();
		if (argumentationDoneOn != null) {
			throw RuleViolation.of("decision.experts.done");
		}
		Policies.WrittenOpinionsAreSigned.check(experts);
		this.argumentationHandling = handling;
		this.argumentationDoneOn = on;
	}

	// ---------------------------------------------------------------- 风险评估

	/**
	 * The 风险评估报告. A risk found not controllable is assessed again after the draft was adjusted (第二十四条); a
	 * controllable one is final.
	 */
	void assessRisk(Risk assessment) {
		drafting();
		if (exemptions.containsKey(Procedure.RISK_ASSESSMENT)) {
			throw RuleViolation.of("decision.risk.exempt");
		}
		if (risk != null && risk.controllable()) {
			throw RuleViolation.of("decision.risk.done");
		}
		if (risk != null && assessment.doneOn().isBefore(risk.doneOn())) {
			throw RuleViolation.onField("doneOn", "decision.risk.before-previous", risk.doneOn());
		}
		this.risk = assessment;
	}

	// ---------------------------------------------------------------- 合法性审查

	/** @throws RuleViolation unless a (new) legality review may be requested now */
	void checkReviewRequest(ReviewStatus current) {
		drafting();
		if (draftText == null || draftText.isBlank()) {
			throw RuleViolation.of("decision.draft.required");
		}
		if (basis == null || basis.isBlank()) {
			throw RuleViolation.of("decision.review.basis-required");
		}
		if (current == ReviewStatus.RETURNED) {
			throw RuleViolation.of("decision.review.returned-resubmit");
		}
		if (current != null && current != ReviewStatus.UNLAWFUL) {
			throw RuleViolation.of("decision.review.exists");
		}
	}

	void submittedForReview(UUID review) {
		this.reviewId = review;
	}

	// ---------------------------------------------------------------- 集体讨论决定

	/** Records a collective discussion; the caller has checked the gate. An approval takes the decision. */
	void recordMeeting(Meeting meeting) {
		drafting();
		Policies.HeadDecidesLast.check(meeting.headSpokeLast(), meeting.followsMajority(), meeting.differingReason());
		meetings.add(meeting);
		dirty.add(Part.MEETINGS);
		if (meeting.outcome().approves()) {
			status.assertCanMoveTo(DecisionStatus.DECIDED);
			status = DecisionStatus.DECIDED;
			decidedOn = meeting.heldOn();
		}
		else if (meeting.outcome() == MeetingOutcome.NOT_APPROVED) {
			status.assertCanMoveTo(DecisionStatus.NOT_ADOPTED);
			status = DecisionStatus.NOT_ADOPTED;
			decidedOn = meeting.heldOn();
		}
	}

	// ---------------------------------------------------------------- after the decision

	/** 向同级党委请示报告 (第三十一条), or why none is required; after the decision, before it is issued. */
	void recordPartyReport(PartyReport report) {
		if (status != DecisionStatus.DECIDED) {
			throw RuleViolation.of("decision.party-report.not-decided");
		}
		if (!report.waived() && report.reportedOn().isBefore(decidedOn)) {
			throw RuleViolation.onField("reportedOn", "decision.party-report.before-decision", decidedOn);
		}
		this.partyReport = report;
	}

	/** 决策公布 (第三十二条), after the report to the 同级党委 where one is required. */
	void publish(LocalDate on, String channels, String text) {
		if (status != DecisionStatus.DECIDED) {
			throw RuleViolation.of("decision.publish.not-decided");
		}
		if (on.isBefore(decidedOn)) {
			throw RuleViolation.onField("publishedOn", "decision.publish.before-decision", decidedOn);
		}
		Policies.PartyReportBeforeIssue.check(decidedOn, partyReport, on);
		status.assertCanMoveTo(DecisionStatus.PUBLISHED);
		this.status = DecisionStatus.PUBLISHED;
		this.publishedOn = on;
		this.publicationChannels = channels;
		this.publicText = text;
	}

	/** A decision that is in substance a normative document, linked to its register entry. */
	void registeredAsNormative(UUID documentId) {
		if (!status.taken()) {
			throw RuleViolation.of("decision.normative.not-decided");
		}
		this.normativeDocumentId = documentId;
	}

	void addReport(Report report) {
		taken("decision.report.not-decided");
		if (report.reportedOn().isBefore(decidedOn)) {
			throw RuleViolation.onField("reportedOn", "decision.report.date-range", decidedOn);
		}
		reports.add(report);
		dirty.add(Part.REPORTS);
	}

	/** 决策后评估 (第三十六条), not by whoever assessed the risks before the decision. */
	void startEvaluation(Evaluation evaluation) {
		taken("decision.evaluation.not-decided");
		Policies.EvaluatorIsNotTheAssessor.check(risk == null ? null : risk.assessor(), evaluation.evaluator());
		if (evaluation.startedOn().isBefore(decidedOn)) {
			throw RuleViolation.onField("startedOn", "decision.evaluation.date-range", decidedOn);
		}
		evaluations.add(evaluation);
		dirty.add(Part.EVALUATIONS);
	}

	void completeEvaluation(UUID evaluationId, String conclusion, LocalDate on) {
		Evaluation e = evaluations.stream()
			.filter(x -> x.id().equals(evaluationId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("decision_evaluation", evaluationId));
		if (e.conclusion() != null) {
			throw RuleViolation.of("decision.evaluation.completed");
		}
		if (on.isBefore(e.startedOn())) {
			throw RuleViolation.onField("completedOn", "decision.evaluation.completed-range", e.startedOn());
		}
		evaluations.set(evaluations.indexOf(e), e.completed(conclusion, on));
		dirty.add(Part.EVALUATIONS);
	}

	private void drafting() {
		if (status != DecisionStatus.DRAFTING) {
			throw RuleViolation.of("decision.not-drafting",
					new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	private void taken(String code) {
		if (!status.taken()) {
			throw RuleViolation.of(code);
		}
	}
}
