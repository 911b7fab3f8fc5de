package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.web.Flash;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RuleAdminIT extends IntegrationTest {

	@Autowired
	DeadlineRules rules;

	@Autowired
	Clocks clocks;

	@Autowired
	OrganizationService orgs;

	private MockHttpServletRequestBuilder edit(String code, int amount, String reason) {
		DeadlineRule r = rules.get(code);
		return post("/admin/rules/{c}/edit", code).with(as("sysadmin"))
			.with(csrf())
			.param("code", code)
			.param("name", r.name())
			.param("amount", String.valueOf(amount))
			.param("unit", r.unit().name())
			.param("rollForward", String.valueOf(r.rollForward()))
			.param("maxExtension", String.valueOf(r.maxExtension()))
			.param("warningDays", String.valueOf(r.warningDays()))
			.param("startRule", r.startRule())
			.param("citation", r.citation())
			.param("module", r.module())
			.param("reason", reason);
	}

	private UUID filingClock() {
		return clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "normative",
				"normative_document", UUID.randomUUID().toString(), "报备测试", null, "PT_REVIEW", null,
				LocalDate.of(2026, 6, 15)));
	}

	@Test
	void changedAmountAppliesToClocksStartedAfterwardsOnly() throws Exception {
		UUID running = filingClock();
		LocalDate runningDue = clocks.get(running).dueDate();
		mvc.perform(edit("PT_REVIEW", 20, "本地规定缩短为20日")).andExpect(redirectedUrl("/admin/rules"));
		try {
			UUID later = filingClock();
			assertThat(clocks.get(later).dueDate()).isBefore(runningDue);
			assertThat(clocks.get(running).dueDate()).isEqualTo(runningDue);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RULE_UPDATED' and summary = '本地规定缩短为20日'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			mvc.perform(edit("PT_REVIEW", 30, "恢复为30日"));
		}
		assertThat(rules.get("PT_REVIEW").amount()).isEqualTo(30);
	}

	@Test
	void changeWithoutAReasonIsRefused() throws Exception {
		MvcResult result = mvc.perform(edit("PT_REVIEW", 25, "")).andExpect(status().isOk()).andReturn();
		assertThat(Pages.text(result)).contains("请填写变更原因");
		assertThat(rules.get("PT_REVIEW").amount()).isEqualTo(30);
	}

	@Test
	void ruleInUseIsNeverDeleted() throws Exception {
		filingClock();
		MvcResult result = mvc.perform(post("/admin/rules/PT_REVIEW/delete").with(as("sysadmin"))
			.with(csrf())
			.param("reason", "不再使用")).andReturn();
		assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).text()).contains("已被", "个期限使用，不能删除");
		assertThat(rules.get("PT_REVIEW")).isNotNull();
	}
}
