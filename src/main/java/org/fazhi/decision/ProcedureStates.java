package org.fazhi.decision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.consultation.ChannelView;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewView;

/**
 * Where each of the five procedures stands, derived from the evidence alone: what was recorded decides, nothing else.
 * A pure function, tested situation by situation.
 */
final class ProcedureStates {

	private ProcedureStates() {
	}

	/**
	 * What the procedures rest on.
	 * @param consultation the portal consultation, if one was opened
	 * @param channels the other ways opinions were heard on the decision (座谈会, 听证会, 实地走访 …)
	 * @param review the legality review the decision stands on now ({@code null}: none, or reopened by a change)
	 */
	record Evidence(Map<Procedure, Exemption> exemptions, ConsultationView consultation, List<ChannelView> channels,
			List<ExpertOpinion> experts, LocalDate argumentationDoneOn, Risk risk, ReviewView review,
			List<Meeting> meetings) {
	}

	static Map<Procedure, ProcedureState> of(Evidence e) {
		Map<Procedure, ProcedureState> states = new EnumMap<>(Procedure.class);
		states.put(Procedure.PUBLIC_PARTICIPATION, participation(e));
		states.put(Procedure.EXPERT_ARGUMENTATION, e.exemptions().containsKey(Procedure.EXPERT_ARGUMENTATION)
				? ProcedureState.EXEMPT
				: e.argumentationDoneOn() != null ? ProcedureState.DONE
						: e.experts().isEmpty() ? ProcedureState.PENDING : ProcedureState.IN_PROGRESS);
		states.put(Procedure.RISK_ASSESSMENT, e.exemptions().containsKey(Procedure.RISK_ASSESSMENT)
				? ProcedureState.EXEMPT
				: e.risk() == null ? ProcedureState.PENDING
						: e.risk().controllable() ? ProcedureState.DONE : ProcedureState.IN_PROGRESS);
		states.put(Procedure.LEGALITY_REVIEW, e.review() == null ? ProcedureState.PENDING
				: e.review().status() == ReviewStatus.PASSED ? ProcedureState.DONE : ProcedureState.IN_PROGRESS);
		states.put(Procedure.COLLECTIVE_DECISION,
				e.meetings().stream().anyMatch(m -> m.outcome().approves()) ? ProcedureState.DONE
						: e.meetings().isEmpty() ? ProcedureState.PENDING : ProcedureState.IN_PROGRESS);
		return states;
	}

	/**
	 * 公众参与 in any lawful form (第十四条): done when a portal consultation concluded with its 意见采纳情况说明, or — with
	 * no portal consultation under way — when another way of hearing opinions was recorded with how they were handled.
	 */
	private static ProcedureState participation(Evidence e) {
		if (e.exemptions().containsKey(Procedure.PUBLIC_PARTICIPATION)) {
			return ProcedureState.EXEMPT;
		}
		if (e.consultation() != null) {
			return e.consultation().status() == ConsultationStatus.CONCLUDED ? ProcedureState.DONE
					: ProcedureState.IN_PROGRESS;
		}
		return e.channels().stream().anyMatch(c -> c.handling() != null) ? ProcedureState.DONE
				: ProcedureState.PENDING;
	}
}
