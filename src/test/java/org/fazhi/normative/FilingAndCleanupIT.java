package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.Clocks;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.RunAs;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewView;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class FilingAndCleanupIT extends IntegrationTest {

	@Autowired
	NormativeService normative;

	@Autowired
	NormativeQueries registry;

	@Autowired
	Filings filings;

	@Autowired
	Cleanups cleanups;

	@Autowired
	ReviewService reviews;

	@Autowired
	Clocks clocks;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	/** A department document taken to promulgation on 2026-06-15 (overriding the reviewer's minimum time). */
	private UUID promulgated(String title) {
		UUID org = orgs.findByCode(DemoOrgCodes.HIGHTECH).orElseThrow().id();
		UUID officer = users.findByUsername("officer").orElseThrow().id();
		UUID id = normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT, org,
				"第一条 为规范管理，制定本办法。第二条 本办法自2026年7月1日起施行，有效期5年。", "起草说明", "依据", false, null), officer);
		normative.recordConsultation(id, "门户网站", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12), 0, null, null);
		ReviewView review = normative.submitForReview(id, LocalDate.of(2026, 6, 15), officer);
		reviews.complete(review.id(), ReviewOutcome.STATEMENT, "合法。", List.of(), LocalDate.of(2026, 6, 15),
				users.findByUsername("reviewer").orElseThrow().id());
		runAs.as("leader", () -> normative.recordDeliberation(id, "厅长办公会议", LocalDate.of(2026, 6, 15), null,
				DeliberationOutcome.PASSED, null, "测试需要"));
		normative.promulgate(id, "内科发政字", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 1), null);
		return id;
	}

	@Test
	void returnedFilingSuspendsTheAuthoritysClockAndDoesNotCountAsConforming() throws Exception {
		UUID org = orgs.findByCode(DemoOrgCodes.HIGHTECH).orElseThrow().id();
		long[] before = filings.figures(Set.of(org), 2026);
		UUID document = promulgated("内蒙古自治区科技资源共享管理办法");
		UUID filing = filings.submit(document, LocalDate.of(2026, 6, 15));
		mvc.perform(post("/filings/{id}/return", filing).with(as("filing")).with(csrf()).param("reason", "缺少起草说明的签章页"));
		FilingView returned = filings.get(filing);
		assertThat(returned.status()).isEqualTo(FilingStatus.RETURNED);
		assertThat(clocks.get(returned.reviewClockId()).status()).isEqualTo(ClockStatus.SUSPENDED);

		clock.setDate(LocalDate.of(2026, 6, 22));
		mvc.perform(post("/filings/{id}/resubmit", filing).with(as("reviewer")).with(csrf()));
		assertThat(clocks.get(returned.reviewClockId()).status()).isNotEqualTo(ClockStatus.SUSPENDED);
		mvc.perform(post("/filings/{id}/accept", filing).with(as("filing")).with(csrf()));
		assertThat(filings.get(filing).status()).isEqualTo(FilingStatus.ACCEPTED);

		long[] after = filings.figures(Set.of(org), 2026);
		assertThat(after[2] - before[2]).as("reviewed").isEqualTo(1);
		assertThat(after[3] - before[3]).as("accepted without return").isZero();
		assertThat(clocks.explain(returned.reviewClockId())).contains("退回补正", "中止");
	}

	@Test
	void filingPackageHoldsTheReportTextExplanationReviewAndBasis() throws Exception {
		UUID document = promulgated("内蒙古自治区大型科学仪器开放共享办法");
		UUID filing = filings.submit(document, LocalDate.of(2026, 6, 15));
		MvcResult result = mvc.perform(get("/filings/{id}/package.zip", filing).with(as("filing")))
			.andExpect(status().isOk())
			.andReturn();
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				names.add(e.getName());
			}
		}
		assertThat(names).hasSize(5);
		assertThat(String.join(" ", names)).contains("备案报告", "正式文本", "起草说明", "科技厅法审", "制定依据");
	}

	@Test
	void filingTheSameDocumentTwiceIsRefused() throws Exception {
		UUID document = promulgated("内蒙古自治区科技成果评价办法");
		filings.submit(document, LocalDate.of(2026, 6, 15));
		mvc.perform(post("/api/v1/normative/documents/{id}/filing", document).with(as("reviewer")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("已经报送备案")));
	}

	@Test
	void filingAuthorityAloneDecidesOnFilings() throws Exception {
		UUID document = promulgated("内蒙古自治区科技项目评审专家管理办法");
		UUID filing = filings.submit(document, LocalDate.of(2026, 6, 15));
		mvc.perform(post("/filings/{id}/accept", filing).with(as("reviewer")).with(csrf())).andExpect(status().isForbidden());
		assertThat(Pages.text(mvc.perform(get("/filings").with(as("filing"))).andReturn()))
			.contains("内蒙古自治区科技项目评审专家管理办法");
	}

	@Test
	void cleanupDecisionOnADocumentOutsideTheCampaignIsRefused() throws Exception {
		UUID department = orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id();
		UUID campaign = cleanups.open(department, "2026年即时清理", org.fazhi.normative.CleanupView.Kind.IMMEDIATE,
				LocalDate.of(2026, 6, 15), users.findByUsername("reviewer").orElseThrow().id());
		UUID draft = normative.create(new CreateDocument("尚在起草的文件", DocumentKind.DEPARTMENT,
				orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id(), "正文", null, null, false, null),
				users.findByUsername("staff").orElseThrow().id());
		mvc.perform(post("/api/v1/normative/cleanups/{c}/documents/{d}/decision", campaign, draft).with(as("reviewer"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"REPEAL\", \"reason\": \"不再需要\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("不在清理「2026年即时清理」的范围内")));

		CleanupView c = cleanups.get(campaign);
		mvc.perform(post("/cleanups/{id}/close", campaign).with(as("reviewer")).with(csrf()));
		assertThat(cleanups.get(campaign).closed()).as("undecided documents keep it open").isFalse();
		for (CleanupView.Item item : c.items()) {
			mvc.perform(post("/api/v1/normative/cleanups/{c}/documents/{d}/decision", campaign, item.documentId())
				.with(as("reviewer"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"KEEP\"}")).andExpect(status().isOk());
		}
		mvc.perform(post("/cleanups/{id}/close", campaign).with(as("reviewer")).with(csrf()));
		assertThat(cleanups.get(campaign).closed()).isTrue();
		assertThat(Pages.text(mvc.perform(get("/gk/cleanups/{id}", campaign)).andReturn())).contains("2026年即时清理", "继续有效");
	}

	@Test
	void publishedCleanupOf2019ListsEachDecision() throws Exception {
		MvcResult home = mvc.perform(get("/gk")).andExpect(status().isOk()).andReturn();
		String link = Pages.html(home).select("a:contains(2019年规范性文件全面清理)").attr("href");
		String page = Pages.text(mvc.perform(get(link)).andReturn());
		assertThat(page).contains("内科发政字〔2016〕12号", "废止", "宣布失效", "修改", "继续有效");
	}

	@Test
	void internalRuleOf2018IsInTheRegisterWithItsNumberButNeverOnThePortal() throws Exception {
		assertThat(Pages.text(mvc.perform(get("/normative").param("keyword", "〔2018〕34号").with(as("reviewer")))
			.andReturn())).contains("内蒙古自治区科学技术厅重大行政决策合法性审查工作细则");
		assertThat(Pages.text(mvc.perform(get("/gk/normative").param("keyword", "〔2018〕34号")).andReturn()))
			.doesNotContain("内蒙古自治区科学技术厅重大行政决策合法性审查工作细则");
		NormativeView rule = registry.findByNumber("内科发政字〔2018〕34号").orElseThrow();
		assertThat(rule.publishedOn()).isNull();
		assertThat(rule.clocks()).noneMatch(c -> c.ruleCode().equals("ND_PUBLICATION"));
	}

	@Test
	void aFilingReviewPastItsDueDateIsFlaggedOnTheList() throws Exception {
		clock.setDate(LocalDate.of(2026, 6, 16));
		org.jsoup.nodes.Document page = org.fazhi.support.Pages.html(mvc.perform(get("/filings").with(as("filing")))
			.andReturn());
		org.jsoup.nodes.Element row = page.select("tbody tr").stream()
			.filter(r -> r.text().contains("内科发政字〔2026〕1号"))
			.findFirst()
			.orElseThrow();
		assertThat(row.select(".badge.text-bg-danger").text()).isEqualTo("超期");
		assertThat(page.select("tbody tr").stream().filter(r -> r.text().contains("〔2019〕")))
			.allSatisfy(r -> assertThat(r.select(".badge.text-bg-danger")).isEmpty());
	}
}
