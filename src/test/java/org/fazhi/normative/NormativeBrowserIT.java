package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A department normative document walked through its whole procedure by the people who do each step: drafted and
 * consulted on by the drafting division, reviewed by the legal division, deliberated by the leadership, promulgated,
 * published and filed, accepted by the filing authority, and finally read by a visitor on the portal.
 */
class NormativeBrowserIT extends BrowserTest {

	static final String TITLE = "内蒙古自治区科学技术厅科研诚信管理办法";

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aDocumentGoesFromDraftToThePublicCatalog() {
		login("staff", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/normative/new");
		waitFor(By.id("title")).sendKeys(TITLE);
		driver.findElement(By.id("text")).sendKeys("第一条 为加强科研诚信建设，制定本办法。\n第二条 本办法自印发之日起施行。");
		driver.findElement(By.id("explanation")).sendKeys("根据《关于进一步加强科研诚信建设的若干意见》起草。");
		press(driver.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(flash()).contains(TITLE);
		String documentPage = driver.getCurrentUrl();

		WebElement consultation = driver.findElement(By.cssSelector("form[action$='/consultation']"));
		consultation.findElement(By.name("channel")).sendKeys("厅门户网站");
		setValue(consultation.findElement(By.name("from")), "2026-06-01");
		setValue(consultation.findElement(By.name("to")), "2026-06-12");
		consultation.findElement(By.name("comments")).sendKeys("3");
		press(consultation.findElement(By.cssSelector("button[type=submit]")));
		assertThat(mainText()).contains("厅门户网站");
		clickConfirming(driver.findElement(By.cssSelector("form[action$='/review'] button")));
		assertThat(flash()).contains("合法性审查");
		screenshot("20-normative-submitted-for-review");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		press(waitFor(By.cssSelector("main a[href*='/reviews/']")));
		press(waitFor(By.cssSelector("form[action$='/claim'] button")));
		press(waitFor(By.id("outcome-STATEMENT")));
		driver.findElement(By.name("text")).sendKeys("经审查，该文件制定主体合法，内容符合法律法规规定，程序合法。");
		clickConfirming(driver.findElement(By.cssSelector("form[action$='/complete'] button[type=submit]")));
		assertThat(mainText()).contains("审查通过");
		screenshot("21-normative-review-statement");

		clock.setDate(LocalDate.of(2026, 6, 25));
		login("leader", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement deliberation = waitFor(By.cssSelector("form[action$='/deliberation']"));
		deliberation.findElement(By.name("meeting")).sendKeys("2026年第12次厅务会");
		deliberation.findElement(By.name("attendees")).sendKeys("厅长、副厅长、各处室负责人");
		press(deliberation.findElement(By.cssSelector("button[type=submit]")));
		assertThat(mainText()).contains("2026年第12次厅务会");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement promulgation = waitFor(By.cssSelector("form[action$='/promulgation']"));
		promulgation.findElement(By.name("issuerCode")).sendKeys("内科发");
		setValue(promulgation.findElement(By.name("effectiveOn")), "2026-07-25");
		clickConfirming(promulgation.findElement(By.cssSelector("button[type=submit]")));
		assertThat(mainText()).contains("内科发〔2026〕");
		clickConfirming(waitFor(By.cssSelector("form[action$='/publication'] button")));
		clickConfirming(waitFor(By.cssSelector("form[action$='/filing'] button")));
		assertThat(mainText()).contains("已报送");
		screenshot("22-normative-promulgated-and-filed");

		login("filing", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/filings");
		press(waitFor(By.linkText(TITLE)));
		clickConfirming(waitFor(By.cssSelector("form[action$='/accept'] button")));
		assertThat(flash()).contains("予以备案");
		screenshot("23-filing-accepted");

		driver.manage().deleteAllCookies();
		open("/gk/normative?keyword=科研诚信");
		press(waitFor(By.partialLinkText("科研诚信管理办法")));
		assertThat(waitFor(By.cssSelector("main")).getText()).contains(TITLE, "内科发〔2026〕", "2026-07-25",
				"第一条 为加强科研诚信建设");
		screenshot("24-portal-normative-document");
	}

	private String flash() {
		return waitFor(By.cssSelector(".fz-content > .alert")).getText();
	}
}
