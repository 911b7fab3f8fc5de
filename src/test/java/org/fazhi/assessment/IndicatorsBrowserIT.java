package org.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The legal reviewer reads the 2019 indicators of 科技厅 with their trend and the divisions compared. */
class IndicatorsBrowserIT extends BrowserTest {

	@Test
	void theIndicatorsAreChartedOverTheYearsAndAcrossTheDivisions() {
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/indicators?year=2019");
		waitFor(By.cssSelector("#chart-trend[data-chart-drawn] svg"));
		waitFor(By.cssSelector("#chart-divisions[data-chart-drawn] svg"));
		assertThat(driver.findElement(By.id("chart-trend")).getText()).contains("2019");
		assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("规范性文件合法性审查率", "100%");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"document.getElementById('chart-trend').scrollIntoView({block: 'center'})");
		screenshot("50-indicator-table");
		for (String chart : new String[] { "chart-trend", "chart-divisions" }) {
			try {
				java.nio.file.Files.copy(driver.findElement(By.id(chart)).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
					.toPath(), SCREENSHOTS.resolve("51-indicator-" + chart + ".png"),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		assertThat(seriousAccessibilityViolations()).isEmpty();
	}

	@Test
	void aFigureOpensTheRecordsItCounts() {
		login("reviewer", "Fazhi@2019");
		waitFor(By.cssSelector("main h1"));
		open("/indicators?year=2019");
		press(driver.findElement(By.cssSelector("a[href^='/indicators/ND-FILE-TIMELY/records']")));
		waitFor(By.id("indicator-records"));
		assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains("2019年度");
		assertThat(driver.findElement(By.id("records-summary")).getText()).contains("分母 6 件", "计入分子 6 件");
		assertThat(driver.findElements(By.cssSelector("#indicator-records tbody tr"))).hasSize(6);
		screenshot("52-indicator-records");
		assertThat(seriousAccessibilityViolations()).isEmpty();
	}
}
