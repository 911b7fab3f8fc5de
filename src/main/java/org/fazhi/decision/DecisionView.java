package org.fazhi.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.consultation.ChannelView;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.normative.NormativeView;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.ReviewView;

/**
 * A major decision with its procedures and their evidence, as pages, the API and the archive see it.
 * @param consultation the 公众参与 consultation on the portal, if one was opened
 * @param channels the other ways opinions were heard (座谈会, 听证会, 实地走访 …)
 * @param review the legality review the decision stands on ({@code null}: none yet, or reopened by a change)
 * @param fairCompetition the latest 公平竞争审查; {@code fairCompetitionCurrent} whether it judged the present text
 * @param normative the register entry, for a decision that is in substance a normative document
 * @param missing what the gate of the collective decision would refuse today, in words (empty unless drafting)
 * @param version what a change must still find
 */
public record DecisionView(UUID id, UUID orgId, UUID unitId, String orgName, UUID catalogItemId,
		String catalogItemName, String title, int year, String draftText, String explanation, String basis,
		boolean marketRelated, DecisionStatus status, List<ProcedureView> procedures, ConsultationView consultation,
		List<ChannelView> channels, ReviewView review, String argumentationHandling, LocalDate argumentationDoneOn,
		List<ExpertOpinion> experts, Risk risk, FairCompetitionReview fairCompetition, boolean fairCompetitionCurrent,
		List<Meeting> meetings, PartyReport partyReport, LocalDate decidedOn, LocalDate publishedOn,
		String publicationChannels, String publicText, String endReason, NormativeView.Link normative,
		List<Report> reports, List<Evaluation> evaluations, List<String> missing, UUID createdBy, long version) {

	public ProcedureView procedure(Procedure procedure) {
		return procedures.stream().filter(p -> p.procedure() == procedure).findFirst().orElseThrow();
	}

	/** Whether every procedure was done or lawfully dispensed with (DC-PROC). */
	public boolean allProceduresSatisfied() {
		return procedures.stream().allMatch(p -> p.state().satisfied());
	}

	/** One procedure's state; {@code exemption} when marked not required. */
	public record ProcedureView(Procedure procedure, ProcedureState state, Exemption exemption) {
	}
}
