package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The whole procedure of a normative document through the JSON API (test clock: Monday 2026-06-15). */
class NormativeApiIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	private String transfer() {
		return orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id().toString();
	}

	String create(String title, String kind) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "kind": "%s", "draftingOrgId": "%s", "marketRelated": false,
					 "text": "第一条 为规范科技创新券的发放和使用，制定本办法。第二条 本办法自2026年8月1日起施行，有效期5年。"}"""
				.formatted(title, kind, transfer())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFTING"))
			.andReturn();
		String id = JsonPath.read(Pages.body(result), "$.id");
		mvc.perform(post("/api/v1/normative/documents/{id}/consultation", id).with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"门户网站\", \"from\": \"2026-06-01\", \"to\": \"2026-06-12\", \"comments\": 2}"))
			.andExpect(status().isOk());
		return id;
	}

	String submit(String id) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/normative/documents/{id}/review", id).with(as("staff")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.due").value("2026-07-07"))
			.andReturn();
		return JsonPath.read(Pages.body(result), "$.reviewId");
	}

	void statement(String reviewId) throws Exception {
		mvc.perform(post("/api/v1/review/{id}/complete", reviewId).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\": \"STATEMENT\", \"text\": \"经审查，该文件制定主体、程序和内容合法。\", \"problems\": []}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.documentNumber").value(Matchers.startsWith("科技厅法审〔2026〕")));
	}

	void deliberate(String id, String user, String date, String override) throws Exception {
		mvc.perform(post("/api/v1/normative/documents/{id}/deliberation", id).with(as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meeting\": \"2026年第12次厅长办公会议\", \"date\": \"%s\", \"outcome\": \"PASSED\"%s}".formatted(date,
					override == null ? "" : ", \"override\": \"" + override + "\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIBERATED"));
	}

	@Test
	void fullProcedureFromDraftToAcceptedFiling() throws Exception {
		String id = create("内蒙古自治区科技创新券管理办法", "DEPARTMENT");
		String reviewId = submit(id);
		mvc.perform(get("/api/v1/review/{id}/findings", reviewId).with(as("reviewer"))).andExpect(status().isOk());
		statement(reviewId);
		// 6/16, 6/17, 6/18, 6/22, 6/23 (6/19 端午节): the reviewer's five working days are over on 6/23
		clock.setDate(LocalDate.of(2026, 6, 24));
		deliberate(id, "leader", "2026-06-23", null);

		MvcResult promulgated = mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-24\", \"effectiveOn\": \"2026-08-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentNumber").value(Matchers.matchesPattern("内科发政字〔2026〕\\d+号")))
			.andReturn();
		String number = JsonPath.read(Pages.body(promulgated), "$.documentNumber");

		mvc.perform(get("/api/v1/normative/documents/{id}", id).with(as("reviewer")))
			.andExpect(jsonPath("$.status").value("PROMULGATED"))
			.andExpect(jsonPath("$.documentNumber").value(number))
			.andExpect(jsonPath("$.review.status").value("PASSED"))
			.andExpect(jsonPath("$.expiresOn").value("2031-07-31"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode == 'ND_FILING')].dueDate").value(Matchers.contains("2026-07-24")))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode == 'ND_PUBLICATION')].status").value(Matchers.contains("NORMAL")))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode == 'ND_LEGALITY_REVIEW')].status").value(Matchers.contains("DONE_ON_TIME")))
			.andExpect(jsonPath("$.filing").doesNotExist());

		mvc.perform(post("/api/v1/normative/documents/{id}/publication", id).with(as("reviewer")).with(csrf()))
			.andExpect(jsonPath("$.publishedOn").value("2026-06-24"));
		assertThat(Pages.text(mvc.perform(get("/gk/normative")).andReturn())).contains("内蒙古自治区科技创新券管理办法", number);

		MvcResult filed = mvc.perform(post("/api/v1/normative/documents/{id}/filing", id).with(as("reviewer")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn();
		String filingId = JsonPath.read(Pages.body(filed), "$.filingId");
		mvc.perform(post("/filings/{id}/accept", filingId).with(as("filing")).with(csrf()));
		mvc.perform(get("/api/v1/normative/documents/{id}", id).with(as("reviewer")))
			.andExpect(jsonPath("$.filing.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.filing.filedOnTime").value(true))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode == 'ND_FILING')].status").value(Matchers.contains("DONE_ON_TIME")));
	}

	@Test
	void aDepartmentDocumentNeverConsultedOnIsRefusedBeforeReview() throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "未征求意见的办法", "kind": "DEPARTMENT", "draftingOrgId": "%s",
					 "text": "第一条 为规范管理，制定本办法。第二条 本办法自2026年8月1日起施行，有效期5年。"}""".formatted(transfer())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = JsonPath.read(Pages.body(result), "$.id");
		mvc.perform(post("/api/v1/normative/documents/{id}/review", id).with(as("staff")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("国办发〔2018〕37号")));
		assertThat(jdbc.sql("select count(*) from review_request where subject_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aConsultationOfSixWorkingDaysWithoutAReasonIsRefused() throws Exception {
		String id = create("关于科技项目评审的规定", "DEPARTMENT");
		String other = JsonPath.read(Pages.body(mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"短期征求意见的办法\", \"kind\": \"DEPARTMENT\", \"draftingOrgId\": \"%s\", \"text\": \"第一条 正文。\"}"
				.formatted(transfer())))
			.andReturn()), "$.id");
		// 2026-06-15 … 06-23: 6/16, 6/17, 6/18, 6/22, 6/23 (6/19 端午) are five working days
		mvc.perform(post("/api/v1/normative/documents/{id}/consultation", other).with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"门户网站\", \"from\": \"2026-06-15\", \"to\": \"2026-06-23\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("7")));
		assertThat(id).isNotBlank();
	}

	@Test
	void deliberationWithoutAPassedReviewIsRefusedCitingTheRule() throws Exception {
		String id = create("关于科技特派员管理的规定", "DEPARTMENT");
		mvc.perform(post("/api/v1/normative/documents/{id}/deliberation", id).with(as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meeting\": \"厅长办公会议\", \"date\": \"2026-06-15\", \"outcome\": \"PASSED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("国办发〔2018〕37号 二（六）")));
		assertThat(jdbc.sql("select status from normative_document where id = :id").param("id", UUID.fromString(id))
			.query(String.class).single()).isEqualTo("CONSULTING");
	}

	@Test
	void deliberationSoonerThanFiveWorkingDaysAfterSubmissionNeedsALeadersRecordedReason() throws Exception {
		String id = create("关于科技成果转化奖励的实施细则", "DEPARTMENT");
		statement(submit(id));
		mvc.perform(post("/api/v1/normative/documents/{id}/deliberation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meeting\": \"厅长办公会议\", \"date\": \"2026-06-15\", \"outcome\": \"PASSED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("不少于 5 个工作日")))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("最早可于 2026-06-23 审议")));
		deliberate(id, "leader", "2026-06-15", "自治区政府要求月底前出台");
	}

	@Test
	void effectiveDateBeforePromulgationIsRefused() throws Exception {
		String id = create("关于高新技术企业培育的办法", "DEPARTMENT");
		statement(submit(id));
		deliberate(id, "leader", "2026-06-15", "急需出台");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-06-01\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("未经公布的文件不得作为行政管理依据")));
	}

	@Test
	void promulgationBeforeDeliberationIsRefused() throws Exception {
		String id = create("关于科技计划项目验收的规定", "DEPARTMENT");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-07-01\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("尚未经集体审议通过，不得公布")));
	}

	@Test
	void duplicateDocumentNumberIsRefusedAndNothingIsWritten() throws Exception {
		String first = create("关于科技奖励提名的规定", "DEPARTMENT");
		statement(submit(first));
		deliberate(first, "leader", "2026-06-15", "年度评奖时间紧");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", first).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-07-01\", \"documentNumber\": \"内科发政字〔2026〕901号\"}"))
			.andExpect(status().isOk());
		String second = create("关于科技奖励评审的规定", "DEPARTMENT");
		statement(submit(second));
		deliberate(second, "leader", "2026-06-15", "年度评奖时间紧");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", second).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-07-01\", \"documentNumber\": \"内科发政字〔2026〕901号\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("已被《关于科技奖励提名的规定》使用")));
		mvc.perform(get("/api/v1/normative/documents/{id}", second).with(as("reviewer")))
			.andExpect(jsonPath("$.status").value("DELIBERATED"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode == 'ND_FILING')]").isEmpty());
	}

	@Test
	void malformedDocumentNumberIsRefused() throws Exception {
		String id = create("关于科技统计的规定", "DEPARTMENT");
		statement(submit(id));
		deliberate(id, "leader", "2026-06-15", "统计年报需要");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发政字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-07-01\", \"documentNumber\": \"内科发政字[2026]3号\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("六角括号")));
	}

	@Test
	void internalRuleIsNotFiled() throws Exception {
		String id = create("科技厅机关公文处理细则", "INTERNAL");
		statement(submit(id));
		deliberate(id, "leader", "2026-06-15", "机关管理需要");
		mvc.perform(post("/api/v1/normative/documents/{id}/promulgation", id).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"issuerCode\": \"内科发办字\", \"promulgatedOn\": \"2026-06-15\", \"effectiveOn\": \"2026-06-15\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/normative/documents/{id}/filing", id).with(as("reviewer")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("内部制度不属于行政规范性文件，不报送备案")));
	}

	@Test
	void malformedJsonAndMissingFieldsAreRefusedInChinese() throws Exception {
		mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"未闭合"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段的类型不正确。"));
		mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"kind\": \"DEPARTMENT\", \"text\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value("请填写文件标题。"))
			.andExpect(jsonPath("$.errors.draftingOrgId").value("请选择起草处室。"));
		mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"t\", \"kind\": \"DECREE\", \"text\": \"x\", \"draftingOrgId\": \"%s\"}".formatted(transfer())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void uploadThatIsNotAWordDocumentIsRefused() throws Exception {
		MvcResult result = mvc.perform(multipart("/normative/new")
			.file(new MockMultipartFile("file", "办法.docx", "application/octet-stream", "这不是Word文档".getBytes()))
			.param("title", "上传测试")
			.param("kind", "DEPARTMENT")
			.param("draftingOrgId", transfer())
			.with(as("staff"))
			.with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn();
		assertThat(Pages.text(result)).contains("上传的文件不是有效的 Word（.docx）文档");
	}
}
