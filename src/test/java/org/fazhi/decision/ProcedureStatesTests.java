package org.fazhi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.ChannelView;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.decision.ProcedureStates.Evidence;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.junit.jupiter.api.Test;

/** Where each procedure stands, derived from what was recorded: one situation per test. */
class ProcedureStatesTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	static Evidence nothing() {
		return new Evidence(Map.of(), null, List.of(), List.of(), null, null, null, List.of());
	}

	static ConsultationView consultation(ConsultationStatus status) {
		return new ConsultationView(UUID.randomUUID(), null, null, "", ConsultationSubject.MAJOR_DECISION, "d", "草案",
				"正文", null, "DC_CONSULTATION", DAY, DAY.plusDays(30), null, null, status, DAY, null, null, null, null, 1,
				0, 0, 0, status == ConsultationStatus.OPEN, 0);
	}

	static ChannelView channel(ChannelKind kind, String handling) {
		return new ChannelView(UUID.randomUUID(), null, ConsultationSubject.MAJOR_DECISION, "d", kind, DAY, null, null,
				"代表", "记录", handling, null, null, null, "王明");
	}

	static ReviewView review(ReviewStatus status) {
		return new ReviewView(UUID.randomUUID(), null, "", null, ReviewSubject.MAJOR_DECISION, "d", "草案", "依据", null,
				null, null, null, DAY, "DC_LEGALITY_REVIEW", null, null, null, null, null, null, status, null, null, null,
				status == ReviewStatus.PASSED ? DAY : null, null, null, null, null, null, List.of(), List.of(), List.of(),
				0);
	}

	static Risk risk(boolean controllable) {
		return new Risk("风险点", "措施", "预案", "评估机构", RiskLevel.MEDIUM, controllable, DAY);
	}

	static Meeting meeting(MeetingOutcome outcome) {
		return new Meeting(UUID.randomUUID(), "厅务会", DAY, "全体", "张伟", "讨论", "无", true, true, null, outcome, null, null,
				"张伟", Instant.EPOCH);
	}

	static ProcedureState state(Evidence e, Procedure p) {
		return ProcedureStates.of(e).get(p);
	}

	@Test
	void nothingRecordedLeavesEveryProcedurePending() {
		assertThat(ProcedureStates.of(nothing()).values()).containsOnly(ProcedureState.PENDING);
	}

	@Test
	void aPortalConsultationIsInProgressUntilItsAdoptionSummaryIsPublished() {
		for (ConsultationStatus s : new ConsultationStatus[] { ConsultationStatus.DRAFT, ConsultationStatus.OPEN,
				ConsultationStatus.CLOSED }) {
			Evidence e = new Evidence(Map.of(), consultation(s), List.of(), List.of(), null, null, null, List.of());
			assertThat(state(e, Procedure.PUBLIC_PARTICIPATION)).as(s.name()).isEqualTo(ProcedureState.IN_PROGRESS);
		}
		Evidence done = new Evidence(Map.of(), consultation(ConsultationStatus.CONCLUDED), List.of(), List.of(), null,
				null, null, List.of());
		assertThat(state(done, Procedure.PUBLIC_PARTICIPATION)).isEqualTo(ProcedureState.DONE);
	}

	@Test
	void aSymposiumOrAHearingRecordedWithItsHandlingIsPublicParticipation() {
		for (ChannelKind kind : new ChannelKind[] { ChannelKind.SYMPOSIUM, ChannelKind.HEARING, ChannelKind.FIELD_VISIT,
				ChannelKind.WRITTEN, ChannelKind.PUBLIC_CALL, ChannelKind.SURVEY }) {
			Evidence e = new Evidence(Map.of(), null, List.of(channel(kind, "意见已采纳。")), List.of(), null, null, null,
					List.of());
			assertThat(state(e, Procedure.PUBLIC_PARTICIPATION)).as(kind.name()).isEqualTo(ProcedureState.DONE);
		}
	}

	@Test
	void aChannelWithoutTheHandlingOfItsOpinionsIsNotYetParticipation() {
		Evidence e = new Evidence(Map.of(), null, List.of(channel(ChannelKind.SYMPOSIUM, null)), List.of(), null, null,
				null, List.of());
		assertThat(state(e, Procedure.PUBLIC_PARTICIPATION)).isEqualTo(ProcedureState.PENDING);
	}

	@Test
	void aPortalConsultationStillOpenKeepsParticipationInProgressWhateverElseWasHeld() {
		Evidence e = new Evidence(Map.of(), consultation(ConsultationStatus.OPEN),
				List.of(channel(ChannelKind.SYMPOSIUM, "已采纳。")), List.of(), null, null, null, List.of());
		assertThat(state(e, Procedure.PUBLIC_PARTICIPATION)).isEqualTo(ProcedureState.IN_PROGRESS);
	}

	@Test
	void anExemptionOnItsGroundMakesTheProcedureExemptWhateverWasRecorded() {
		Exemption ex = new Exemption(ExemptionGround.NOT_TECHNICAL, "不涉及专业问题", "王明", DAY);
		Evidence e = new Evidence(Map.of(Procedure.EXPERT_ARGUMENTATION, ex), null, List.of(), List.of(), null, null,
				null, List.of());
		assertThat(state(e, Procedure.EXPERT_ARGUMENTATION)).isEqualTo(ProcedureState.EXEMPT);
	}

	@Test
	void expertOpinionsRecordedButNotClosedAreInProgress() {
		ExpertOpinion opinion = new ExpertOpinion(UUID.randomUUID(), "李教授", "内蒙古大学", ExpertForm.MEETING, "可行", DAY,
				true, null, "王明");
		Evidence open = new Evidence(Map.of(), null, List.of(), List.of(opinion), null, null, null, List.of());
		assertThat(state(open, Procedure.EXPERT_ARGUMENTATION)).isEqualTo(ProcedureState.IN_PROGRESS);
		Evidence closed = new Evidence(Map.of(), null, List.of(), List.of(opinion), DAY, null, null, List.of());
		assertThat(state(closed, Procedure.EXPERT_ARGUMENTATION)).isEqualTo(ProcedureState.DONE);
	}

	@Test
	void aRiskFoundNotControllableIsNotYetDone() {
		Evidence uncontrollable = new Evidence(Map.of(), null, List.of(), List.of(), null, risk(false), null, List.of());
		assertThat(state(uncontrollable, Procedure.RISK_ASSESSMENT)).isEqualTo(ProcedureState.IN_PROGRESS);
		Evidence controllable = new Evidence(Map.of(), null, List.of(), List.of(), null, risk(true), null, List.of());
		assertThat(state(controllable, Procedure.RISK_ASSESSMENT)).isEqualTo(ProcedureState.DONE);
	}

	@Test
	void onlyAPassedReviewIsDone() {
		for (ReviewStatus s : ReviewStatus.values()) {
			Evidence e = new Evidence(Map.of(), null, List.of(), List.of(), null, null, review(s), List.of());
			assertThat(state(e, Procedure.LEGALITY_REVIEW)).as(s.name())
				.isEqualTo(s == ReviewStatus.PASSED ? ProcedureState.DONE : ProcedureState.IN_PROGRESS);
		}
	}

	@Test
	void aDeferredMeetingIsInProgressAndAnApprovalIsTheDecision() {
		Evidence deferred = new Evidence(Map.of(), null, List.of(), List.of(), null, null, null,
				List.of(meeting(MeetingOutcome.DEFERRED)));
		assertThat(state(deferred, Procedure.COLLECTIVE_DECISION)).isEqualTo(ProcedureState.IN_PROGRESS);
		Evidence approved = new Evidence(Map.of(), null, List.of(), List.of(), null, null, null,
				List.of(meeting(MeetingOutcome.DEFERRED), meeting(MeetingOutcome.APPROVED_WITH_CHANGES)));
		assertThat(state(approved, Procedure.COLLECTIVE_DECISION)).isEqualTo(ProcedureState.DONE);
	}
}
