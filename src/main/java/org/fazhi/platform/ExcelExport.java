package org.fazhi.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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
	 * The sheet, streamed through a window of rows (SXSSF) so that memory stays flat however long the list: the header
	 * row bold, frozen and filterable and repeated on every printed page (landscape, one page wide); dates as dates,
	 * numbers as numbers, yes/no as 是/否, an empty value as an empty cell; columns as wide as their longest value (a
	 * Chinese character counts twice). Text that a spreadsheet would take for a formula ({@code = + - @}, tab,
	 * carriage return at its start) is written as text behind an apostrophe, so that it stays inert after a conversion
	 * to CSV (CWE-1236).
	 */
	public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(SecurityEvent.EXPORTED_ROWS, rows.size(), RequestAttributes.SCOPE_REQUEST);
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			Styles styles = new Styles(workbook);
			int[] widths = new int[headers.size()];
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(styles.header);
				widths[i] = width(headers.get(i));
			}
			int r = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					int w = setValue(row.createCell(i), values.get(i), styles);
					if (i < widths.length) {
						widths[i] = Math.max(widths[i], w);
					}
				}
			}
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, Math.min(widths[i] + 2, 60) * 256);
			}
			sheet.createFreezePane(0, 1);
			if (!headers.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
				sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The cell styles of a workbook, made once. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle dateTime;

		Styles(Workbook workbook) {
			header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CreationHelper helper = workbook.getCreationHelper();
			date = workbook.createCellStyle();
			date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
		}
	}

	/** The workbook as a download; {@code .xlsx} is added to the name when it lacks it. */
	public static ResponseEntity<byte[]> response(String fileName, byte[] content) {
		return Downloads.file(fileName.endsWith(".xlsx") ? fileName : fileName + ".xlsx", Downloads.XLSX, content);
	}

	/** Writes the value in its kind of cell; returns its display width. */
	private static int setValue(Cell cell, Object value, Styles styles) {
		if (value == null || value instanceof String text && text.isEmpty()) {
			cell.setBlank();
			return 0;
		}
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			return n.toString().length();
		}
		if (value instanceof Boolean b) {
			cell.setCellValue(b ? "是" : "否");
			return 2;
		}
		if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(styles.date);
			return 10;
		}
		if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
			cell.setCellStyle(styles.dateTime);
			return 19;
		}
		if (value instanceof TemporalAccessor t) {
			cell.setCellValue(t.toString());
			return t.toString().length();
		}
		String text = inert(value.toString());
		cell.setCellValue(text);
		return width(text);
	}

	/** How wide a text shows: a character outside Latin-1 (Chinese) takes two columns. */
	private static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length() && width < 120; i++) {
			width += text.charAt(i) > 0xff ? 2 : 1;
		}
		return width;
	}

	/** The text, with an apostrophe before a leading character that would start a formula. */
	static String inert(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
