package org.fazhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The reviewer opens his 工作台, goes from a task to the page where it is done, and lists all his tasks by kind. */
class DashboardBrowserIT extends BrowserTest {

	@Test
	void theReviewerGoesFromHisTaskToTheReview() {
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("#tasks .fz-task"));
		assertThat(mainTextShowing("待出具结论", "待领取审查")).contains("内蒙古自治区科技成果转化尽职免责实施办法");
		screenshot("30-workbench-reviewer");
		press(driver.findElement(By.xpath("//*[@id='tasks']//*[contains(@class,'fz-task')]//a[contains(., '内蒙古自治区科技成果转化尽职免责实施办法')]")));
		assertThat(mainTextShowing("内蒙古自治区科技成果转化尽职免责实施办法")).contains("审查届满日");
	}

	@Test
	void theReviewerListsAllHisTasksAndNarrowsThemToOneKind() {
		login("reviewer", "Fazhi@2019");
		press(waitFor(By.cssSelector("#tasks a[href='/tasks']")));
		assertThat(mainTextShowing("全部待办", "全部类别")).contains("待领取审查");
		screenshot("31-all-tasks");
		press(driver.findElement(By.xpath("//a[contains(@class,'fz-task-count') and starts-with(normalize-space(.),'待领取审查')]")));
		waitFor(By.cssSelector("#tasks .fz-task"));
		assertThat(driver.findElements(By.cssSelector("#tasks .fz-task > .badge")))
			.isNotEmpty()
			.allMatch(b -> b.getText().equals("待领取审查"));
		assertThat(seriousAccessibilityViolations()).isEmpty();
	}
}
