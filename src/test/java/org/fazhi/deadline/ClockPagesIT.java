package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class ClockPagesIT extends IntegrationTest {

	@Autowired
	Clocks clocks;

	@Autowired
	UserService users;

	@Autowired
	OrganizationService orgs;

	private UUID legalDivisionClock() {
		return clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "review",
				"legality_review", UUID.randomUUID().toString(), "关于科技创新券管理办法的合法性审核", null,
				"ND_LEGALITY_REVIEW", users.findByUsername("reviewer").orElseThrow().id(), LocalDate.of(2026, 6, 15)));
	}

	@Test
	void overviewCountsClocksByStatusAndListsThemByDueDate() throws Exception {
		legalDivisionClock();
		MvcResult result = mvc.perform(get("/clocks").with(as("reviewer"))).andExpect(status().isOk()).andReturn();
		String text = Pages.text(result);
		assertThat(text).contains("期限总览", "正常", "临期", "超期", "关于科技创新券管理办法的合法性审核");
	}

	@Test
	void clockPageExplainsTheDueDate() throws Exception {
		UUID id = legalDivisionClock();
		MvcResult result = mvc.perform(get("/clocks/{id}", id).with(as("reviewer"))).andExpect(status().isOk()).andReturn();
		assertThat(Pages.text(result)).contains("届满日如何计算", "端午节", "2026-07-07", "开始计时");
	}

	@Test
	void aClockOutsideTheUsersDataScopeIsNotFound() throws Exception {
		UUID id = legalDivisionClock();
		mvc.perform(get("/clocks/{id}", id).with(as("staff"))).andExpect(status().isNotFound());
	}

	@Test
	void leaderApprovesAnExtensionWithAReason() throws Exception {
		UUID id = clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "oversight",
				"disclosure_request", UUID.randomUUID().toString(), "依申请公开：科技项目资金使用情况", null, "DR_ANSWER",
				users.findByUsername("reviewer").orElseThrow().id(), LocalDate.of(2026, 6, 15)));
		mvc.perform(post("/clocks/{id}/extend", id).with(as("leader")).with(csrf()).param("amount", "20")
			.param("reason", "需要征求第三方意见")).andExpect(redirectedUrl("/clocks/" + id));
		assertThat(clocks.get(id).extensionTotal()).isEqualTo(20);
		mvc.perform(post("/clocks/{id}/extend", id).with(as("reviewer")).with(csrf()).param("amount", "1")
			.param("reason", "x")).andExpect(status().isForbidden());
	}

	@Test
	void overviewPartialForHtmxHasNoPageChrome() throws Exception {
		MvcResult result = mvc.perform(get("/clocks").header("HX-Request", "true").with(as("reviewer"))).andReturn();
		assertThat(Pages.html(result).select("header, nav.fz-sidebar")).isEmpty();
	}

	@Test
	void theFilterOffersOnlyTheModulesAndRulesThatHaveClocks() throws Exception {
		org.jsoup.nodes.Document page = org.fazhi.support.Pages.html(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/clocks").with(as("reviewer")))
			.andReturn());
		org.assertj.core.api.Assertions.assertThat(page.select("#filter-module option").eachAttr("value"))
			.contains("normative", "review")
			.doesNotContain("assessment");
		org.assertj.core.api.Assertions.assertThat(page.select("#filter-rule option").eachAttr("value"))
			.contains("ND_LEGALITY_REVIEW")
			.doesNotContain("RC_COPY_SIMPLE", "AR_REPORT_PUBLISH");
	}
}
