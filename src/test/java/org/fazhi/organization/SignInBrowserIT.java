package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserIT extends BrowserTest {

	@Test
	void legalReviewerSignsInAndLandsOnTheDashboard() {
		open("/login");
		assertThat(driver.getTitle()).contains("登录");
		screenshot("01-login");

		login("reviewer", "Fazhi@2019");
		String greeting = waitFor(By.cssSelector("main h1")).getText();
		assertThat(greeting).isEqualTo("李华，您好");
		assertThat(driver.findElement(By.cssSelector("header")).getText()).contains("政策法规处", "法规处审查员");
		assertThat(driver.findElement(By.cssSelector("nav.fz-sidebar")).getText()).contains("工作台");
		screenshot("02-dashboard-reviewer");
	}

	@Test
	void wrongPasswordShowsTheReasonOnTheSignInPage() {
		login("reviewer", "not-the-password");
		assertThat(waitFor(By.cssSelector(".alert-danger")).getText()).contains("用户名或密码错误");
		screenshot("03-login-failed");
	}
}
