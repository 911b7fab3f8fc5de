package org.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's participation column as its users meet it: a visitor comments on a draft decision and keeps the
 * receipt, the drafting division answers, the visitor looks the receipt up and reads the answer; staff see the
 * decision's procedures and what still stands before the collective decision.
 */
class ParticipationBrowserIT extends BrowserTest {

	static final String CONTENT = "建议对初创科技企业的首次申报给予一对一辅导。";

	@Test
	void visitorCommentsStaffRespondsAndTheVisitorReadsTheResponseByReceipt() {
		driver.manage().deleteAllCookies();
		open("/gk/decisions");
		assertThat(mainText()).contains("决策事项目录", "正在征求意见的决策草案");
		screenshot("30-portal-decisions");
		press(waitFor(By.partialLinkText("科技领域优化营商环境若干措施")));
		waitFor(By.id("content")).sendKeys(CONTENT);
		driver.findElement(By.id("name")).sendKeys("赵先生");
		screenshot("31-portal-consultation-form");
		press(driver.findElement(By.cssSelector("#comment-form button[type=submit]")));
		String receipt = waitFor(By.id("receipt")).getText();
		assertThat(receipt).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		screenshot("32-portal-comment-receipt");

		login("staff", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/consultations");
		press(waitFor(By.partialLinkText("科技领域优化营商环境若干措施")));
		WebElement comment = waitFor(By.xpath("//div[contains(@class,'list-group-item')][.//div[contains(text(),'"
				+ CONTENT + "')]]"));
		assertThat(comment.getText()).contains("赵先生", receipt, "待审核");
		assertThat(mainText()).contains("待审核");
		screenshot("32b-staff-moderation-queue");
		clickConfirming(comment.findElement(By.cssSelector("form[action$='/publish'] button")));
		flashShowing("审核通过");
		comment = waitFor(By.xpath("//div[contains(@class,'list-group-item')][.//div[contains(text(),'" + CONTENT
				+ "')]]"));
		assertThat(comment.getText()).doesNotContain("待审核");
		new Select(comment.findElement(By.name("response"))).selectByValue("PARTIALLY_ADOPTED");
		comment.findElement(By.name("reason")).sendKeys("部分采纳：将在实施细则中明确对首次申报企业提供咨询服务。");
		press(comment.findElement(By.cssSelector("form[action$='/response'] button")));
		flashShowing("反馈已保存");
		screenshot("33-staff-consultation-responses");

		driver.manage().deleteAllCookies();
		open("/gk/comments");
		waitFor(By.name("receipt")).sendKeys(receipt.toLowerCase());
		press(driver.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(waitFor(By.id("my-comment")).getText()).isEqualTo(CONTENT);
		assertThat(waitFor(By.id("response")).getText()).contains("部分采纳", "首次申报企业提供咨询服务");
		screenshot("34-portal-my-comment-with-response");
	}

	@Test
	void staffSeeTheDecisionsProceduresAndTheGate() {
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/decisions");
		screenshot("35-decisions-register");
		press(waitFor(By.partialLinkText("科技领域优化营商环境若干措施")));
		assertThat(waitFor(By.id("gate")).getText()).contains("公众参与", "合法性审查", "第二十五条", "公平竞争审查");
		screenshot("36-decision-gate");
		open("/decisions");
		press(waitFor(By.partialLinkText("促进新型研发机构发展")));
		assertThat(mainText()).contains("已公布", "2019年第8次厅务会", "内蒙古自治区社会科学院", "科技厅法审〔2019〕");
		screenshot("37-decision-2019");
		open("/decisions/catalogs");
		press(waitFor(By.linkText("2019")));
		assertThat(mainText()).contains("中共内蒙古自治区科学技术厅党组2019年第2次会议");
		screenshot("38-decision-catalog-2019");
	}
}
