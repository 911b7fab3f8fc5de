package org.fazhi.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleLinesTests {

	@Test
	void aTitleThatFitsStaysOnOneLine() {
		assertThat(TitleLines.split("内蒙古自治区技术转移机构管理办法", 20)).containsExactly("内蒙古自治区技术转移机构管理办法");
	}

	@Test
	void aLongTitleBreaksBetweenWordsNeverInsideOne() {
		List<String> lines = TitleLines.split("关于《内蒙古自治区科学技术厅规范性文件管理办法》的合法性审查意见", 20);
		assertThat(String.join("", lines)).isEqualTo("关于《内蒙古自治区科学技术厅规范性文件管理办法》的合法性审查意见");
		assertThat(lines).allMatch(l -> l.length() <= 20)
			.noneMatch(l -> l.endsWith("管理办") || l.endsWith("合法性审") || l.endsWith("自治") || l.endsWith("《"))
			.noneMatch(l -> l.startsWith("》") || l.startsWith("法"));
	}

	@Test
	void aBreakFallsBeforeTheBookTitleRatherThanBetweenTheWordsOfIt() {
		List<String> lines = TitleLines.split("内蒙古自治区科学技术厅关于报送《科技成果转化项目管理办法》备案的报告", 20);
		assertThat(lines).containsExactly("内蒙古自治区科学技术厅关于报送", "《科技成果转化项目管理办法》备案的报告");
	}

	@Test
	void ofTwoEvenLayoutsTheLongerLineGoesOnTop() {
		List<String> lines = TitleLines.split("关于印发《内蒙古自治区科学技术厅规范性文件管理办法》的通知", 20);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).length()).isGreaterThanOrEqualTo(lines.get(1).length());
	}

	@Test
	void aLongTitleOfUnknownWordsStillFitsTheWidth() {
		String title = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		assertThat(TitleLines.split(title, 20)).allMatch(l -> l.length() <= 20);
		assertThat(String.join("", TitleLines.split(title, 20))).isEqualTo(title);
	}

	@Test
	void aNumberIsNeverSplit() {
		List<String> lines = TitleLines.split("关于2026年度内蒙古自治区科学技术厅规范性文件清理结果的报告20260101", 20);
		assertThat(String.join("|", lines)).doesNotContain("202|6").doesNotContain("2|026").doesNotContain("20|26");
	}

	@Test
	void aTitleOfThreeHundredCharactersIsLaidOutQuickly() {
		String title = "关于印发《内蒙古自治区科学技术厅规范性文件管理办法》的通知".repeat(10);
		long start = System.nanoTime();
		List<String> lines = TitleLines.split(title, 20);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		assertThat(String.join("", lines)).isEqualTo(title);
	}
}
