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
