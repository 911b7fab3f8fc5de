package org.fazhi.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.support.DocxStructure;
import org.junit.jupiter.api.Test;

class GongwenDocxTests {

	private static byte[] everyPart() {
		return new GongwenDocx().draft("送审稿")
			.issuer("内蒙古自治区科学技术厅", "内科发政字〔2026〕1号")
			.title("内蒙古自治区技术转移机构管理办法")
			.addressee("各盟市科技局")
			.heading1("一、总体要求")
			.heading2("（一）基本原则")
			.heading3("1.坚持问题导向")
			.body("第一条 为规范管理，制定本办法。\n第二条 本办法自公布之日起施行。")
			.table(List.of("序号", "名称"), List.of(List.of("1", "办法")))
			.attachments(List.of("起草说明", "制定依据"))
			.signature("内蒙古自治区科学技术厅", LocalDate.of(2026, 12, 1))
			.toBytes();
	}

	@Test
	void everyPartOfADocumentIsWrittenInTheSchemasOrder() throws Exception {
		assertThat(DocxStructure.problems(everyPart())).isEmpty();
	}

	@Test
	void aDraftIsMarkedAtTheTopAndDatesAreWrittenInChinese() throws Exception {
		String text = DocxText.extract(everyPart(), "text");
		assertThat(text).startsWith("送审稿").contains("2026年12月1日").doesNotContain("2026-12-01");
	}

	@Test
	void theIssuersMarkIsRedWithTheRedSeparatorLineUnderTheNumber() throws Exception {
		String xml;
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(everyPart()))) {
			java.util.zip.ZipEntry e;
			do {
				e = zip.getNextEntry();
			}
			while (!e.getName().equals("word/document.xml"));
			xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		int mark = xml.indexOf("内蒙古自治区科学技术厅");
		int number = xml.indexOf("内科发政字〔2026〕1号");
		assertThat(xml.substring(xml.lastIndexOf("<w:r>", mark), mark)).contains("w:color w:val=\"FF0000\"");
		String numberParagraph = xml.substring(xml.lastIndexOf("<w:p>", number), number);
		assertThat(numberParagraph).contains("<w:pBdr>").contains("w:color=\"FF0000\"");
	}

	@Test
	void theCheckFindsARunWithTwoPropertiesAndMarginsWithoutHeader() throws Exception {
		try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.xwpf.usermodel.XWPFRun run = doc.createParagraph().createRun();
			run.setText("文本");
			run.setFontFamily("仿宋_GB2312");
			run.getCTR().addNewRPr();
			doc.getDocument().getBody().addNewSectPr().addNewPgMar().setTop(java.math.BigInteger.TEN);
			doc.write(out);
			assertThat(DocxStructure.problems(out.toByteArray())).anyMatch(p -> p.contains("2 w:rPr"))
				.anyMatch(p -> p.contains("w:header"))
				.anyMatch(p -> p.contains("styles.xml") || p.contains("Chinese"));
		}
	}
}
