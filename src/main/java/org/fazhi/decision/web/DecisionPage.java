package org.fazhi.decision.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fazhi.consultation.ChannelKind;
import org.fazhi.decision.DecisionStatus;
import org.fazhi.decision.DecisionView;
import org.fazhi.decision.Procedure;
import org.fazhi.decision.ProcedureState;
import org.fazhi.decision.web.DecisionController.AbandonForm;
import org.fazhi.decision.web.DecisionController.ArgumentationForm;
import org.fazhi.decision.web.DecisionController.CompletionForm;
import org.fazhi.decision.web.DecisionController.ConsultationForm;
import org.fazhi.decision.web.DecisionController.EvaluationForm;
import org.fazhi.decision.web.DecisionController.ExemptForm;
import org.fazhi.decision.web.DecisionController.FairCompetitionForm;
import org.fazhi.decision.web.DecisionController.MeetingForm;
import org.fazhi.decision.web.DecisionController.NormativeForm;
import org.fazhi.decision.web.DecisionController.OpinionForm;
import org.fazhi.decision.web.DecisionController.ParticipationForm;
import org.fazhi.decision.web.DecisionController.PartyForm;
import org.fazhi.decision.web.DecisionController.PublicationForm;
import org.fazhi.decision.web.DecisionController.ReportForm;
import org.fazhi.decision.web.DecisionController.RevokeForm;
import org.fazhi.decision.web.DecisionController.RiskForm;
import org.fazhi.platform.CurrentUser;
import org.fazhi.review.ReviewStatus;
import org.springframework.ui.Model;

/** What a decision's page offers: which steps the signed-in user may take now, and the empty forms of the page. */
final class DecisionPage {

	/** The lawful forms of public participation besides the portal (第十四条). */
	static final List<ChannelKind> PARTICIPATION_KINDS = List.of(ChannelKind.SYMPOSIUM, ChannelKind.HEARING,
			ChannelKind.FIELD_VISIT, ChannelKind.WRITTEN, ChannelKind.PUBLIC_CALL, ChannelKind.SURVEY);

	private DecisionPage() {
	}

	/** What may be done on the page now: the template shows, it does not decide. */
	record Allowed(boolean edit, boolean reopensReview, boolean openConsultation, boolean recordParticipation,
			Set<Procedure> exemptible, Set<Procedure> revocable, boolean addExpert, boolean uploadSigned,
			boolean completeArgumentation, boolean assessRisk, boolean fairCompetition, boolean submitReview,
			boolean resubmitReview, boolean recordMeeting, boolean override, boolean partyReport, boolean publish,
			boolean linkNormative, boolean report, boolean evaluate, boolean abandon, boolean attach,
			boolean audit) {

		static Allowed of(DecisionView d, CurrentUser me) {
			boolean manage = me.can("DECISION_MANAGE");
			boolean drafting = d.status() == DecisionStatus.DRAFTING;
			boolean draft = drafting && manage;
			ReviewStatus review = d.review() == null ? null : d.review().status();
			boolean underReview = review == ReviewStatus.SUBMITTED || review == ReviewStatus.IN_REVIEW;
			ProcedureState participation = d.procedure(Procedure.PUBLIC_PARTICIPATION).state();
			ProcedureState experts = d.procedure(Procedure.EXPERT_ARGUMENTATION).state();
			ProcedureState risk = d.procedure(Procedure.RISK_ASSESSMENT).state();
			Set<Procedure> exemptible = EnumSet.noneOf(Procedure.class);
			Set<Procedure> revocable = EnumSet.noneOf(Procedure.class);
			for (Procedure p : Procedure.values()) {
				if (draft && p.exemptible() && d.procedure(p).state() == ProcedureState.PENDING) {
					exemptible.add(p);
				}
				if (draft && d.procedure(p).state() == ProcedureState.EXEMPT) {
					revocable.add(p);
				}
			}
			boolean reviewer = me.can("REVIEW_REQUEST");
			boolean addExpert = draft && experts != ProcedureState.EXEMPT && d.argumentationDoneOn() == null;
			boolean taken = d.status().taken() && manage;
			return new Allowed(draft && !underReview, review == ReviewStatus.PASSED,
					draft && d.consultation() == null && participation != ProcedureState.EXEMPT
							&& d.draftText() != null,
					draft && participation != ProcedureState.EXEMPT, exemptible, revocable, addExpert, draft,
					addExpert && !d.experts().isEmpty(),
					draft && risk != ProcedureState.EXEMPT && (d.risk() == null || !d.risk().controllable()),
					draft && d.marketRelated(), draft && reviewer && (review == null || review == ReviewStatus.UNLAWFUL),
					draft && reviewer && review == ReviewStatus.RETURNED,
					drafting && (manage || me.can("DELIBERATION_RECORD")) && d.missing().isEmpty(),
					me.can("LEADER_APPROVE"), d.status() == DecisionStatus.DECIDED && manage && d.partyReport() == null,
					d.status() == DecisionStatus.DECIDED && manage, taken && d.normative() == null, taken, taken,
					draft, manage, me.can("AUDIT_READ"));
		}

		public boolean exempt(Procedure p) {
			return exemptible.contains(p);
		}

		public boolean revoke(Procedure p) {
			return revocable.contains(p);
		}
	}

	/** The page's forms, empty, unless a refused one is being shown again with what was typed. */
	static void defaults(Model model, LocalDate today, String me) {
		put(model, "consultationForm", new ConsultationForm(today, null, null, null));
		put(model, "participationForm",
				new ParticipationForm(null, today, null, null, null, null, null, null, null, null));
		put(model, "exemptForm", new ExemptForm(null, null, null));
		put(model, "revokeForm", new RevokeForm(null, null));
		put(model, "opinionForm", new OpinionForm(null, null, null, null, today, false));
		put(model, "argumentationForm", new ArgumentationForm(null));
		put(model, "riskForm", new RiskForm(null, null, null, null, null, null, today));
		put(model, "fairCompetitionForm", new FairCompetitionForm(null, null, today, me));
		put(model, "meetingForm",
				new MeetingForm(null, today, null, null, null, null, false, true, null, null, null, null));
		put(model, "partyForm", new PartyForm(today, null, null, null));
		put(model, "publicationForm", new PublicationForm(today, null, null));
		put(model, "normativeForm", new NormativeForm(null));
		put(model, "reportForm", new ReportForm(today, null, null));
		put(model, "evaluationForm", new EvaluationForm(null, null, null, today));
		put(model, "completionForm", new CompletionForm(null, null, today));
		put(model, "abandonForm", new AbandonForm(null));
	}

	private static void put(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
