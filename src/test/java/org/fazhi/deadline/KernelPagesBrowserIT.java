package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar, a clock with its explanation, and the audit verification, as users see them. */
class KernelPagesBrowserIT extends BrowserTest {

	@Autowired
	Clocks clocks;

	@Autowired
	UserService users;

	@Autowired
	OrganizationService orgs;

	@Test
	void staffReadsTheNationalDayMonthOf2019() {
		login("staff", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/calendar?month=2019-10");
		assertThat(waitFor(By.cssSelector("main h1")).getText()).isEqualTo("2019年10月");
		assertThat(driver.findElements(By.cssSelector("td.holiday"))).hasSize(7);
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("国办发明电〔2018〕15号");
		screenshot("10-calendar-2019-10");
	}

	@Test
	void reviewerSeesAClockAndHowItsDueDateWasComputed() {
		UUID id = clocks.start(new StartClock(orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id(), "review",
				"legality_review", UUID.randomUUID().toString(), "《内蒙古自治区科技创新券管理办法》合法性审核", null,
				"ND_LEGALITY_REVIEW", users.findByUsername("reviewer").orElseThrow().id(), LocalDate.of(2026, 6, 15)));
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/clocks");
		assertThat(waitFor(By.cssSelector("#clock-table")).getText()).contains("科技创新券管理办法");
		screenshot("11-clock-overview");
		open("/clocks/" + id);
		assertThat(waitFor(By.cssSelector("main")).getText()).contains("届满日如何计算", "端午节", "2026-07-07");
		screenshot("12-clock-detail");
	}

	@Test
	void auditorVerifiesTheAuditChains() {
		login("auditor", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/audit/verify");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("main .alert")).getText()).contains("完整");
		screenshot("13-audit-verify");
		open("/audit?action=LOGIN_SUCCEEDED");
		assertThat(waitFor(By.cssSelector("#entry-table")).getText()).contains("登录成功");
		screenshot("14-audit-entries");
	}
}
