package org.fazhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.TestAccounts;
import org.fazhi.organization.UserService;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.fazhi.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 工作台 of the demonstration's people on 2026-06-15, each with the work the demonstration left him (other suites
 * sharing the database may have added more).
 */
class DashboardIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService accounts;

	private Document dashboardOf(String user) throws Exception {
		return Pages.html(mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn());
	}

	@Test
	void theReviewerSeesTheReviewsToClaimAndToConcludeWithTheirClocks() throws Exception {
		Document page = dashboardOf("reviewer");
		assertThat(page.select("#tasks .fz-task-count").text()).contains("待领取审查", "待出具结论");
		Element conclude = page.select("#tasks .fz-task").stream()
			.filter(t -> t.text().contains("内蒙古自治区科技成果转化尽职免责实施办法"))
			.findFirst()
			.orElseThrow();
		assertThat(conclude.text()).contains("待出具结论", "届满日 2026-06-17");
		assertThat(conclude.select("a").attr("href")).startsWith("/reviews/");
		assertThat(page.select("#clocks").text()).contains("内蒙古自治区科技成果转化尽职免责实施办法", "届满日 2026-06-17");
		assertThat(page.select("#indicators").text()).contains("2026年度主要指标", "%");
	}

	@Test
	void overdueTasksComeFirstThenThoseDueSoon() throws Exception {
		List<String> badges = dashboardOf("reviewer").select("#tasks .fz-task > .badge")
			.stream()
			.map(b -> b.hasClass("text-bg-danger") ? "0" : b.hasClass("text-bg-warning") ? "1" : "2")
			.toList();
		assertThat(badges).isNotEmpty().isSorted();
	}

	@Test
	void theFilingAuthoritySeesTheFilingToReviewAgainstItsClock() throws Exception {
		Document page = dashboardOf("filing");
		assertThat(page.select("#tasks .fz-task").text()).contains("待备案审查", "内科发政字〔2026〕1号");
		assertThat(page.select("#tasks .fz-task a").attr("href")).startsWith("/filings/");
	}

	@Test
	void theRequesterGetsNoReviewersTaskAndAReviewerNoneOnAReviewAnotherHolds() throws Exception {
		Document staff = dashboardOf("staff");
		assertThat(staff.select("#tasks").text()).doesNotContain("待领取审查", "待出具结论");
		Document reviewer2 = dashboardOf("reviewer2");
		assertThat(reviewer2.select("#tasks .fz-task").stream()
			.filter(t -> t.text().contains("内蒙古自治区科技成果转化尽职免责实施办法"))
			.map(Element::text)).as("the review 李华 holds is not 赵静's to conclude").noneMatch(t -> t.contains("待出具结论"));
	}

	@Test
	void someoneWithoutWorkSeesTheEmptyStates() throws Exception {
		if (accounts.findByUsername("dash-idle").isEmpty()) {
			java.util.UUID[] unit = TestAccounts.unitWithDivision(orgs, "dash-unit", "工作台测试局");
			TestAccounts.account(accounts, "dash-idle", "空闲的人", unit[1], TestAccounts.STAFF);
		}
		Document page = dashboardOf("dash-idle");
		assertThat(page.select("#tasks").text()).contains("暂无待办事项");
		assertThat(page.select("#clocks").text()).contains("暂无临期或超期的事项");
	}

	@Test
	void theIndicatorsAreComputedAtMostOnceAMinuteAndThePageSaysWhen() throws Exception {
		clock.advance(java.time.Duration.ofMinutes(5));
		assertThat(dashboardOf("reviewer").select("#indicators").text()).contains("截至 09:05");
		StatementCounter.reset();
		dashboardOf("reviewer");
		int within = StatementCounter.count();
		clock.advance(java.time.Duration.ofSeconds(61));
		StatementCounter.reset();
		Document later = dashboardOf("reviewer");
		assertThat(StatementCounter.count()).as("a minute later the figures are computed again").isGreaterThan(within);
		assertThat(later.select("#indicators").text()).contains("截至 09:06");
	}

	@Test
	void theListOfAllTasksShowsEveryTaskByKindAPageAtATime() throws Exception {
		Document all = Pages.html(mvc.perform(get("/tasks").with(as("reviewer"))).andExpect(status().isOk()).andReturn());
		long total = all.select(".fz-task-count").stream()
			.mapToLong(c -> Long.parseLong(c.text().replaceAll(".* ", "")))
			.sum();
		assertThat(total).isPositive();
		assertThat(all.select("#tasks .fz-task")).hasSize((int) Math.min(total, 20));
		Document claims = Pages.html(mvc.perform(get("/tasks").param("kind", "task.review.claim").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(claims.select("#tasks .fz-task > .badge").eachText()).isNotEmpty().allMatch("待领取审查"::equals);
		Document unknown = Pages.html(mvc.perform(get("/tasks").param("kind", "task.none").with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(unknown.select("#tasks .fz-task")).as("an unknown kind shows every task").hasSize((int) Math.min(total, 20));
		assertThat(dashboardOf("reviewer").select("#tasks a[href=/tasks]")).isNotEmpty();
	}
}
