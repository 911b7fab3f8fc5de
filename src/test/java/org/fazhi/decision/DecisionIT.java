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
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.decision.DecisionCatalogs.ItemInput;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ExpertInput;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionService.RiskInput;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
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
				"第一条 决策草案正文。", "起草说明。"), user("staff"));
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
		assertThat(decisions.get(id).meetings()).isEmpty();
		assertThat(decisions.get(id).status()).isEqualTo(DecisionStatus.DRAFTING);
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
		assertThat(decisions.get(id).meetings()).singleElement()
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
		assertThat(decisions.get(id).procedure(Procedure.RISK_ASSESSMENT).state()).isEqualTo(ProcedureState.EXEMPT);
	}

	@Test
	void marketDecisionNeedsAFairCompetitionConclusionThatDoesNotFail() {
		UUID id = decision("涉市场主体的决策", true);
		exemptFirstThree(id);
		passReview(id);
		assertThat(decisions.missingForDecision(id)).singleElement().asString().contains("公平竞争审查");
		decisions.recordFairCompetition(id, FairCompetition.FAILS, "设置了地方保护条款", TODAY);
		assertThat(decisions.missingForDecision(id)).singleElement().asString().contains("违反公平竞争审查标准");
		decisions.recordFairCompetition(id, FairCompetition.PASSES, null, TODAY);
		assertThat(decisions.missingForDecision(id)).isEmpty();
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
		DecisionView d = decisions.get(id);
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
		assertThat(decisions.missingForDecision(id)).anySatisfy(m -> assertThat(m).contains("公众参与", "2026-07-15"));

		UUID opinion = decisions.addExpertOpinion(id, new ExpertInput("李教授", "内蒙古大学", "可行。", TODAY, true), "王明");
		assertThatThrownBy(() -> decisions.addExpertOpinion(id, new ExpertInput("钱经理", "利害关系企业", "支持。", TODAY, false),
				"王明"))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> decisions.completeArgumentation(id, "已采纳。", TODAY))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).getArguments()).containsExactly("李教授"));
		decisions.attachSignedOpinion(opinion, "签名意见.pdf", "%PDF-1.4 signed".getBytes(), "王明");
		decisions.completeArgumentation(id, "专家意见已采纳。", TODAY);
		decisions.recordRiskAssessment(id, new RiskInput("风险点", "措施", "预案", "内蒙古社会科学院", "低风险"), TODAY);

		clock.setDate(LocalDate.of(2026, 7, 16));
		consultations.closeEnded(LocalDate.of(2026, 7, 16));
		assertThat(decisions.missingForDecision(id)).anySatisfy(m -> assertThat(m).contains("1条公众意见未反馈"));
		consultations.respond(consultations.comments(consultation).get(0).id(), ResponseKind.ADOPTED, "已采纳。", "王明");
		consultations.publishSummary(consultation, LocalDate.of(2026, 7, 16));
		assertThat(consultations.get(consultation).status()).isEqualTo(ConsultationStatus.CONCLUDED);
		UUID review = decisions.submitForReview(id, LocalDate.of(2026, 7, 16), user("staff")).id();
		// 第二十六条: 一般不少于7个工作日 — a floor, not a deadline
		assertThat(reviews.get(review).dueDate()).isNull();
		assertThat(reviews.get(review).earliestDate()).isEqualTo(LocalDate.of(2026, 7, 27));
		assertThat(reviews.get(review).completedOnTime()).isNull();
		reviews.complete(review, ReviewOutcome.STATEMENT, "合法。", List.of(), LocalDate.of(2026, 7, 16), user("reviewer"));
		assertThat(decisions.missingForDecision(id)).isEmpty();

		LocalDate met = LocalDate.of(2026, 7, 27);
		clock.setDate(met);
		decisions.recordCollectiveDecision(id, new MeetingInput("2026年第15次厅务会", met, "全体", "张伟", "讨论。", "无",
				true, true, null, MeetingOutcome.APPROVED, null, null), "张伟");
		decisions.publish(id, met, "门户网站", "决策全文。");
		decisions.addReport(id, met, "成果转化与区域创新处", "已实施。", "王明");
		assertThatThrownBy(() -> decisions.startEvaluation(id, EvaluationTrigger.MANY_OBJECTIONS, "意见较多",
				"内蒙古 社会科学院", met, "王明"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("decision.rule.evaluator-is-assessor");
		decisions.startEvaluation(id, EvaluationTrigger.MANY_OBJECTIONS, "意见较多", "内蒙古大学评估中心", met, "王明");
		assertThat(decisions.get(id).status()).isEqualTo(DecisionStatus.PUBLISHED);

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
				"07-集体讨论决定记录.docx", "08-决策公布.docx", "12-全过程记录.xlsx");
		assertThat(names).anySatisfy(n -> assertThat(n).startsWith("05-").endsWith(".docx"));

		String portal = Pages.text(mvc.perform(get("/gk/decisions/{id}", id)).andExpect(status().isOk()).andReturn());
		assertThat(portal).contains("五项程序齐全的决策", "决策全文", "公众意见采纳情况", "共收到意见1条");
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
