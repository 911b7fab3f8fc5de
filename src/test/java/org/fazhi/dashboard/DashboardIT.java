package org.fazhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The 工作台 of the demonstration's people on 2026-06-15, each with the work the demonstration left him. */
class DashboardIT extends IntegrationTest {

	private Document dashboardOf(String user) throws Exception {
		return Pages.html(mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn());
	}

	@Test
	void theReviewerSeesTheReviewToClaimAndTheOneToConcludeWithTheirClocks() throws Exception {
		Document page = dashboardOf("reviewer");
		assertThat(page.select("#tasks .fz-task-count").text()).contains("待领取审查 1", "待出具结论 1");
		Element conclude = page.select("#tasks .fz-task").stream()
			.filter(t -> t.text().contains("待出具结论"))
			.findFirst()
			.orElseThrow();
		assertThat(conclude.text()).contains("内蒙古自治区科技成果转化尽职免责实施办法", "届满日 2026-06-17");
		assertThat(conclude.select("a").attr("href")).startsWith("/reviews/");
		assertThat(page.select("#tasks .fz-task").text()).contains("待领取审查 内蒙古自治区科技人才评价办法");
		assertThat(page.select("#clocks").text()).contains("临期", "内蒙古自治区科技成果转化尽职免责实施办法");
		assertThat(page.select("#indicators").text()).contains("合法性审查按期率", "100%");
	}

	@Test
	void theTaskThatIsDueFirstComesFirst() throws Exception {
		Document page = dashboardOf("reviewer");
		assertThat(page.select("#tasks .fz-task").first().text()).contains("届满日 2026-06-17");
	}

	@Test
	void theFilingAuthoritySeesTheFilingToReviewAgainstItsClock() throws Exception {
		Document page = dashboardOf("filing");
		assertThat(page.select("#tasks .fz-task").text()).contains("待备案审查", "内科发政字〔2026〕1号", "届满日 2026-06-15");
		assertThat(page.select("#tasks .fz-task a").attr("href")).startsWith("/filings/");
	}

	@Test
	void aReviewerGetsNoTaskOnAReviewHeRequestedAndTheRequesterGetsNoReviewerTask() throws Exception {
		Document staff = dashboardOf("staff");
		assertThat(staff.select("#tasks").text()).doesNotContain("待领取审查", "待出具结论");
		Document reviewer2 = dashboardOf("reviewer2");
		assertThat(reviewer2.select("#tasks").text()).as("the review 李华 holds is not 赵静's to conclude")
			.doesNotContain("待出具结论");
	}

	@Test
	void someoneWithoutWorkSeesTheEmptyStatesAndHisNotices() throws Exception {
		Document page = dashboardOf("officer");
		assertThat(page.select("#tasks").text()).contains("暂无待办事项");
		assertThat(page.select("#clocks").text()).contains("暂无临期或超期的事项");
		assertThat(page.select("#indicators")).isEmpty();
	}
}
