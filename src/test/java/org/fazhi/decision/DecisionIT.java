package org.fazhi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.decision.DecisionCatalogs.ItemInput;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ExpertInput;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionService.PartyReportInput;
import org.fazhi.decision.DecisionService.ReviseDecision;
import org.fazhi.decision.DecisionService.RiskInput;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.RunAs;
import org.fazhi.platform.StaleWrite;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewView;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Major decisions: the catalog, the five procedures with their gate, and what follows the decision. */
class DecisionIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	/** The 7th working day after TODAY (端午 2026-06-19 is a holiday): the earliest meeting after a review sent TODAY. */
	static final LocalDate MEETING = LocalDate.of(2026, 6, 25);

	@Autowired
	DecisionService decisions;

	@Autowired
	DecisionQueries queries;

	@Autowired
	ConsultationQueries consultationQueries;

	@Autowired
	RunAs runAs;

	@Autowired
	DecisionCatalogs catalogs;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ReviewService reviews;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	UUID user(String name) {
		return users.findByUsername(name).orElseThrow().id();
	}

	UUID decision(String title, boolean market) {
		return decisions.create(new CreateDecision(title, 2026, org(DemoOrgCodes.TRANSFER), null, market,
				"第一条 决策草案正文。", "起草说明。", "《中华人民共和国科学技术进步法》第十条"), user("staff"));
	}

	MeetingInput meeting(Boolean headLast, Boolean majority, String reason) {
		return new MeetingInput("2026年第12次厅务会", MEETING, "厅长、副厅长、各处室负责人", "张伟", "逐条讨论了草案。", "无", headLast,
				majority, reason, MeetingOutcome.APPROVED, "同意印发。", null);
	}

	void passReview(UUID decision) {
		UUID review = decisions.submitForReview(decision, TODAY, user("staff")).id();
		reviews.complete(review, ReviewOutcome.STATEMENT, "经审查，合法。", List.of(), TODAY, user("reviewer"));
	}

	void exemptFirstThree(UUID id) {
		decisions.exempt(id, Procedure.PUBLIC_PARTICIPATION, ExemptionGround.NOT_DISCLOSABLE, "涉及国家秘密，依法不予公开。",
				"王明", TODAY);
		decisions.exempt(id, Procedure.EXPERT_ARGUMENTATION, ExemptionGround.NOT_TECHNICAL, "属内部管理事项，不涉及专业技术问题。",
				"王明", TODAY);
		decisions.exempt(id, Procedure.RISK_ASSESSMENT, ExemptionGround.NO_STABILITY_RISK, "不涉及群众切身利益。", "王明",
				TODAY);
	}

	// ---------------------------------------------------------------- the gate

	@Test
	void collectiveDecisionWithoutAnyProcedureIsRefusedNamingEachAndItsArticle() throws Exception {
		UUID id = decision("缺少全部程序的决策", true);
		mvc.perform(post("/api/v1/decisions/{id}/collective-decision", id).with(as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"meeting": "厅务会", "heldOn": "2026-06-15", "attendees": "全体", "headName": "张伟",
					 "discussion": "讨论", "dissent": "无", "headSpokeLast": true, "followsMajority": true,
					 "outcome": "APPROVED"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("公众参与"), org.hamcrest.Matchers.containsString("第十四条"),
					org.hamcrest.Matchers.containsString("专家论证"), org.hamcrest.Matchers.containsString("风险评估"),
					org.hamcrest.Matchers.containsString("合法性审查"), org.hamcrest.Matchers.containsString("第二十五条"),
					org.hamcrest.Matchers.containsString("公平竞争审查"))));
		assertThat(queries.get(id).meetings()).isEmpty();
		assertThat(queries.get(id).status()).isEqualTo(DecisionStatus.DRAFTING);
	}

	@Test
	void collectiveDecisionBeforeTheLegalityReviewPassedIsRefusedUnderArticle25() {
		UUID id = decision("审查未通过的决策", false);
		exemptFirstThree(id);
		decisions.submitForReview(id, TODAY, user("staff"));
		assertThatThrownBy(() -> decisions.recordCollectiveDecision(id, meeting(true, true, null), "张伟"))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(decisions.text("decision.gate.refused",
					((RuleViolation) e).getArguments())).contains("合法性审查：审查尚未通过（第二十五条）")
				.doesNotContain("公众参与", "专家论证", "风险评估"));
	}

	@Test
	void collectiveDiscussionSoonerThanSevenWorkingDaysAfterTheReviewIsRefusedUnlessALeaderRecordsWhy()
			throws Exception {
		UUID id = decision("审查时间不足的决策", false);
		exemptFirstThree(id);
		passReview(id);
		clock.setDate(LocalDate.of(2026, 6, 24));
		String body = """
				{"meeting": "厅务会", "heldOn": "2026-06-24", "attendees": "全体", "headName": "张伟",
				 "discussion": "讨论", "dissent": "无", "headSpokeLast": true, "followsMajority": true,
				 "outcome": "APPROVED"%s}""";
		mvc.perform(post("/api/v1/decisions/{id}/collective-decision", id).with(as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不少于 7 个工作日")));
		mvc.perform(post("/api/v1/decisions/{id}/collective-decision", id).with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(", \"override\": \"防汛形势紧急\"")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/decisions/{id}/collective-decision", id).with(as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(", \"override\": \"防汛形势紧急\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"));
		assertThat(queries.get(id).meetings()).singleElement()
			.satisfies(m -> assertThat(m.overrideReason()).isEqualTo("防汛形势紧急"));
	}

	@Test
	void legalityReviewCanNeverBeExemptedNorReplacedByAConsultation() {
		UUID id = decision("试图免于审查的决策", false);
		assertThatThrownBy(() -> decisions.exempt(id, Procedure.LEGALITY_REVIEW, ExemptionGround.NOT_TECHNICAL, "理由",
				"王明", TODAY))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.review-not-exemptible");
		assertThatThrownBy(() -> decisions.exempt(id, Procedure.COLLECTIVE_DECISION, ExemptionGround.NOT_TECHNICAL,
				"理由", "王明", TODAY))
			.isInstanceOf(RuleViolation.class);
		assertThat(decisions.text("decision.rule.review-not-exemptible")).contains("不得以征求意见等方式代替", "第二十五条");
	}

	@Test
	void exemptionNeedsTheGroundOfItsOwnProcedureAndAnExplanation() {
		UUID id = decision("免于程序的理由", false);
		assertThatThrownBy(() -> decisions.exempt(id, Procedure.RISK_ASSESSMENT, ExemptionGround.NOT_TECHNICAL,
				"理由", "王明", TODAY))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> decisions.exempt(id, Procedure.RISK_ASSESSMENT, ExemptionGround.NO_STABILITY_RISK,
				" ", "王明", TODAY))
			.isInstanceOf(RuleViolation.class);
		decisions.exempt(id, Procedure.RISK_ASSESSMENT, ExemptionGround.ALREADY_ASSESSED, "已按社会稳定风险评估规定评估。",
				"王明", TODAY);
		assertThat(queries.get(id).procedure(Procedure.RISK_ASSESSMENT).state()).isEqualTo(ProcedureState.EXEMPT);
	}

	@Test
	void marketDecisionNeedsAFairCompetitionConclusionThatDoesNotFail() {
		UUID id = decision("涉市场主体的决策", true);
		exemptFirstThree(id);
		passReview(id);
		assertThat(queries.get(id).missing()).singleElement().asString().contains("公平竞争审查");
		decisions.recordFairCompetition(id, FairCompetition.FAILS, "设置了地方保护条款", TODAY, "王明");
		assertThat(queries.get(id).missing()).singleElement().asString().contains("违反公平竞争审查标准");
		decisions.recordFairCompetition(id, FairCompetition.PASSES, null, TODAY, "王明");
		assertThat(queries.get(id).missing()).isEmpty();
	}

	@Test
	void theHeadDecidesLastAndStatesWhyWhenDifferingFromTheMajority() {
		UUID id = decision("行政首长最后表态", false);
		exemptFirstThree(id);
		passReview(id);
		clock.setDate(MEETING);
		assertThatThrownBy(() -> decisions.recordCollectiveDecision(id, meeting(false, true, null), "张伟"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.head-last");
		assertThatThrownBy(() -> decisions.recordCollectiveDecision(id, meeting(true, false, " "), "张伟"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.differing-reason");
		decisions.recordCollectiveDecision(id, meeting(true, false, "多数意见主张暂缓，但汛期临近须立即实施。"), "张伟");
		DecisionView d = queries.get(id);
		assertThat(d.status()).isEqualTo(DecisionStatus.DECIDED);
		assertThat(d.meetings()).singleElement().satisfies(m -> assertThat(m.differingReason()).contains("汛期"));
		assertThat(d.allProceduresSatisfied()).isTrue();
	}

	@Test
	void aFullDecisionWithItsConsultationExpertsRiskReviewMeetingPublicationAndArchive() throws Exception {
		UUID id = decision("五项程序齐全的决策", false);
		UUID consultation = decisions.openConsultation(id, TODAY, LocalDate.of(2026, 7, 15), null, null, user("staff"),
				TODAY);
		consultations.comment(consultation, new NewComment("建议明确实施时间。", null, null, "192.0.2.200", null));
		assertThat(queries.get(id).missing()).anySatisfy(m -> assertThat(m).contains("公众参与", "2026-07-15"));

		UUID opinion = decisions.addExpertOpinion(id, new ExpertInput("李教授", "内蒙古大学", ExpertForm.WRITTEN, "可行。", TODAY, true), "王明");
		assertThatThrownBy(() -> decisions.addExpertOpinion(id, new ExpertInput("钱经理", "利害关系企业", ExpertForm.WRITTEN, "支持。", TODAY, false),
				"王明"))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> decisions.completeArgumentation(id, "已采纳。", TODAY))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).getArguments()).containsExactly("李教授"));
		decisions.attachSignedOpinion(opinion, "签名意见.pdf", "%PDF-1.4 signed".getBytes(), "王明");
		decisions.completeArgumentation(id, "专家意见已采纳。", TODAY);
		decisions.recordRiskAssessment(id, new RiskInput("风险点", "措施", "预案", "内蒙古社会科学院", RiskLevel.LOW, true,
				TODAY));

		clock.setDate(LocalDate.of(2026, 7, 16));
		consultations.closeEnded(LocalDate.of(2026, 7, 16));
		assertThat(queries.get(id).missing()).anySatisfy(m -> assertThat(m).contains("1条公众意见未反馈"));
		consultations.respond(consultationQueries.comments(consultation).get(0).id(), ResponseKind.ADOPTED, "已采纳。",
				"王明");
		consultations.publishSummary(consultation, LocalDate.of(2026, 7, 16));
		assertThat(consultationQueries.get(consultation).status()).isEqualTo(ConsultationStatus.CONCLUDED);
		UUID review = decisions.submitForReview(id, LocalDate.of(2026, 7, 16), user("staff")).id();
		// 第二十六条: 一般不少于7个工作日 — a floor, not a deadline
		assertThat(reviews.get(review).dueDate()).isNull();
		assertThat(reviews.get(review).earliestDate()).isEqualTo(LocalDate.of(2026, 7, 27));
		assertThat(reviews.get(review).completedOnTime()).isNull();
		reviews.complete(review, ReviewOutcome.STATEMENT, "合法。", List.of(), LocalDate.of(2026, 7, 16), user("reviewer"));
		assertThat(queries.get(id).missing()).isEmpty();

		LocalDate met = LocalDate.of(2026, 7, 27);
		clock.setDate(met);
		decisions.recordCollectiveDecision(id, new MeetingInput("2026年第15次厅务会", met, "全体", "张伟", "讨论。", "无",
				true, true, null, MeetingOutcome.APPROVED, null, null), "张伟");
		decisions.recordPartyReport(id, new PartyReportInput(met, "中共内蒙古自治区科学技术厅党组", null, null), "王明");
		decisions.publish(id, met, "门户网站", "决策全文。");
		decisions.addReport(id, met, "成果转化与区域创新处", "已实施。", "王明");
		assertThatThrownBy(() -> decisions.startEvaluation(id, EvaluationTrigger.MANY_OBJECTIONS, "意见较多",
				"内蒙古 社会科学院", met, "王明"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.evaluator-is-assessor");
		decisions.startEvaluation(id, EvaluationTrigger.MANY_OBJECTIONS, "意见较多", "内蒙古大学评估中心", met, "王明");
		assertThat(queries.get(id).status()).isEqualTo(DecisionStatus.PUBLISHED);

		MvcResult zip = mvc.perform(get("/decisions/{id}/archive.zip", id).with(as("staff")))
			.andExpect(status().isOk())
			.andReturn();
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		assertThat(names).first().asString().startsWith("00-档案目录");
		assertThat(names).contains("02-意见采纳情况说明.docx", "03-签名意见.pdf", "04-风险评估报告.docx",
				"07-集体讨论决定记录.docx", "07-向同级党委请示报告.docx", "08-决策公布.docx", "12-全过程记录.xlsx");
		assertThat(names).anySatisfy(n -> assertThat(n).startsWith("05-").endsWith(".docx"));

		String portal = Pages.text(mvc.perform(get("/gk/decisions/{id}", id)).andExpect(status().isOk()).andReturn());
		assertThat(portal).contains("五项程序齐全的决策", "决策全文", "公众意见采纳情况", "共收到意见1条");
	}

	// ---------------------------------------------------------------- the draft follows its review (第二十五条)

	ReviseDecision revision(DecisionView d, String text, boolean market, boolean reopen) {
		return new ReviseDecision(d.title(), text, d.explanation(), d.basis(), market, reopen);
	}

	@Test
	void aDraftWhoseReviewPassedIsFrozenAndAChangeReopensTheReviewAndTheFairCompetitionGate() {
		UUID id = decision("审查通过后修改的决策", true);
		exemptFirstThree(id);
		passReview(id);
		decisions.recordFairCompetition(id, FairCompetition.PASSES, null, TODAY, "王明");
		assertThat(queries.get(id).missing()).isEmpty();
		DecisionView passed = queries.get(id);
		assertThatThrownBy(() -> runAs.as("staff",
				() -> decisions.revise(id, revision(passed, "第一条 修改后的草案。", true, false), passed.version(), TODAY)))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("decision.rule.draft-frozen");
		assertThat(queries.get(id).draftText()).isEqualTo("第一条 决策草案正文。");

		runAs.as("staff",
				() -> decisions.revise(id, revision(passed, "第一条 修改后的草案。", true, true), passed.version(), TODAY));
		DecisionView reopened = queries.get(id);
		assertThat(reopened.review()).isNull();
		assertThat(reopened.procedure(Procedure.LEGALITY_REVIEW).state()).isEqualTo(ProcedureState.PENDING);
		assertThat(reopened.fairCompetitionCurrent()).isFalse();
		assertThat(String.join("；", reopened.missing())).contains("尚未送请合法性审查", "审查后修改");
	}

	@Test
	void switchingTheMarketFlagOnAfterThePassedReviewAlsoReopensItAndAsksForAFairCompetitionReview() {
		UUID id = decision("后来认定涉及市场主体的决策", false);
		exemptFirstThree(id);
		passReview(id);
		DecisionView passed = queries.get(id);
		runAs.as("staff",
				() -> decisions.revise(id, revision(passed, passed.draftText(), true, true), passed.version(), TODAY));
		assertThat(String.join("；", queries.get(id).missing())).contains("尚未送请合法性审查", "公平竞争审查");
	}

	@Test
	void aDraftUnderReviewCannotBeChanged() {
		UUID id = decision("审查中的决策", false);
		decisions.submitForReview(id, TODAY, user("staff"));
		DecisionView d = queries.get(id);
		assertThatThrownBy(() -> runAs.as("staff",
				() -> decisions.revise(id, revision(d, "第一条 审查中改动。", false, true), d.version(), TODAY)))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("decision.rule.draft-under-review");
	}

	@Test
	void theDecisionDiscussedAfterAnOpinionIsTheRevisedDraftTheReviewerConfirmed() {
		UUID id = decision("按审查意见修改的决策", false);
		exemptFirstThree(id);
		UUID review = decisions.submitForReview(id, TODAY, user("staff")).id();
		reviews.complete(review, ReviewOutcome.OPINION, "第一条缺少上位法依据。", List.of("第一条缺少上位法依据"), TODAY,
				user("reviewer"));
		DecisionView d = queries.get(id);
		runAs.as("staff", () -> decisions.revise(id, revision(d, "第一条 依据《科学技术进步法》，制定本措施。", false, false),
				d.version(), TODAY));
		ReviewView opinion = reviews.get(review);
		assertThat(opinion.revisions()).hasSize(2);
		runAs.as("staff", () -> reviews.recordHandling(review, opinion.problems().get(0).id(), "已在第一条补充上位法依据。",
				TODAY, "王明", user("staff")));
		runAs.as("reviewer", () -> reviews.confirm(review, TODAY, user("reviewer"), null));
		DecisionView passed = queries.get(id);
		assertThat(passed.review().status()).isEqualTo(ReviewStatus.PASSED);
		assertThat(passed.draftText()).isEqualTo("第一条 依据《科学技术进步法》，制定本措施。");
		assertThat(passed.missing()).isEmpty();
	}

	// ---------------------------------------------------------------- public participation in any lawful form (第十四条)

	ChannelRecord symposium(LocalDate on) {
		return new ChannelRecord(ChannelKind.SYMPOSIUM, on, null, "第一会议室", "企业代表12人", "与会代表发表意见。",
				"关于申报条件的意见已采纳。", null, null, null);
	}

	@Test
	void aSymposiumWithItsHandlingIsPublicParticipationWithoutAPortalConsultation() {
		UUID id = decision("以座谈会听取意见的决策", false);
		assertThat(queries.get(id).procedure(Procedure.PUBLIC_PARTICIPATION).state()).isEqualTo(ProcedureState.PENDING);
		assertThatThrownBy(() -> decisions.recordParticipation(id, new ChannelRecord(ChannelKind.SYMPOSIUM, TODAY, null,
				"会议室", "代表", "记录", null, null, null, null), "王明"))
			.isInstanceOf(InvalidInput.class);
		decisions.recordParticipation(id, symposium(TODAY), "王明");
		DecisionView d = queries.get(id);
		assertThat(d.procedure(Procedure.PUBLIC_PARTICIPATION).state()).isEqualTo(ProcedureState.DONE);
		assertThat(d.channels()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ChannelKind.SYMPOSIUM));
		assertThat(String.join("；", d.missing())).doesNotContain("公众参与");
	}

	@Test
	void thirtyDaysApplyOnlyToAPublicCallAndAShorterOneNeedsItsReason() {
		UUID id = decision("通过报刊征求意见的决策", false);
		clock.setDate(LocalDate.of(2026, 7, 31));
		ChannelRecord twentyDays = new ChannelRecord(ChannelKind.PUBLIC_CALL, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 7, 21), null, "社会公众", "《内蒙古日报》刊登决策草案，收到意见5条。", "意见已研究采纳。", null, null,
				null);
		assertThatThrownBy(() -> decisions.recordParticipation(id, twentyDays, "王明"))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).getArguments())
			.satisfies(args -> assertThat(args).anySatisfy(a -> assertThat(a.toString()).contains("第十五条")));
		decisions.recordParticipation(id, new ChannelRecord(ChannelKind.PUBLIC_CALL, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 7, 21), null, "社会公众", "《内蒙古日报》刊登决策草案。", "意见已研究采纳。", null, null,
				"汛期防灾需要，依第十五条缩短期限"), "王明");
		decisions.recordParticipation(id, symposium(LocalDate.of(2026, 7, 3)), "王明");
		assertThat(queries.get(id).channels()).hasSize(2);
	}

	@Test
	void aHearingWhoseMaterialsWereServedLessThanSevenDaysBeforeIsRefused() {
		UUID id = decision("听证的决策", false);
		clock.setDate(LocalDate.of(2026, 7, 20));
		assertThatThrownBy(() -> decisions.recordParticipation(id, new ChannelRecord(ChannelKind.HEARING,
				LocalDate.of(2026, 7, 10), null, "听证室", "听证代表15人", "听证笔录", "意见已采纳。", LocalDate.of(2026, 7, 4),
				LocalDate.of(2026, 7, 1), null), "王明"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("consultation.rule.hearing-materials-late");
		decisions.recordParticipation(id, new ChannelRecord(ChannelKind.HEARING, LocalDate.of(2026, 7, 10), null, "听证室",
				"听证代表15人", "听证笔录", "意见已采纳。", LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 1), null), "王明");
		assertThat(queries.get(id).procedure(Procedure.PUBLIC_PARTICIPATION).state()).isEqualTo(ProcedureState.DONE);
	}

	// ---------------------------------------------------------------- the review request and its materials (第二十六条)

	@Test
	void theReviewRequestCarriesTheBasisAndTheProceduresAndMayBeReturnedForCompletion() {
		UUID bare = decisions.create(new CreateDecision("无法律依据的决策", 2026, org(DemoOrgCodes.TRANSFER), null, false,
				"第一条 正文。", null, null), user("staff"));
		assertThatThrownBy(() -> decisions.submitForReview(bare, TODAY, user("staff")))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("decision.review.basis-required");

		UUID id = decision("送审材料齐全的决策", false);
		decisions.recordParticipation(id, symposium(TODAY), "王明");
		ReviewView review = decisions.submitForReview(id, TODAY, user("staff"));
		assertThat(review.basis()).contains("科学技术进步法");
		assertThat(review.procedureSummary()).contains("公众参与：已完成", "座谈会");
		runAs.as("reviewer", () -> reviews.returnForCompletion(review.id(), "请补充风险评估报告。", TODAY, null));
		assertThat(String.join("；", queries.get(id).missing())).contains("退回补充材料", "请补充风险评估报告");
		decisions.exempt(id, Procedure.RISK_ASSESSMENT, ExemptionGround.NO_STABILITY_RISK, "不涉及群众切身利益。", "王明",
				TODAY);
		decisions.resubmitForReview(id, TODAY);
		assertThat(reviews.get(review.id()).status()).isIn(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW);
		assertThat(reviews.get(review.id()).procedureSummary()).contains("风险评估：依法不适用");
		runAs.as("reviewer", () -> reviews.recordCounselOpinion(review.id(), "张律师", org.fazhi.review.CounselRole.LEGAL_ADVISER,
				"决策草案不违反上位法规定。", TODAY, "李华"));
		assertThat(queries.get(id).review().counselOpinions()).singleElement()
			.satisfies(c -> assertThat(c.opinion()).contains("不违反上位法"));
	}

	// ---------------------------------------------------------------- risk, experts, the party committee, the register

	@Test
	void anUncontrollableRiskBlocksTheDecisionUntilTheAdjustedDraftIsAssessedAgain() {
		UUID id = decision("风险不可控的决策", false);
		decisions.exempt(id, Procedure.PUBLIC_PARTICIPATION, ExemptionGround.NOT_DISCLOSABLE, "涉及国家秘密。", "王明", TODAY);
		decisions.exempt(id, Procedure.EXPERT_ARGUMENTATION, ExemptionGround.NOT_TECHNICAL, "不涉及专业问题。", "王明", TODAY);
		decisions.recordRiskAssessment(id, new RiskInput("群体性事件风险", "加强沟通", "应急预案", "第三方评估机构",
				RiskLevel.HIGH, false, TODAY));
		passReview(id);
		DecisionView blocked = queries.get(id);
		assertThat(blocked.procedure(Procedure.RISK_ASSESSMENT).state()).isEqualTo(ProcedureState.IN_PROGRESS);
		assertThat(String.join("；", blocked.missing())).contains("风险不可控", "第二十四条");
		decisions.recordRiskAssessment(id, new RiskInput("群体性事件风险", "调整补偿标准，分步实施", "应急预案", "第三方评估机构",
				RiskLevel.MEDIUM, true, TODAY));
		assertThat(queries.get(id).missing()).isEmpty();
		assertThatThrownBy(() -> decisions.recordRiskAssessment(id, new RiskInput("再评估", "措施", "预案", "机构",
				RiskLevel.LOW, true, TODAY)))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("decision.risk.done");
	}

	@Test
	void anOpinionGivenAtAnArgumentationMeetingNeedsNoSignatureButAWrittenOneDoes() {
		UUID id = decision("论证会论证的决策", false);
		decisions.addExpertOpinion(id, new ExpertInput("周研究员", "自治区科学院", ExpertForm.MEETING, "论证会上发表意见：可行。",
				TODAY, true), "王明");
		decisions.completeArgumentation(id, "论证会意见已采纳。", TODAY);
		assertThat(queries.get(id).procedure(Procedure.EXPERT_ARGUMENTATION).state()).isEqualTo(ProcedureState.DONE);

		UUID written = decision("书面论证的决策", false);
		decisions.addExpertOpinion(written, new ExpertInput("吴教授", "内蒙古大学", ExpertForm.WRITTEN, "书面意见：可行。",
				TODAY, true), "王明");
		assertThatThrownBy(() -> decisions.completeArgumentation(written, "已采纳。", TODAY))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.experts-unsigned");
	}

	UUID decided(String title) {
		UUID id = decision(title, false);
		exemptFirstThree(id);
		passReview(id);
		clock.setDate(MEETING);
		decisions.recordCollectiveDecision(id, meeting(true, true, null), "张伟");
		return id;
	}

	@Test
	void aDecisionTakenUnderTheRegulationIsPublishedOnlyAfterTheReportToThePartyCommittee() {
		UUID id = decided("须向党委报告的决策");
		assertThatThrownBy(() -> decisions.publish(id, MEETING, "门户网站", "决策全文。"))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("decision.rule.party-report-missing");
		assertThatThrownBy(() -> decisions.recordPartyReport(id, new PartyReportInput(MEETING.minusDays(1),
				"厅党组", null, null), "王明"))
			.isInstanceOf(RuleViolation.class);
		decisions.recordPartyReport(id, new PartyReportInput(MEETING, "中共内蒙古自治区科学技术厅党组", "党组会议听取汇报", null),
				"王明");
		decisions.publish(id, MEETING, "门户网站", "决策全文。");
		assertThat(queries.get(id).status()).isEqualTo(DecisionStatus.PUBLISHED);

		UUID waived = decided("依规定无需报告的决策");
		decisions.recordPartyReport(waived, new PartyReportInput(null, null, null, "属于部门内部工作部署，依规定无需请示报告"),
				"王明");
		decisions.publish(waived, MEETING, "门户网站", "决策全文。");
		assertThat(queries.get(waived).partyReport().waived()).isTrue();
	}

	@Test
	void aDecisionThatIsInSubstanceANormativeDocumentIsLinkedToTheRegister() {
		UUID id = decided("属于规范性文件的决策");
		UUID document = normativeDocument();
		assertThatThrownBy(() -> decisions.registerAsNormative(id, UUID.randomUUID())).isInstanceOf(InvalidInput.class);
		decisions.registerAsNormative(id, document);
		assertThat(queries.get(id).normative().id()).isEqualTo(document);
	}

	@Autowired
	org.fazhi.normative.NormativeService normative;

	UUID normativeDocument() {
		return normative.create(new org.fazhi.normative.NormativeService.CreateDocument("关于决策的实施办法",
				org.fazhi.normative.DocumentKind.DEPARTMENT, org(DemoOrgCodes.TRANSFER), "第一条 正文。", "说明。", null,
				false, null), user("staff"));
	}

	// ---------------------------------------------------------------- optimistic locking

	@Test
	void aChangeMadeOnAStaleCopyOfTheDecisionIsRefusedAndChangesNothing() {
		UUID id = decision("两人同时修改的决策", false);
		DecisionView seen = queries.get(id);
		runAs.as("staff", () -> decisions.revise(id, revision(seen, "第一条 甲的修改。", false, false), seen.version(), TODAY));
		assertThatThrownBy(() -> runAs.as("staff2",
				() -> decisions.revise(id, revision(seen, "第一条 乙的修改。", false, false), seen.version(), TODAY)))
			.isInstanceOf(StaleWrite.class);
		assertThat(queries.get(id).draftText()).isEqualTo("第一条 甲的修改。");
	}

	@Test
	void theEditFormOfAStaleCopyComesBackWithTheTypedTextAndTheConflictMessage() throws Exception {
		UUID id = decision("页面上的并发修改", false);
		DecisionView seen = queries.get(id);
		runAs.as("staff", () -> decisions.revise(id, revision(seen, "第一条 先保存的修改。", false, false), seen.version(),
				TODAY));
		MvcResult page = mvc.perform(post("/decisions/{id}/edit", id).with(as("staff"))
			.with(csrf())
			.param("title", seen.title())
			.param("draftText", "第一条 后保存的修改。")
			.param("version", String.valueOf(seen.version())))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(page)).contains("已被他人修改");
		assertThat(Pages.html(page).select("textarea[name=draftText]").text()).isEqualTo("第一条 后保存的修改。");
		assertThat(queries.get(id).draftText()).isEqualTo("第一条 先保存的修改。");
	}

	// ---------------------------------------------------------------- catalog

	@Test
	void catalogItemWithoutLeadDivisionIsRefused() {
		UUID catalog = catalogs.create(org(DemoOrgCodes.DEPARTMENT), 2031);
		assertThatThrownBy(() -> catalogs.addItem(catalog, new ItemInput("无承办单位的事项", null,
				EnumSet.allOf(Procedure.class), "2031年", null), null, "王明"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("decision.item.lead-org");
		assertThat(catalogs.get(catalog).items()).isEmpty();
	}

	@Test
	void staffOfOneDivisionNeitherWithdrawsNorListsAnotherDivisionsItems() throws Exception {
		UUID catalog = catalogs.create(org(DemoOrgCodes.DEPARTMENT), 2032);
		UUID theirs = catalogs.addItem(catalog, new ItemInput("高新处承办的事项", org(DemoOrgCodes.HIGHTECH),
				EnumSet.noneOf(Procedure.class), "第二季度", null), null, "陈强");
		MvcResult refused = mvc
			.perform(post("/decisions/catalogs/{id}/items/{item}/withdraw", catalog, theirs).with(as("staff")).with(csrf()))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(Pages.text(refused)).contains("该事项由「高新技术发展及产业化处」承办");
		assertThat(catalogs.get(catalog).activeItems()).extracting(CatalogView.Item::id).containsExactly(theirs);

		MvcResult added = mvc.perform(post("/decisions/catalogs/{id}/items", catalog).with(as("staff"))
			.with(csrf())
			.param("name", "替高新处列入的事项")
			.param("leadOrgId", org(DemoOrgCodes.HIGHTECH).toString())
			.param("plannedTiming", "第三季度")).andReturn();
		assertThat(added.getFlashMap().get("flash").toString()).contains("承办单位不在您的数据范围内");
		assertThat(catalogs.get(catalog).items()).hasSize(1);

		mvc.perform(post("/decisions/catalogs/{id}/items/{item}/withdraw", catalog, theirs).with(as("reviewer"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(catalogs.get(catalog).activeItems()).isEmpty();
	}

	@Test
	void catalogIsPublishedOnlyAfterApprovalAndThePartyCommitteesAgreement() throws Exception {
		UUID catalog = catalogs.create(org(DemoOrgCodes.DEPARTMENT), 2030);
		catalogs.addItem(catalog, new ItemInput("2030年度决策事项", org(DemoOrgCodes.TRANSFER),
				EnumSet.noneOf(Procedure.class), "第二季度", null), null, "王明");
		assertThat(catalogs.get(catalog).items().get(0).planned()).contains(Procedure.LEGALITY_REVIEW,
				Procedure.COLLECTIVE_DECISION);
		assertThatThrownBy(() -> catalogs.publish(catalog, TODAY)).isInstanceOf(RuleViolation.class);
		mvc.perform(post("/decisions/catalogs/{id}/approval", catalog).with(as("staff")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/decisions/catalogs/{id}/approval", catalog).with(as("leader")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> catalogs.publish(catalog, TODAY))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.catalog-without-party");
		catalogs.recordPartyAgreement(catalog, TODAY, "厅党组2026年第5次会议");
		catalogs.publish(catalog, TODAY);
		assertThat(catalogs.get(catalog).status()).isEqualTo(CatalogStatus.PUBLISHED);

		assertThatThrownBy(() -> catalogs.addItem(catalog, new ItemInput("追加事项", org(DemoOrgCodes.TRANSFER),
				EnumSet.allOf(Procedure.class), "第四季度", null), " ", "王明"))
			.isInstanceOf(InvalidInput.class);
		catalogs.addItem(catalog, new ItemInput("追加事项", org(DemoOrgCodes.TRANSFER), EnumSet.allOf(Procedure.class),
				"第四季度", null), "自治区政府部署的新任务", "王明");
		CatalogView c = catalogs.get(catalog);
		assertThat(c.revision()).isEqualTo(2);
		assertThat(c.adjustments()).singleElement()
			.satisfies(a -> assertThat(a.reason()).isEqualTo("自治区政府部署的新任务"));
		String portal = Pages.text(mvc.perform(get("/gk/decisions")).andReturn());
		assertThat(portal).contains("2030年度重大行政决策事项目录", "追加事项", "自治区政府部署的新任务");
	}

	// ---------------------------------------------------------------- API

	@Test
	void apiCreatesADecisionAndListsTheYearsDecisionsWithTheirProcedures() throws Exception {
		MvcResult created = mvc.perform(post("/api/v1/decisions").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "接口登记的决策", "year": 2027, "leadOrgId": "%s"}""".formatted(org(DemoOrgCodes.TRANSFER))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFTING"))
			.andReturn();
		String id = JsonPath.read(Pages.body(created), "$.id");
		mvc.perform(get("/api/v1/decisions").param("year", "2027").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')].procedures[0].state".formatted(id)).value("PENDING"))
			.andExpect(jsonPath("$[?(@.id == '%s')].procedures.length()".formatted(id)).value(5));
		mvc.perform(post("/api/v1/decisions").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "", "year": 1900}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("决策事项名称")));
		mvc.perform(post("/api/v1/decisions").with(as("officer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "无权登记", "year": 2027, "leadOrgId": "%s"}""".formatted(org(DemoOrgCodes.TRANSFER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void the2019DecisionWentThroughAllFiveProcedures() throws Exception {
		mvc.perform(get("/api/v1/decisions").param("year", "2019").with(as("reviewer")))
			.andExpect(jsonPath("$[0].title").value(DemoDecisions.DECISION_2019))
			.andExpect(jsonPath("$[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$[0].procedures[*].state").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("DONE"))));
		String portal = Pages.text(mvc.perform(get("/gk/decisions")).andReturn());
		assertThat(portal).contains("2019年度重大行政决策事项目录", DemoDecisions.DECISION_2019, "正在征求意见的决策草案",
				DemoDecisions.DECISION_NOW);
	}
}
