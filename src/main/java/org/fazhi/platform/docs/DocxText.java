package org.fazhi.platform.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.platform.InvalidInput;

/** Reads the text of an uploaded .docx, refusing anything that is not one. */
public final class DocxText {

	/** The size of the largest document read: far beyond any normative document. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private DocxText() {
	}

	public static String extract(byte[] bytes, String field) {
		if (bytes == null || bytes.length == 0) {
			throw InvalidInput.onField(field, "docx.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw InvalidInput.onField(field, "docx.too-large", MAX_BYTES / 1024 / 1024);
		}
		// a .docx is a ZIP archive: it starts with "PK\3\4"
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			throw InvalidInput.onField(field, "docx.not-docx");
		}
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText().strip();
			if (text.isEmpty()) {
				throw InvalidInput.onField(field, "docx.no-text");
			}
			return text;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.onField(field, "docx.not-docx");
		}
	}
}
