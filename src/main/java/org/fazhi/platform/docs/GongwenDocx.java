package org.fazhi.platform.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
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

	/** Characters of 2号 (22 pt) in the 156 mm type area. */
	private static final int TITLE_CHARS_PER_LINE = 20;

	/** 28.9 pt line pitch, in twentieths of a point. */
	private static final int LINE_PITCH = 578;

	/**
	 * 3号 text condensed by a quarter point (in twentieths of a point), so that 28 characters of 15.75 pt fill the
	 * 156 mm (442.2 pt) type area: at 16 pt only 27 fit. Set on the runs rather than as the document grid's
	 * character pitch, which LibreOffice reads differently from Word.
	 */
	private static final int CONDENSED = -5;

	/** One condensed 3号 character, 15.75 pt, in twentieths of a point: the unit of indents. */
	private static final int CHARACTER = SIZE_3 * 20 + CONDENSED;

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
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
		defaults();
		fontTable();
		pageNumbers();
	}

	/**
	 * Each face with the one Word takes in its place where it is not installed (w:altName), so that a PC without
	 * the GB2312 faces still shows 仿宋, 楷体, 黑体 and the title's 小标宋 apart: 仿宋_GB2312 → 仿宋 → FangSong,
	 * 楷体_GB2312 → 楷体 → KaiTi, 黑体 → SimHei, 方正小标宋简体 → 华文中宋 → 宋体 → SimSun. All in the GB2312 character set.
	 */
	private void fontTable() {
		String[][] faces = { { FANGSONG, "仿宋", "02010609030101010101", "modern" },
				{ "仿宋", "FangSong", "02010609060101010101", "modern" },
				{ KAITI, "楷体", "02010609030101010101", "modern" }, { "楷体", "KaiTi", "02010609060101010101", "modern" },
				{ HEITI, "SimHei", "02010609060101010101", "modern" },
				{ XIAOBIAOSONG, "华文中宋", "02000000000000000000", "auto" },
				{ "华文中宋", SONGTI, "02010600040101010101", "auto" }, { SONGTI, "SimSun", "02010600030101010101", "auto" } };
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
			.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (String[] f : faces) {
			xml.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
				.append("\"/><w:panose1 w:val=\"").append(f[2])
				.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(f[3])
				.append("\"/><w:pitch w:val=\"").append("modern".equals(f[3]) ? "fixed" : "variable")
				.append("\"/></w:font>");
		}
		xml.append("</w:fonts>");
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = doc.getPackage()
				.createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
			try (java.io.OutputStream out = part.getOutputStream()) {
				out.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			doc.getPackagePart()
				.addRelationship(name, TargetMode.INTERNAL,
						"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
		}
		catch (InvalidFormatException | IOException e) {
			throw new IllegalStateException(e);
		}
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

	/** The issuing authority's mark (发文机关标志) in red 小标宋, centred, over a document without a 发文字号. */
	public GongwenDocx issuer(String name) {
		return issuer(name, null);
	}

	/** The issuing authority's mark (发文机关标志) in red 小标宋, centred, with the document's 发文字号 under it. */
	public GongwenDocx issuer(String name, String documentNumber) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
		run(p, name, XIAOBIAOSONG, SIZE_2, false).setColor(RED);
		return number(documentNumber);
	}

	/**
	 * 发文字号, e.g. 内科发政字〔2019〕12号, centred one blank line under the issuer's mark, with the red separator line
	 * (版头中的分隔线) 4 mm below it; a document without a number of its own still has the blank line and the
	 * separator under its mark.
	 */
	private GongwenDocx number(String documentNumber) {
		blank();
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
		if (documentNumber != null && !documentNumber.isBlank()) {
			run(p, documentNumber, FANGSONG, SIZE_3, false);
		}
		CTBorder line = p.getCTP().getPPr().addNewPBdr().addNewBottom();
		line.setVal(STBorder.SINGLE);
		line.setColor(RED);
		line.setSz(BigInteger.valueOf(12));
		line.setSpace(BigInteger.valueOf(11));
		blank();
		return this;
	}

	/**
	 * The title in 2号 小标宋, centred, broken between words into lines of at most 20 characters (the type area's
	 * width at 22 pt), the longer lines on top; a blank line follows.
	 */
	public GongwenDocx title(String title) {
		XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
		List<String> lines = TitleLines.split(title, TITLE_CHARS_PER_LINE);
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun r = run(p, lines.get(i), XIAOBIAOSONG, SIZE_2, false);
			if (i < lines.size() - 1) {
				r.addBreak();
			}
		}
		blank();
		return this;
	}

	/** The 公文's attachment mark, 附件N, flush left on the attachment's first line in 3号 黑体 (GB/T 9704 §8). */
	public GongwenDocx attachmentMark(int number) {
		run(paragraph(ParagraphAlignment.LEFT, 0), "附件" + number, HEITI, SIZE_3, false);
		blank();
		return this;
	}

	/** A date as prose writes it, 2026年12月1日. */
	public static String date(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
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
		name.setIndentationRight(4 * CHARACTER);
		run(name, authority, FANGSONG, SIZE_3, false);
		XWPFParagraph day = paragraph(ParagraphAlignment.RIGHT, 0);
		day.setIndentationRight(4 * CHARACTER);
		run(day, date(date), FANGSONG, SIZE_3, false);
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
			p.setFirstLineIndent(indentChars * CHARACTER);
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
		if (size == SIZE_3) {
			r.setCharacterSpacing(CONDENSED);
		}
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
