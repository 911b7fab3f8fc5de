package org.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The portal on a phone, and every page a citizen or a user opens checked by axe-core. */
class PortalPhoneBrowserIT extends BrowserTest {

	@AfterEach
	void desktop() {
		phone(false);
	}

	@Test
	void onAPhoneThePortalHasAMenuButtonAndListsAsCardsWithoutSidewaysScrolling() {
		driver.manage().deleteAllCookies();
		phone(true);
		open("/gk/normative");
		waitFor(By.cssSelector("main h1"));
		assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("#gk-menu")).isDisplayed()).isFalse();
		assertThat(scrollsSideways()).as("/gk/normative scrolls sideways").isFalse();
		assertThat(driver.findElement(By.cssSelector("table.fz-cards thead")).isDisplayed()).isFalse();
		screenshot("40-phone-normative-list");
		press(driver.findElement(By.cssSelector(".navbar-toggler")));
		waitFor(By.cssSelector("#gk-menu.show"));
		screenshot("41-phone-menu-open");
		press(driver.findElement(By.cssSelector("#gk-menu a[href$='/gk/consultations']")));
		waitFor(By.cssSelector("main h1"));
		assertThat(scrollsSideways()).as("/gk/consultations scrolls sideways").isFalse();

		open("/gk/normative");
		press(waitFor(By.cssSelector("table.fz-cards td.fz-card-title a")));
		waitFor(By.cssSelector("main h1"));
		assertThat(scrollsSideways()).as("a document scrolls sideways").isFalse();
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("下载文本");
		screenshot("42-phone-normative-document");
		open("/gk/decisions");
		waitFor(By.cssSelector("main h1"));
		assertThat(scrollsSideways()).as("/gk/decisions scrolls sideways").isFalse();
		screenshot("43-phone-decisions");
	}

	@Test
	void noPortalPageHasASeriousOrCriticalAccessibilityViolation() {
		driver.manage().deleteAllCookies();
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (String path : List.of("/gk", "/gk/normative", "/gk/consultations", "/gk/decisions", "/gk/comments",
				"/login")) {
			open(path);
			waitFor(By.cssSelector("body"));
			List<String> violations = seriousAccessibilityViolations();
			if (!violations.isEmpty()) {
				found.put(path, violations);
			}
		}
		open("/gk/normative");
		press(waitFor(By.cssSelector("table.fz-cards td.fz-card-title a")));
		waitFor(By.cssSelector("main h1"));
		List<String> document = seriousAccessibilityViolations();
		if (!document.isEmpty()) {
			found.put("a document", document);
		}
		open("/gk/consultations");
		List<org.openqa.selenium.WebElement> links = driver.findElements(By.cssSelector("main a[href*='/gk/consultations/']"));
		if (!links.isEmpty()) {
			press(links.get(0));
			waitFor(By.cssSelector("main h1"));
			List<String> consultation = seriousAccessibilityViolations();
			if (!consultation.isEmpty()) {
				found.put("a consultation", consultation);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theMainInternalPagesHaveNoSeriousOrCriticalAccessibilityViolation() {
		Map<String, List<String>> found = new LinkedHashMap<>();
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		for (String path : List.of("/", "/normative", "/reviews", "/filings", "/consultations", "/decisions", "/clocks",
				"/notifications", "/normative/new")) {
			open(path);
			waitFor(By.cssSelector("main h1"));
			List<String> violations = seriousAccessibilityViolations();
			if (!violations.isEmpty()) {
				found.put(path, violations);
			}
		}
		assertThat(found).isEmpty();
	}
}
