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
import org.fazhi.platform.web.Flash;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 期限规则维护: versions in force by date, changes for clocks started afterwards, the verified flag for the administrator. */
class RuleAdminIT extends IntegrationTest {

	private static final LocalDate PT_FROM = LocalDate.of(2022, 5, 1);

	@Autowired
	DeadlineRules rules;

	@Autowired
	Clocks clocks;

	@Autowired
	OrganizationService orgs;

	private MockHttpServletRequestBuilder edit(String code, LocalDate from, int maximum, String reason) {
		DeadlineRule r = rules.version(code, from);
		return post("/admin/rules/{c}/versions/{f}/edit", code, from).with(as("sysadmin"))
			.with(csrf())
			.param("code", code)
			.param("name", r.name())
			.param("module", r.module())
			.param("inForceFrom", from.toString())
			.param("maximum", String.valueOf(maximum))
			.param("unit", r.unit().name())
			.param("rollForward", String.valueOf(r.rollForward()))
			.param("maxExtension", String.valueOf(r.maxExtension()))
			.param("warning", String.valueOf(r.warning()))
			.param("warningUnit", r.warningUnit().name())
			.param("startRule", r.startRule())
			.param("citation", r.citation())
			.param("verified", String.valueOf(r.verified()))
			.param("reason", reason);
	}

	private UUID petitionReview(LocalDate start) {
		return clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "dispute",
				"petition", UUID.randomUUID().toString(), "复查测试", null, "PT_REVIEW", null, start));
	}

	@Test
	void changedAmountAppliesToClocksStartedAfterwardsOnly() throws Exception {
		UUID running = petitionReview(LocalDate.of(2026, 6, 15));
		LocalDate runningDue = clocks.get(running).dueDate();
		mvc.perform(edit("PT_REVIEW", PT_FROM, 20, "本地规定缩短为20日")).andExpect(redirectedUrl("/admin/rules"));
		try {
			UUID later = petitionReview(LocalDate.of(2026, 6, 15));
			assertThat(clocks.get(later).dueDate()).isBefore(runningDue);
			assertThat(clocks.get(running).dueDate()).isEqualTo(runningDue);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RULE_UPDATED' and summary = '本地规定缩短为20日'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			mvc.perform(edit("PT_REVIEW", PT_FROM, 30, "恢复为30日"));
		}
		assertThat(rules.version("PT_REVIEW", PT_FROM).maximum()).isEqualTo(30);
	}

	@Test
	void changeWithoutAReasonIsRefused() throws Exception {
		MvcResult result = mvc.perform(edit("PT_REVIEW", PT_FROM, 25, "")).andExpect(status().isUnprocessableEntity()).andReturn();
		assertThat(Pages.text(result)).contains("请填写变更原因");
		assertThat(rules.version("PT_REVIEW", PT_FROM).maximum()).isEqualTo(30);
	}

	@Test
	void versionInUseIsNeverDeleted() throws Exception {
		petitionReview(LocalDate.of(2026, 6, 15));
		MvcResult result = mvc.perform(post("/admin/rules/PT_REVIEW/versions/{f}/delete", PT_FROM).with(as("sysadmin"))
			.with(csrf())
			.param("reason", "不再使用")).andReturn();
		assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).text()).contains("已被", "个期限使用，不能删除");
		assertThat(rules.inForce("PT_REVIEW", LocalDate.of(2026, 6, 15))).isPresent();
	}

	@Test
	void aSuggestionOf2019CitesTheRepresentativesLawOf2015AndOneOf2025ItsRevision() {
		assertThat(rules.require("SG_REPLY", LocalDate.of(2019, 3, 20)).citation()).contains("2015年修正", "第四十二条");
		assertThat(rules.require("SG_REPLY", LocalDate.of(2026, 3, 20)).citation()).contains("2025年修正", "第五十一条");
	}

	@Test
	void aDecisionBeforeSeptember2019IsNotUnderTheInterimRegulations() {
		assertThat(rules.inForce("DC_CONSULTATION", LocalDate.of(2019, 3, 4))).isEmpty();
		assertThat(rules.require("DC_CONSULTATION", LocalDate.of(2019, 9, 1)).citation()).contains("第十五条");
		assertThat(rules.require("DC_LEGALITY_REVIEW", LocalDate.of(2019, 4, 22)).citation())
			.doesNotContain("暂行条例");
		DeadlineRule floor = rules.require("DC_LEGALITY_REVIEW", LocalDate.of(2019, 9, 2));
		assertThat(floor.hasDeadline()).isFalse();
		assertThat(floor.minimum()).isEqualTo(7);
	}

	@Test
	void aRuleVersionFromADayEndsThePreviousOneTheDayBefore() throws Exception {
		DeadlineRule current = rules.require("RC_INCIDENTAL_REPLY", LocalDate.of(2026, 6, 15));
		mvc.perform(post("/admin/rules/RC_INCIDENTAL_REPLY/versions/new").with(as("sysadmin"))
			.with(csrf())
			.param("code", current.code())
			.param("name", current.name())
			.param("module", current.module())
			.param("inForceFrom", "2027-01-01")
			.param("maximum", "15")
			.param("unit", current.unit().name())
			.param("maxExtension", "0")
			.param("warning", "3")
			.param("warningUnit", "WORKING_DAY")
			.param("startRule", current.startRule())
			.param("citation", "地方规定：十五个工作日")
			.param("reason", "本地规定修订")).andExpect(redirectedUrl("/admin/rules"));
		try {
			assertThat(rules.require("RC_INCIDENTAL_REPLY", LocalDate.of(2026, 12, 31)).maximum()).isEqualTo(10);
			assertThat(rules.require("RC_INCIDENTAL_REPLY", LocalDate.of(2027, 1, 1)).maximum()).isEqualTo(15);
			assertThat(rules.version("RC_INCIDENTAL_REPLY", current.inForceFrom()).inForceTo())
				.isEqualTo(LocalDate.of(2026, 12, 31));
		}
		finally {
			rules.deleteVersion("RC_INCIDENTAL_REPLY", LocalDate.of(2027, 1, 1), "测试结束");
			jdbc.sql("update deadline_rule_version set in_force_to = null where rule_code = 'RC_INCIDENTAL_REPLY'").update();
		}
	}

	@Test
	void theAdministratorSeesWhichCitationsAreNotVerifiedAndUsersSeeNoPlaceholder() throws Exception {
		Document page = Pages.html(mvc.perform(get("/admin/rules").with(as("sysadmin"))).andReturn());
		assertThat(page.select(".badge:contains(未核实)")).isNotEmpty();
		assertThat(page.text()).doesNotContain("待核实", "据新京报");
		assertThat(jdbc.sql("select count(*) from deadline_rule_version where citation like '%待核实%' "
				+ "or citation like '%新京报%'").query(Long.class).single()).isZero();
	}
}
