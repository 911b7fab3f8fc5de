package org.fazhi.platform.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A 公文 in the layout of GB/T 9704-2012: A4, margins 37 mm top, 28 mm left, 26 mm right,
 * 35 mm bottom; title 2号 小标宋 centred; body 3号 仿宋 with a fixed 28.9 pt line pitch (22 lines of 28 characters)
 * and a first-line indent of two characters; headings 黑体 / 楷体 / 仿宋 bold; page numbers "— 1 —" in 4号 宋体.
 * Fonts are named (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体) and resolved by Word on the reader's machine.
 */
public final class GongwenDocx {

	static final String FANGSONG = "仿宋_GB2312";

	static final String HEITI = "黑体";

	static final String KAITI = "楷体_GB2312";

	static final String XIAOBIAOSONG = "方正小标宋简体";

	static final String SONGTI = "宋体";

	static final String RED = "FF0000";

	/** 3号 = 16 pt, in half-points. */
	private static final int SIZE_3 = 16;

	private static final int SIZE_2 = 22;

	private static final int SIZE_4 = 14;

	/** 28.9 pt line pitch, in twentieths of a point. */
	private static final int LINE_PITCH = 578;

	private static final int MM = 57; // twips per millimetre, rounded: 1 mm = 56.7 twips

	private final XWPFDocument doc = new XWPFDocument();

