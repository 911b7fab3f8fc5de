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
	void aFileOverTheLimitIsAnsweredWithTheChinesePage() throws Exception {
		java.nio.file.Path big = java.nio.file.Files.createTempFile("fazhi-oversized", ".docx");
		try (var out = java.nio.file.Files.newOutputStream(big)) {
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < 21; i++) {
				out.write(block);
			}
		}
		try {
			login("staff", "Fazhi@2019");
			waitFor(By.cssSelector("main h1"));
			open("/normative/new");
			waitFor(By.id("title")).sendKeys("超过大小的上传");
			driver.findElement(By.id("file")).sendKeys(big.toAbsolutePath().toString());
			press(driver.findElement(By.cssSelector("main form button[type=submit]")));
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(d -> d.findElement(By.tagName("body")).getText().contains("413"));
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("文件过大", "单个文件不能超过 20 MB");
			screenshot("25-upload-too-large");
		}
		finally {
			java.nio.file.Files.deleteIfExists(big);
		}
	}

	@Test
	void aDocumentGoesFromDraftToThePublicCatalog() {
		String documentPage = draftConsultAndSubmit(TITLE,
				"第一条 为加强科研诚信建设，制定本办法。\n第二条 本办法自印发之日起施行。");
		screenshot("20-normative-submitted-for-review");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		press(waitFor(By.cssSelector("main a[href*='/reviews/']")));
		press(waitFor(By.cssSelector("form[action$='/claim'] button")));
		press(waitFor(By.id("outcome-STATEMENT")));
		driver.findElement(By.name("text")).sendKeys("经审查，该文件制定主体合法，内容符合法律法规规定，程序合法。");
		clickConfirming(driver.findElement(By.cssSelector("form[action$='/complete'] button[type=submit]")));
		mainTextShowing("审查通过");
		screenshot("21-normative-review-statement");

		clock.setDate(LocalDate.of(2026, 6, 25));
		login("leader", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement deliberation = waitFor(By.cssSelector("form[action$='/deliberation']"));
		deliberation.findElement(By.name("meeting")).sendKeys("2026年第12次厅务会");
		deliberation.findElement(By.name("attendees")).sendKeys("厅长、副厅长、各处室负责人");
		press(deliberation.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("2026年第12次厅务会");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement promulgation = waitFor(By.cssSelector("form[action$='/promulgation']"));
		promulgation.findElement(By.name("issuerCode")).sendKeys("内科发");
		setValue(promulgation.findElement(By.name("effectiveOn")), "2026-07-25");
		clickConfirming(promulgation.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("内科发〔2026〕");
		clickConfirming(waitFor(By.cssSelector("form[action$='/publication'] button")));
		clickConfirming(waitFor(By.cssSelector("form[action$='/filing'] button")));
		mainTextShowing("已报送");
		screenshot("22-normative-promulgated-and-filed");

		login("filing", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/filings");
		press(waitFor(By.linkText(TITLE)));
		clickConfirming(waitFor(By.cssSelector("form[action$='/accept'] button")));
		flashShowing("予以备案");
		screenshot("23-filing-accepted");

		driver.manage().deleteAllCookies();
		open("/gk/normative?keyword=科研诚信");
		press(waitFor(By.partialLinkText("科研诚信管理办法")));
		assertThat(waitFor(By.cssSelector("main")).getText()).contains(TITLE, "内科发〔2026〕", "2026-07-25",
				"第一条 为加强科研诚信建设");
		screenshot("24-portal-normative-document");
	}

	@Test
	void theRevisedTextAfterAnOpinionIsComparedConfirmedAndPromulgated() {
		String title = "内蒙古自治区科学技术厅科技计划项目管理办法";
		String documentPage = draftConsultAndSubmit(title, "第一条 为规范科技计划项目管理，制定本办法。\n"
				+ "第二条 申报单位须在本区设立分支机构。\n第三条 本办法自印发之日起施行，有效期5年。");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		press(waitFor(By.cssSelector("main a[href*='/reviews/']")));
		String reviewPage = driver.getCurrentUrl();
		press(waitFor(By.cssSelector("form[action$='/claim'] button")));
		press(waitFor(By.id("outcome-OPINION")));
		driver.findElement(By.name("text")).sendKeys("经审查，该文件第二条限制外地经营者参与，须修改后再行审议。");
		driver.findElement(By.name("problemLines")).sendKeys("第二条要求在本区设立分支机构，排斥外地经营者，应当删除");
		clickConfirming(driver.findElement(By.cssSelector("form[action$='/complete'] button[type=submit]")));
		mainTextShowing("排斥外地经营者");
		screenshot("26-normative-review-opinion");

		login("staff", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		press(waitFor(By.cssSelector("main a[href$='/edit']")));
		WebElement text = waitFor(By.id("text"));
		text.clear();
		text.sendKeys("第一条 为规范科技计划项目管理，制定本办法。\n第二条 本办法自印发之日起施行，有效期5年。");
		press(driver.findElement(By.cssSelector("main form button[type=submit]")));
		flashShowing();
		screenshot("26b-normative-revised");
		driver.get(reviewPage);
		WebElement handling = waitFor(By.cssSelector("form[action*='/problems/']"));
		handling.findElement(By.name("handling")).sendKeys("已删除原第二条");
		press(handling.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("已删除原第二条", "修改稿");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(reviewPage);
		WebElement comparison = waitFor(By.cssSelector("table.fz-compare"));
		assertThat(comparison.getText()).contains("送审稿", "修改稿", "申报单位须在本区设立分支机构");
		assertThat(comparison.findElements(By.cssSelector(".fz-diff-before"))).isNotEmpty();
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", comparison);
		screenshot("27-normative-revision-comparison");
		clickConfirming(waitFor(By.cssSelector("form[action$='/confirm'] button")));
		mainTextShowing("审查通过");

		clock.setDate(LocalDate.of(2026, 6, 25));
		login("leader", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement deliberation = waitFor(By.cssSelector("form[action$='/deliberation']"));
		deliberation.findElement(By.name("meeting")).sendKeys("2026年第13次厅务会");
		deliberation.findElement(By.name("attendees")).sendKeys("厅长、副厅长、各处室负责人");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", deliberation);
		screenshot("27b-normative-deliberation-form");
		press(deliberation.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("2026年第13次厅务会");

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		driver.get(documentPage);
		WebElement promulgation = waitFor(By.cssSelector("form[action$='/promulgation']"));
		promulgation.findElement(By.name("issuerCode")).sendKeys("内科发");
		setValue(promulgation.findElement(By.name("effectiveOn")), "2026-07-25");
		clickConfirming(promulgation.findElement(By.cssSelector("button[type=submit]")));
		String promulgated = mainTextShowing("内科发〔2026〕", "有效期5年");
		assertThat(promulgated).doesNotContain("申报单位须在本区设立分支机构");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
		screenshot("28-normative-revised-text-promulgated");
	}

	/** The drafting division drafts a document, records its public consultation and asks for the legality review. */
	private String draftConsultAndSubmit(String title, String text) {
		login("staff", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/normative/new");
		waitFor(By.id("title")).sendKeys(title);
		driver.findElement(By.id("text")).sendKeys(text);
		driver.findElement(By.id("explanation")).sendKeys("根据有关文件精神起草。");
		press(driver.findElement(By.cssSelector("main form button[type=submit]")));
		flashShowing(title);
		String documentPage = driver.getCurrentUrl();

		WebElement consultation = driver.findElement(By.cssSelector("form[action$='/consultation']"));
		consultation.findElement(By.name("channel")).sendKeys("厅门户网站");
		setValue(consultation.findElement(By.name("from")), "2026-06-01");
		setValue(consultation.findElement(By.name("to")), "2026-06-12");
		consultation.findElement(By.name("comments")).sendKeys("3");
		press(consultation.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("厅门户网站");
		clickConfirming(driver.findElement(By.cssSelector("form[action$='/review'] button")));
		flashShowing("合法性审查");
		return documentPage;
	}
}
