package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fazhi.platform.Texts;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A case walked by the officer from 立案 to the decision's publication, the decision read by a visitor on the portal,
 * and an officer's certificate checked on its public page, on a desktop and on a phone.
 */
class EnforcementBrowserIT extends BrowserTest {

	@Test
	void anOfficerTakesACaseToItsPublicationAndTheCertificateIsCheckedInPublic() throws Exception {
		login("officer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/enforcement/cases/new");
		new Select(waitFor(By.id("powerId"))).selectByVisibleText("KJT-JC-001 对科技计划项目实施情况的监督检查");
		driver.findElement(By.id("title")).sendKeys("自治区科技计划项目随机抽查（内蒙古某检测技术有限公司）");
		driver.findElement(By.id("partyName")).sendKeys("内蒙古某检测技术有限公司");
		driver.findElement(By.id("facts")).sendKeys("双随机抽查抽中该公司承担的自治区科技计划项目。");
		Select team = new Select(driver.findElement(By.id("officerIds")));
		// one officer only: refused with the article, what was typed kept
		team.getOptions().stream().filter(o -> o.getText().startsWith("陈强")).findFirst().orElseThrow().click();
		clickConfirming(driver.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(mainTextShowing("第四十二条")).contains("执法人员不得少于两人");
		assertThat(driver.findElement(By.id("partyName")).getAttribute("value")).isEqualTo("内蒙古某检测技术有限公司");
		screenshot("40-enforcement-one-officer-refused");
		team = new Select(driver.findElement(By.id("officerIds")));
		team.getOptions().stream().filter(o -> o.getText().startsWith("赵刚")).findFirst().orElseThrow().click();
		clickConfirming(driver.findElement(By.cssSelector("main form button[type=submit]")));
		mainTextShowing("已立案");

		press(waitFor(By.cssSelector("form[action$='/investigate'] button")));
		mainTextShowing("开始调查取证");
		press(waitFor(By.xpath("//summary[contains(., '执法行为')]")));
		WebElement act = driver.findElement(By.cssSelector("form[action$='/acts']"));
		new Select(act.findElement(By.id("act-act"))).selectByVisibleText("现场检查（勘验）");
		act.findElement(By.id("act-title")).sendKeys("项目现场检查");
		act.findElement(By.id("act-place")).sendKeys("呼和浩特市金桥开发区");
		byte[] wav = DemoEvidence.wav(440);
		Path file = Files.createTempFile("执法记录仪", ".wav");
		Files.write(file, wav);
		act.findElement(By.id("act-file")).sendKeys(file.toAbsolutePath().toString());
		act.findElement(By.id("act-checksum")).sendKeys("0".repeat(64));
		act.findElement(By.id("act-device")).sendKeys("执法记录仪 DSJ-KJT-03");
		press(act.findElement(By.cssSelector("button[type=submit]")));
		assertThat(mainTextShowing("校验值")).contains("未记入");
		screenshot("41-enforcement-checksum-refused");
		act = driver.findElement(By.cssSelector("form[action$='/acts']"));
		act.findElement(By.id("act-file")).sendKeys(file.toAbsolutePath().toString());
		WebElement checksum = act.findElement(By.id("act-checksum"));
		checksum.clear();
		checksum.sendKeys(Texts.sha256(wav));
		press(act.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("项目现场检查", "SHA-256");
		Files.deleteIfExists(file);

		press(waitFor(By.cssSelector("form[action$='/examine'] button")));
		mainTextShowing("不属于重大执法决定");
		WebElement decide = waitFor(By.cssSelector("form[action$='/decide']"));
		new Select(decide.findElement(By.id("dc-decisionKind"))).selectByVisibleText("其他执法决定");
		decide.findElement(By.id("dc-decisionText")).sendKeys("检查结论：项目按任务书执行，未发现违规。");
		clickConfirming(decide.findElement(By.cssSelector("button[type=submit]")));
		mainTextShowing("已决定", "全过程记录共");
		screenshot("42-enforcement-case-decided");

		press(waitFor(By.xpath("//a[contains(., '公示记录')]")));
		mainTextShowing("自然人姓名已隐去");
		clickConfirming(waitFor(By.cssSelector("form[action$='/publish'] button")));
		mainTextShowing("已公示");
		screenshot("43-enforcement-publication");
		String portal = waitFor(By.xpath("//a[contains(., '在门户查看')]")).getAttribute("href");

		driver.manage().deleteAllCookies();
		driver.get(portal);
		assertThat(mainTextShowing("内蒙古某检测技术有限公司")).contains("执法结论", "检查结论");
		screenshot("44-gk-enforcement-decision");
		phone(true);
		driver.navigate().refresh();
		mainTextShowing("执法结论");
		assertThat(scrollsSideways()).isFalse();
		screenshot("45-gk-enforcement-decision-phone");
		open("/gk/enforcement");
		mainTextShowing("权责清单", "随机抽查事项清单");
		assertThat(scrollsSideways()).isFalse();
		assertThat(seriousAccessibilityViolations()).isEmpty();
		screenshot("46-gk-enforcement-phone");
		phone(false);

		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/enforcement/officers?keyword=赵刚");
		press(waitFor(By.xpath("//main//a[text()='赵刚']")));
		mainTextShowing("15010020011");
		screenshot("47-enforcement-officer");
		String verify = waitFor(By.xpath("//a[contains(., '公开核验页')]")).getAttribute("href");
		driver.manage().deleteAllCookies();
		phone(true);
		driver.get(verify.replaceFirst("^https?://[^/]+", url("")));
		assertThat(mainTextShowing("赵刚", "15010020011")).contains("有效").doesNotContain("培训学时");
		assertThat(seriousAccessibilityViolations()).isEmpty();
		screenshot("48-gk-officer-verification-phone");
		phone(false);
	}
}
