package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelExportTests {

	@Test
	void textThatASpreadsheetWouldTakeForAFormulaIsWrittenInert() throws Exception {
		byte[] xlsx = ExcelExport.write("意见", List.of("意见内容", "数量"), List.of(
				List.of("=HYPERLINK(\"http://evil\",\"点击\")", 3),
				List.of("+1+1", 4),
				List.of("-2+3", 5),
				List.of("@SUM(A1)", 6),
				List.of("建议增加 -5% 的比例", 7)));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"点击\")");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'+1+1");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'-2+3");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("建议增加 -5% 的比例");
			assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(7);
		}
	}

	@Test
	void datesAreDatesBlanksAreBlankAndTheHeaderIsFrozenFilterableAndPrintedOnEveryPage() throws Exception {
		byte[] xlsx = ExcelExport.write("文件", List.of("标题", "公布日期", "文号", "已公开"), List.of(
				java.util.Arrays.asList("内蒙古自治区技术转移机构管理办法", java.time.LocalDate.of(2026, 4, 30), "", true),
				java.util.Arrays.asList("另一件", java.time.LocalDate.of(2026, 5, 28), null, false)));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			org.apache.poi.ss.usermodel.Cell date = sheet.getRow(1).getCell(1);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 30));
			assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("是");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getColumnWidth(0)).as("a Chinese title's column fits it").isGreaterThanOrEqualTo(32 * 256);
		}
	}

	/** Every row is written, far beyond a page (the exports were once cut at 200 rows). */
	@Test
	void aLongListIsWrittenWhole() throws Exception {
		List<List<?>> rows = new ArrayList<>();
		for (int i = 0; i < 30_000; i++) {
			rows.add(List.of("第" + i + "件", i));
		}
		long started = System.nanoTime();
		byte[] xlsx = ExcelExport.write("清单", List.of("名称", "序号"), rows);
		System.out.printf("[excel] 30,000 rows written in %d ms, %,d bytes%n", (System.nanoTime() - started) / 1_000_000,
				xlsx.length);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(30_000);
		}
	}
}
