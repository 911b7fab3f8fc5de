package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.OfficialDay;
import org.fazhi.consultation.ConsultationEvents.AdoptionSummaryPublished;
import org.fazhi.consultation.ConsultationEvents.ConsultationClosed;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.decision.DecisionQueries;
import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ReviseDecision;
import org.fazhi.decision.DecisionView;
import org.fazhi.normative.DocumentKind;
import org.fazhi.normative.DocumentStatus;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.normative.NormativeService;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.review.ReviewEvents.ReviewCompleted;
import org.fazhi.review.ReviewEvents.ReviewFoundUnlawful;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Each reaction of one module to another's event, as a scenario: the stimulus in one module, the event it publishes,
 * and the state the listening module reaches — in the same transaction, or after the commit for the calendar.
 */
@EnableScenarios
class CrossModuleReactionsIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	NormativeService normative;

	@Autowired
	NormativeQueries registry;

	@Autowired
	DecisionService decisions;

	@Autowired
	DecisionQueries decisionQueries;

	@Autowired
	ReviewService reviews;

	@Autowired
	ConsultationService consultations;

	@Autowired
	CalendarService calendar;

	@Autowired
	Clocks clocks;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	UUID user(String name) {
		return users.findByUsername(name).orElseThrow().id();
	}

	UUID transfer() {
		return orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
	}

	/** A document sent for review after its consultation; returns {document, review}. */
	UUID[] documentInReview(String title) {
		return runAs.as("staff", () -> {
			UUID id = normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT, transfer(), "第一条 正文。",
					"说明。", null, false, null), user("staff"));
			normative.recordConsultation(id, "门户网站", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 20), 0, null,
					null);
			return new UUID[] { id, normative.submitForReview(id, TODAY, user("staff")).id() };
		});
	}

	@Test
	void aPassedReviewMakesTheNormativeDocumentReviewPassedInTheSameTransaction(Scenario scenario) {
		UUID[] d = documentInReview("场景：审查通过的文件");
		scenario.stimulate(() -> reviews.complete(d[1], ReviewOutcome.STATEMENT, "合法。", List.of(), TODAY,
				user("reviewer")))
			.andWaitForEventOfType(ReviewPassed.class)
			.matching(e -> e.reviewId().equals(d[1]))
			.toArriveAndVerify(e -> assertThat(registry.get(d[0]).status()).isEqualTo(DocumentStatus.REVIEW_PASSED));
	}

	@Test
	void anOpinionPutsTheNormativeDocumentIntoOpinionHandling(Scenario scenario) {
		UUID[] d = documentInReview("场景：提出审查意见的文件");
		scenario.stimulate(() -> reviews.complete(d[1], ReviewOutcome.OPINION, "第一条须修改。", List.of("第一条须修改"),
				TODAY, user("reviewer")))
			.andWaitForEventOfType(ReviewCompleted.class)
			.matching(e -> e.reviewId().equals(d[1]))
			.toArriveAndVerify(
					e -> assertThat(registry.get(d[0]).status()).isEqualTo(DocumentStatus.OPINION_HANDLING));
	}

	@Test
	void anUnlawfulFindingSendsTheNormativeDocumentBackAsReviewFailed(Scenario scenario) {
		UUID[] d = documentInReview("场景：审查不合法的文件");
		scenario.stimulate(() -> reviews.complete(d[1], ReviewOutcome.UNLAWFUL, "违法设定行政许可。", List.of(), TODAY,
				user("reviewer")))
			.andWaitForEventOfType(ReviewFoundUnlawful.class)
			.matching(e -> e.reviewId().equals(d[1]))
			.toArriveAndVerify(e -> assertThat(registry.get(d[0]).status()).isEqualTo(DocumentStatus.REVIEW_FAILED));
	}

	@Test
	void aDecisionsDraftBecomesTheRevisedTextTheReviewerConfirmed(Scenario scenario) {
		UUID id = decisions.create(new CreateDecision("场景：按意见修改的决策", 2026, transfer(), null, false,
				"第一条 原稿。", null, "《中华人民共和国科学技术进步法》"), user("staff"));
		UUID review = decisions.submitForReview(id, TODAY, user("staff")).id();
		reviews.complete(review, ReviewOutcome.OPINION, "须补充依据。", List.of("须补充依据"), TODAY, user("reviewer"));
		DecisionView d = decisionQueries.get(id);
		runAs.as("staff", () -> decisions.revise(id, new ReviseDecision(d.title(), "第一条 修改稿。", null, d.basis(),
				false, false), d.version(), TODAY));
		UUID problem = reviews.get(review).problems().get(0).id();
		runAs.as("staff", () -> reviews.recordHandling(review, problem, "已补充。", TODAY, "王明", user("staff")));
		scenario.stimulate(() -> runAs.as("reviewer", () -> reviews.confirm(review, TODAY, user("reviewer"), null)))
			.andWaitForEventOfType(ReviewPassed.class)
			.matching(e -> e.reviewId().equals(review))
			.toArriveAndVerify(e -> assertThat(decisionQueries.get(id).draftText()).isEqualTo("第一条 修改稿。"));
	}

	@Test
	void aPortalConsultationsCloseAndSummaryReachTheNormativeDocument(Scenario scenario) {
		UUID id = runAs.as("staff", () -> normative.create(new CreateDocument("场景：门户征求意见的文件",
				DocumentKind.DEPARTMENT, transfer(), "第一条 正文。", "说明。", null, false, null), user("staff")));
		UUID consultation = runAs.as("staff",
				() -> normative.openPortalConsultation(id, TODAY, LocalDate.of(2026, 6, 25), null, null, user("staff")));
		clock.setDate(LocalDate.of(2026, 6, 26));
		scenario.stimulate(() -> consultations.close(consultation, LocalDate.of(2026, 6, 26)))
			.andWaitForEventOfType(ConsultationClosed.class)
			.matching(e -> e.consultationId().equals(consultation))
			.toArriveAndVerify(e -> assertThat(registry.get(id).consultation().comments()).isZero());
		scenario.stimulate(() -> consultations.publishSummary(consultation, LocalDate.of(2026, 6, 26)))
			.andWaitForEventOfType(AdoptionSummaryPublished.class)
			.matching(e -> e.consultationId().equals(consultation))
			.toArriveAndVerify(e -> assertThat(registry.get(id).consultation().summary()).contains("共收到意见0条"));
	}

	@Test
	void aCalendarChangeRecomputesTheOpenClocksAfterItCommits(Scenario scenario) {
		UUID clockId = clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "review",
				"legality_review", UUID.randomUUID().toString(), "场景：日历变更后重算的审查期限", null,
				"ND_LEGALITY_REVIEW", user("reviewer"), LocalDate.of(2026, 11, 2)));
		LocalDate before = clocks.get(clockId).dueDate();
		LocalDate closure = LocalDate.of(2026, 11, 5);
		try {
			scenario.stimulate(() -> calendar.saveDay(new OfficialDay(closure, DayKind.HOLIDAY, "暴雪停止办公",
					"自治区人民政府关于暴雪天气停止办公的决定", null, null, true), "暴雪红色预警"))
				.andWaitForStateChange(() -> clocks.get(clockId).dueDate(), due -> due.isAfter(before))
				.andVerify(due -> assertThat(due).isAfter(before));
		}
		finally {
			calendar.removeDay(closure, "场景结束，恢复办公");
		}
	}
}
