package org.fazhi.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What makes a generated .docx open cleanly and look like a 公文: every run with at most one run-properties element,
 * first among its children (the schema's order — Word offers to repair a document that breaks it); page margins
 * with their required header and gutter; a styles part whose default run is Chinese 仿宋; page numbers in 4号.
 */
public final class DocxStructure {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private DocxStructure() {
	}

	/** The problems found in one .docx, empty when there are none. */
	public static List<String> problems(byte[] docx) throws Exception {
		List<String> problems = new ArrayList<>();
		Document document = null;
		Document styles = null;
		Document fontTable = null;
		List<Document> footers = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				String name = e.getName();
				if (name.equals("word/document.xml")) {
					document = parse(zip);
				}
				else if (name.equals("word/styles.xml")) {
					styles = parse(zip);
				}
				else if (name.equals("word/fontTable.xml")) {
					fontTable = parse(zip);
				}
				else if (name.startsWith("word/footer")) {
					footers.add(parse(zip));
				}
			}
		}
		if (document == null) {
			return List.of("no word/document.xml");
		}
		runs(document, "document", problems);
		proseDates(document, problems);
		fallbacks(document, fontTable, problems);
		footers.forEach(f -> runs(f, "footer", problems));
		NodeList margins = document.getElementsByTagNameNS(W, "pgMar");
		for (int i = 0; i < margins.getLength(); i++) {
			Element m = (Element) margins.item(i);
			for (String required : List.of("top", "right", "bottom", "left", "header", "footer", "gutter")) {
				if (!m.hasAttributeNS(W, required)) {
					problems.add("w:pgMar without its required w:" + required);
				}
			}
		}
		if (styles == null) {
			problems.add("no word/styles.xml");
		}
		else {
			Element lang = first(styles.getElementsByTagNameNS(W, "rPrDefault"), "lang");
			if (lang == null || !"zh-CN".equals(lang.getAttributeNS(W, "eastAsia"))) {
				problems.add("the default run is not marked Chinese (w:lang w:eastAsia=\"zh-CN\")");
			}
			Element fonts = first(styles.getElementsByTagNameNS(W, "rPrDefault"), "rFonts");
			if (fonts == null || !fonts.getAttributeNS(W, "eastAsia").contains("仿宋")) {
				problems.add("the default run's East Asian font is not 仿宋");
			}
		}
		for (Document footer : footers) {
			NodeList fields = footer.getElementsByTagNameNS(W, "fldSimple");
			for (int i = 0; i < fields.getLength(); i++) {
				Element sz = first(fields.item(i), "sz");
				if (sz == null || !"28".equals(sz.getAttributeNS(W, "val"))) {
					problems.add("the page number's digits are not in 4号 (w:sz 28)");
				}
			}
		}
		return problems;
	}

	/** The .docx files inside a .zip package, each with its problems. */
	public static List<String> problemsInZip(byte[] zipped) throws Exception {
		List<String> problems = new ArrayList<>();
		int found = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().endsWith(".docx")) {
					found++;
					for (String p : problems(zip.readAllBytes())) {
						problems.add(e.getName() + ": " + p);
					}
				}
			}
		}
		if (found == 0) {
			problems.add("no .docx in the package");
		}
		return problems;
	}

	private static void runs(Document xml, String part, List<String> problems) {
		NodeList runs = xml.getElementsByTagNameNS(W, "r");
		for (int i = 0; i < runs.getLength(); i++) {
			Element run = (Element) runs.item(i);
			int properties = 0;
			boolean first = true;
			for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
				if (c.getNodeType() != Node.ELEMENT_NODE) {
					continue;
				}
				if ("rPr".equals(c.getLocalName())) {
					properties++;
					if (!first) {
						problems.add(part + ": a run whose w:rPr is not its first child");
					}
				}
				first = false;
			}
			if (properties > 1) {
				problems.add(part + ": a run with " + properties + " w:rPr elements");
			}
		}
	}

	/** A date in the text is written as prose writes it (2026年12月1日), never 2026-12-01. */
	private static void proseDates(Document xml, List<String> problems) {
		NodeList texts = xml.getElementsByTagNameNS(W, "t");
		for (int i = 0; i < texts.getLength(); i++) {
			String t = texts.item(i).getTextContent();
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}").matcher(t);
			if (m.find()) {
				problems.add("a date written " + m.group() + " instead of in Chinese: 「" + t + "」");
			}
		}
	}

	/** Every East Asian face the text names is in the font table with the face Word takes where it is missing. */
	private static void fallbacks(Document xml, Document fontTable, List<String> problems) {
		if (fontTable == null) {
			problems.add("no word/fontTable.xml naming the fonts' fallbacks");
			return;
		}
		java.util.Map<String, String> alt = new java.util.HashMap<>();
		NodeList fonts = fontTable.getElementsByTagNameNS(W, "font");
		for (int i = 0; i < fonts.getLength(); i++) {
			Element f = (Element) fonts.item(i);
			Element a = first(f, "altName");
			alt.put(f.getAttributeNS(W, "name"), a == null ? null : a.getAttributeNS(W, "val"));
		}
		NodeList used = xml.getElementsByTagNameNS(W, "rFonts");
		java.util.Set<String> faces = new java.util.TreeSet<>();
		for (int i = 0; i < used.getLength(); i++) {
			faces.add(((Element) used.item(i)).getAttributeNS(W, "eastAsia"));
		}
		for (String face : faces) {
			if (!face.isEmpty() && alt.get(face) == null) {
				problems.add("the font table gives no fallback for " + face);
			}
		}
	}

	private static Element first(NodeList within, String localName) {
		return within.getLength() == 0 ? null : first(within.item(0), localName);
	}

	private static Element first(Node within, String localName) {
		NodeList found = ((Element) within).getElementsByTagNameNS(W, localName);
		return found.getLength() == 0 ? null : (Element) found.item(0);
	}

	private static Document parse(InputStream in) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
	}
}
