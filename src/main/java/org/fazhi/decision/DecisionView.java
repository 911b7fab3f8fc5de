package org.fazhi.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.consultation.ConsultationView;
import org.fazhi.review.ReviewView;

/**
 * A major decision with its procedures and their evidence, as pages, the API and the archive see it.
 * @param consultation the 公众参与 consultation, if one was opened
 * @param review the latest legality review, if one was requested
 */
public record DecisionView(UUID id, UUID orgId, UUID unitId, String orgName, UUID catalogItemId,
		String catalogItemName, String title, int year, String draftText, String explanation, boolean marketRelated,
		DecisionStatus status, List<ProcedureView> procedures, ConsultationView consultation, ReviewView review,
		String argumentationHandling, LocalDate argumentationDoneOn, List<ExpertOpinion> experts, Risk risk,
		FairCompetitionReview fairCompetition, List<Meeting> meetings, LocalDate decidedOn, LocalDate publishedOn,
		String publicationChannels, String publicText, String endReason, List<Report> reports,
		List<Evaluation> evaluations, UUID createdBy) {

	public ProcedureView procedure(Procedure procedure) {
		return procedures.stream().filter(p -> p.procedure() == procedure).findFirst().orElseThrow();
	}

	/** Whether every procedure was done or lawfully dispensed with (DC-PROC). */
	public boolean allProceduresSatisfied() {
		return procedures.stream().allMatch(p -> p.state().satisfied());
	}

	public boolean fairCompetitionRequired() {
		return marketRelated;
	}

	/** One procedure's state; {@code exemption} when marked not required. */
	public record ProcedureView(Procedure procedure, ProcedureState state, Exemption exemption) {
	}

	public record Exemption(ExemptionGround ground, String explanation, String recordedBy, LocalDate recordedOn) {
	}

	/** 专家论证意见: signed and sealed (the uploaded signed copy), with the expert's no-conflict declaration. */
	public record ExpertOpinion(UUID id, String expertName, String affiliation, String opinion, LocalDate givenOn,
			boolean noConflict, UUID signedFileId, String recordedBy) {

		public boolean signed() {
			return signedFileId != null;
		}
	}

	/** 风险评估报告: 风险点, 防范措施, 处置预案, and who assessed. */
	public record Risk(String points, String measures, String plans, String assessor, String level,
			LocalDate doneOn) {
	}

	public record FairCompetitionReview(FairCompetition conclusion, String note, LocalDate reviewedOn) {
	}

	/** A collective discussion (常务会议/全体会议/厅务会) and its record. */
	public record Meeting(UUID id, String meeting, LocalDate heldOn, String attendees, String headName,
			String discussion, String dissent, boolean headSpokeLast, boolean followsMajority, String differingReason,
			MeetingOutcome outcome, String decisionText, String overrideReason, String recordedBy) {
	}

	/** 决策执行情况报告. */
	public record Report(UUID id, LocalDate reportedOn, String reportingOrg, String content, String recordedBy) {
	}

	/** 决策后评估. */
	public record Evaluation(UUID id, EvaluationTrigger trigger, String triggerNote, String evaluator,
			LocalDate startedOn, String conclusion, LocalDate completedOn, String recordedBy) {
	}
}
