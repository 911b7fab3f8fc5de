package org.fazhi.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fazhi.platform.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Every list's Excel export: a header row and the rows, as the user sees them on the page. */
public final class ExcelExport {

	private ExcelExport() {
	}

	/**
	 * The sheet, streamed through a window of rows (SXSSF) so that memory stays flat however long the list. Text that
	 * a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at its start) is written as text
	 * behind an apostrophe, so that it stays inert after a conversion to CSV (CWE-1236).
	 */
	public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(SecurityEvent.EXPORTED_ROWS, rows.size(), RequestAttributes.SCOPE_REQUEST);
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			sheet.trackAllColumnsForAutoSizing();
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(headerStyle);
			}
			int r = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					setValue(row.createCell(i), values.get(i));
				}
			}
			autoSize(sheet, headers.size());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The workbook as a download; {@code .xlsx} is added to the name when it lacks it. */
	public static ResponseEntity<byte[]> response(String fileName, byte[] content) {
		return Downloads.file(fileName.endsWith(".xlsx") ? fileName : fileName + ".xlsx", Downloads.XLSX, content);
	}

	private static void setValue(Cell cell, Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d.toString());
		}
		else if (value instanceof TemporalAccessor t) {
			cell.setCellValue(t.toString());
		}
		else {
			cell.setCellValue(inert(value.toString()));
		}
	}

	/** The text, with an apostrophe before a leading character that would start a formula. */
	static String inert(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static void autoSize(Sheet sheet, int columns) {
		for (int i = 0; i < columns; i++) {
			sheet.autoSizeColumn(i);
			sheet.setColumnWidth(i, Math.min(sheet.getColumnWidth(i) + 1024, 60 * 256));
		}
	}
}
