package org.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class ReviewPagesIT extends IntegrationTest {

	@Autowired
	ReviewService reviews;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	private UUID contract(String title, String text) {
		return reviews.submit(new SubmitReview(orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id(),
				ReviewSubject.CONTRACT, null, title, text, null, null, null, users.findByUsername("staff").orElseThrow().id(),
				null, LocalDate.of(2026, 6, 15), null));
	}

	@Test
	void reviewerSeesTheFindingsWithTheOffendingWordsHighlighted() throws Exception {
		UUID id = contract("技术服务采购合同", "第三条 检测服务须由指定的检测机构承担。");
		Document page = Pages.html(mvc.perform(get("/reviews/{id}", id).with(as("reviewer"))).andReturn());
		assertThat(page.select("mark.fz-mark").text()).contains("指定的检测机构");
		assertThat(page.text()).contains("可能限定或者指定经营者", "《公平竞争审查条例》第八条");
	}

	@Test
	void opinionPassesOnlyAfterEveryProblemIsHandledAndConfirmed() throws Exception {
		UUID id = contract("科技园区入驻协议", "甲方为乙方提供场地。");
		mvc.perform(post("/reviews/{id}/complete", id).with(as("reviewer"))
			.with(csrf())
			.param("outcome", "OPINION")
			.param("text", "协议条款基本合法，但须修改。")
			.param("problemLines", "第五条违约责任约定不明确\n第七条争议解决方式应约定仲裁或诉讼"));
		ReviewView opinion = reviews.get(id);
		assertThat(opinion.status()).isEqualTo(ReviewStatus.OPINION_ISSUED);
		assertThat(opinion.problems()).hasSize(2);

		MvcResult refused = mvc.perform(post("/reviews/{id}/confirm", id).with(as("reviewer")).with(csrf())).andReturn();
		assertThat(((org.fazhi.platform.web.Flash) refused.getFlashMap().get("flash")).text()).contains("还有 2 个问题");

		MvcResult beforeRevision = mvc.perform(post("/reviews/{id}/problems/{p}/handling", id,
				opinion.problems().get(0).id()).with(as("staff")).with(csrf()).param("handling", "已修改")).andReturn();
		assertThat(((org.fazhi.platform.web.Flash) beforeRevision.getFlashMap().get("flash")).text()).contains("修改稿");

		mvc.perform(post("/reviews/{id}/revise", id).with(as("staff"))
			.with(csrf())
			.param("title", "科技园区入驻协议")
			.param("text", "甲方为乙方提供场地。\n第五条 违约方赔偿守约方的实际损失。\n第七条 争议提交呼和浩特仲裁委员会仲裁。"));
		for (ReviewView.Problem p : opinion.problems()) {
			mvc.perform(post("/reviews/{id}/problems/{p}/handling", id, p.id()).with(as("staff"))
				.with(csrf())
				.param("handling", "已按意见修改"));
		}
		Document page = Pages.html(mvc.perform(get("/reviews/{id}", id).with(as("reviewer"))).andReturn());
		assertThat(page.select("table.fz-compare tr.fz-diff-ADDED").text()).contains("第七条 争议提交呼和浩特仲裁委员会仲裁");
		MvcResult byTheHandler = mvc.perform(post("/reviews/{id}/confirm", id).with(as("staff")).with(csrf())).andReturn();
		assertThat(byTheHandler.getResponse().getStatus()).isEqualTo(403);
		mvc.perform(post("/reviews/{id}/confirm", id).with(as("reviewer")).with(csrf()));
		ReviewView passed = reviews.get(id);
		assertThat(passed.status()).isEqualTo(ReviewStatus.PASSED);
		assertThat(passed.passedRevision().orElseThrow().label()).isEqualTo("修改稿");
		assertThat(passed.problems()).allSatisfy(p -> assertThat(p.handledInRevision()).isEqualTo(2));
	}

	@Test
	void aRefusedConclusionIsShownAgainWithWhatTheReviewerTypedAndTheMessageAtTheField() throws Exception {
		UUID id = contract("技术开发合同", "甲方委托乙方开发软件。");
		mvc.perform(post("/reviews/{id}/claim", id).with(as("reviewer")).with(csrf()));
		MvcResult refused = mvc.perform(post("/reviews/{id}/complete", id).with(as("reviewer"))
			.with(csrf())
			.param("outcome", "OPINION")
			.param("text", "经审查，合同第三条须修改。")
			.param("problemLines", "")
			.param("version", String.valueOf(reviews.get(id).version())))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		Document page = Pages.html(refused);
		assertThat(page.select("#complete-text").text()).isEqualTo("经审查，合同第三条须修改。");
		assertThat(page.select("#outcome-OPINION").hasAttr("checked")).isTrue();
		assertThat(page.select("form[action$='/complete'] .invalid-feedback, form[action$='/complete'] .alert-danger")
			.text()).as("the refusal at the form").isNotBlank();
		assertThat(reviews.get(id).status()).as("nothing changed").isNotEqualTo(ReviewStatus.OPINION_ISSUED);
	}

	@Test
	void aReturnWithoutItsReasonIsShownAgainWithTheMessageAtTheField() throws Exception {
		UUID id = contract("技术咨询合同", "甲方委托乙方提供咨询。");
		mvc.perform(post("/reviews/{id}/claim", id).with(as("reviewer")).with(csrf()));
		Document page = Pages.html(mvc.perform(post("/reviews/{id}/return", id).with(as("reviewer"))
			.with(csrf())
			.param("reason", " ")
			.param("version", String.valueOf(reviews.get(id).version()))).andExpect(status().isUnprocessableEntity())
			.andReturn());
		assertThat(page.select("form[action$='/return'] .invalid-feedback, form[action$='/return'] .alert-danger").text())
			.isNotBlank();
		assertThat(reviews.get(id).status()).isNotEqualTo(ReviewStatus.RETURNED);
	}

	@Test
	void reviewDocumentIsAWordFileInOfficialFormat() throws Exception {
		UUID id = contract("科技资源共享协议", "双方共享科研设施。");
		mvc.perform(post("/reviews/{id}/complete", id).with(as("reviewer"))
			.with(csrf())
			.param("outcome", "STATEMENT")
			.param("text", "经审查，未发现合法性问题。"));
		MvcResult docx = mvc.perform(get("/reviews/{id}/document.docx", id).with(as("staff")))
			.andExpect(status().isOk())
			.andReturn();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			assertThat(text).contains("关于《科技资源共享协议》的合法性说明", "科技厅法审〔2026〕", "2026年6月15日");
			var margins = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((java.math.BigInteger) margins.getTop()).intValue()).isBetween(2070, 2130);
			assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isBetween(1560, 1620);
			assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.anyMatch(r -> "仿宋_GB2312".equals(r.getFontFamily()) && r.getFontSizeAsDouble() == 16.0)).isTrue();
		}
	}

	@Test
	void staffOfAnotherDivisionCannotSeeTheReview() throws Exception {
		UUID id = contract("仅成果转化处可见的合同", "内容。");
		mvc.perform(get("/reviews/{id}", id).with(as("staff2"))).andExpect(status().isNotFound());
	}

	@Test
	void queuePartialForHtmxHasNoPageChrome() throws Exception {
		Document page = Pages.html(mvc.perform(get("/reviews").header("HX-Request", "true").with(as("reviewer"))).andReturn());
		assertThat(page.select("header, nav.fz-sidebar")).isEmpty();
		assertThat(page.select("table")).isNotEmpty();
	}
}