	public GongwenDocx() {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(37 * MM));
		margins.setBottom(BigInteger.valueOf(35 * MM));
		margins.setLeft(BigInteger.valueOf(28 * MM));
		margins.setRight(BigInteger.valueOf(26 * MM));
		// the page number's line 7 mm below the type area: the type area ends 35 mm above the page's edge
		margins.setFooter(BigInteger.valueOf(28 * MM - SIZE_4 * 10));
		margins.setHeader(BigInteger.valueOf(15 * MM));
		margins.setGutter(BigInteger.ZERO);
		defaults();
		pageNumbers();
	}

	/**
	 * The document's default run — 3号 仿宋, Chinese as the East Asian language — so that text without its own run
	 * properties (and an editor's new paragraph) looks like the body.
	 */
	private void defaults() {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = rPr.addNewRFonts();
		fonts.setEastAsia(FANGSONG);
		fonts.setAscii(FANGSONG);
		fonts.setHAnsi(FANGSONG);
		rPr.addNewSz().setVal(BigInteger.valueOf(SIZE_3 * 2));
		rPr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_3 * 2));
		CTLanguage lang = rPr.addNewLang();
		lang.setVal("en-US");
		lang.setEastAsia("zh-CN");
		doc.createStyles().setStyles(styles);
	}

	/**
	 * Marks a text that is not the official one (征求意见稿, 送审稿) at the top left, in 黑体 3号, so that a draft's
	 * download never looks like the promulgated document.
	 */
	public GongwenDocx draft(String label) {
		run(paragraph(ParagraphAlignment.LEFT, 0), label, HEITI, SIZE_3, false);
		blank();
		return this;
	}

	/** The issuing authority's mark (发文机关标志) in red 小标宋, centred. */
	public GongwenDocx issuer(String name) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
		run(p, name, XIAOBIAOSONG, SIZE_2, false).setColor(RED);
		return this;
	}

	/**
	 * 发文字号, e.g. 内科发政字〔2019〕12号, centred one blank line under the issuer's mark, with the red separator line
	 * (版头中的分隔线) 4 mm below it.
	 */
	public GongwenDocx number(String documentNumber) {
		if (documentNumber != null && !documentNumber.isBlank()) {
			blank();
			XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
			run(p, documentNumber, FANGSONG, SIZE_3, false);
			CTBorder line = p.getCTP().getPPr().addNewPBdr().addNewBottom();
			line.setVal(STBorder.SINGLE);
			line.setColor(RED);
			line.setSz(BigInteger.valueOf(12));
			line.setSpace(BigInteger.valueOf(11));
			blank();
		}
		return this;
	}

	public GongwenDocx title(String title) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
		run(p, title, XIAOBIAOSONG, SIZE_2, false);
		blank();
		return this;
	}

	/** 主送机关, flush left, ending with a full-width colon. */
	public GongwenDocx addressee(String addressee) {
		XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0);
		run(p, addressee.endsWith("：") ? addressee : addressee + "：", FANGSONG, SIZE_3, false);
		return this;
	}

	/** Body text: each line of the text becomes a paragraph indented by two characters. */
	public GongwenDocx body(String text) {
		for (String line : lines(text)) {
			XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 2);
			run(p, line, FANGSONG, SIZE_3, false);
		}
		return this;
	}

	/** 一级标题 "一、" in 黑体. */
	public GongwenDocx heading1(String text) {
		run(paragraph(ParagraphAlignment.LEFT, 2), text, HEITI, SIZE_3, false);
		return this;
	}

	/** 二级标题 "（一）" in 楷体. */
	public GongwenDocx heading2(String text) {
		run(paragraph(ParagraphAlignment.LEFT, 2), text, KAITI, SIZE_3, false);
		return this;
	}

	/** 三级标题 "1." in 仿宋 bold. */
	public GongwenDocx heading3(String text) {
		run(paragraph(ParagraphAlignment.LEFT, 2), text, FANGSONG, SIZE_3, true);
		return this;
	}

	/** A simple table (headers bold), e.g. a list of documents. */
	public GongwenDocx table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		for (int c = 0; c < headers.size(); c++) {
			XWPFParagraph p = table.getRow(0).getCell(c).getParagraphs().get(0);
			run(p, headers.get(c), HEITI, 12, false);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < headers.size(); c++) {
				XWPFParagraph p = table.getRow(r + 1).getCell(c).getParagraphs().get(0);
				run(p, rows.get(r).get(c) == null ? "" : rows.get(r).get(c), FANGSONG, 12, false);
			}
		}
		return this;
	}

	/** 附件说明: one blank line after the body, indented two characters. */
	public GongwenDocx attachments(List<String> names) {
		if (names.isEmpty()) {
			return this;
		}
		blank();
		for (int i = 0; i < names.size(); i++) {
			String prefix = i == 0 ? "附件：" : "　　　";
			String text = names.size() == 1 ? names.get(0) : (i + 1) + ". " + names.get(i);
			run(paragraph(ParagraphAlignment.LEFT, 2), prefix + text, FANGSONG, SIZE_3, false);
		}
		return this;
	}

	/** 发文机关署名 and 成文日期 in Arabic numerals, right-aligned four characters from the right edge. */
	public GongwenDocx signature(String authority, LocalDate date) {
		blank();
		blank();
		XWPFParagraph name = paragraph(ParagraphAlignment.RIGHT, 0);
		name.setIndentationRight(4 * 320);
		run(name, authority, FANGSONG, SIZE_3, false);
		XWPFParagraph day = paragraph(ParagraphAlignment.RIGHT, 0);
		day.setIndentationRight(4 * 320);
		run(day, date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日", FANGSONG, SIZE_3,
				false);
		return this;
	}

	public GongwenDocx blank() {
		paragraph(ParagraphAlignment.LEFT, 0);
		return this;
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			doc.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void pageNumbers() {
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "— ", SONGTI, SIZE_4, false);
		// the page number's digits in 4号 like its dashes: the field's result is a run with its own size
		CTSimpleField page = p.getCTP().addNewFldSimple();
		page.setInstr("PAGE");
		CTR digits = page.addNewR();
		CTRPr digitsPr = digits.addNewRPr();
		CTFonts fonts = digitsPr.addNewRFonts();
		fonts.setAscii(SONGTI);
		fonts.setHAnsi(SONGTI);
		fonts.setEastAsia(SONGTI);
		digitsPr.addNewSz().setVal(BigInteger.valueOf(SIZE_4 * 2));
		digitsPr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_4 * 2));
		digits.addNewT().setStringValue("1");
		run(p, " —", SONGTI, SIZE_4, false);
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment, int indentChars) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		p.setSpacingBefore(0);
		if (indentChars > 0) {
			// two 3号 characters = 2 × 16 pt = 640 twips
			p.setFirstLineIndent(indentChars * 320);
		}
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
		r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
		r.setFontSize(size);
		r.setBold(bold);
		return r;
	}

	private static List<String> lines(String text) {
		List<String> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty()) {
				result.add(trimmed);
			}
		}
		return result;
	}
}
