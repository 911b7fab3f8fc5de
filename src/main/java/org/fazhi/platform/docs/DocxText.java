package org.fazhi.platform.docs;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.fazhi.platform.InvalidInput;

/**
 * Reads the text of an uploaded .docx as a stream, refusing anything that is not one. The main part
 * ({@code word/document.xml}) is read element by element and reading stops as soon as the text passes the limit, so
 * that a small file expanding to millions of characters never fills the memory; the same limit as the form's field.
 */
public final class DocxText {

	/** The size of the largest file read: far beyond any normative document. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** The most characters a document's text may hold, on the form, the API and an upload alike. */
	public static final int MAX_CHARS = 200_000;

	private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final XMLInputFactory XML = secureFactory();

	private DocxText() {
	}

	public static String extract(byte[] bytes, String field) {
		if (bytes == null || bytes.length == 0) {
			throw InvalidInput.onField(field, "docx.empty");
		}
		return extract(new ByteArrayInputStream(bytes), field);
	}

	/** The text of the document, paragraphs on their own lines. */
	public static String extract(InputStream upload, String field) {
		try (BufferedInputStream in = new BufferedInputStream(upload)) {
			in.mark(4);
			byte[] magic = in.readNBytes(4);
			in.reset();
			// a .docx is a ZIP archive: it starts with "PK\3\4"
			if (magic.length == 0) {
				throw InvalidInput.onField(field, "docx.empty");
			}
			if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
				throw InvalidInput.onField(field, "docx.not-docx");
			}
			ZipInputStream zip = new ZipInputStream(new LimitedStream(in, MAX_BYTES, field));
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("word/document.xml".equals(entry.getName())) {
					String text = read(zip, field).strip();
					if (text.isEmpty()) {
						throw InvalidInput.onField(field, "docx.no-text");
					}
					return text;
				}
			}
			throw InvalidInput.onField(field, "docx.not-docx");
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			if (e instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.onField(field, "docx.not-docx");
		}
	}

	private static String read(InputStream xml, String field) throws XMLStreamException {
		XMLStreamReader reader = XML.createXMLStreamReader(xml, "UTF-8");
		StringBuilder text = new StringBuilder();
		boolean inText = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
				switch (reader.getLocalName()) {
					case "t" -> inText = true;
					case "tab" -> text.append('\t');
					case "br", "cr" -> text.append('\n');
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
				if ("t".equals(reader.getLocalName())) {
					inText = false;
				}
				else if ("p".equals(reader.getLocalName())) {
					text.append('\n');
				}
			}
			else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
				text.append(reader.getText());
			}
			if (text.length() > MAX_CHARS + 10_000) {
				throw InvalidInput.onField(field, "docx.too-long", MAX_CHARS);
			}
		}
		String result = text.toString().replaceAll("\n{3,}", "\n\n");
		if (result.strip().length() > MAX_CHARS) {
			throw InvalidInput.onField(field, "docx.too-long", MAX_CHARS);
		}
		return result;
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** Refuses a file larger than the limit, read so far. */
	private static final class LimitedStream extends java.io.FilterInputStream {

		private final long max;

		private final String field;

		private long read;

		LimitedStream(InputStream in, long max, String field) {
			super(in);
			this.max = max;
			this.field = field;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = super.read(buffer, off, len);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > max) {
				throw InvalidInput.onField(field, "docx.too-large", max / 1024 / 1024);
			}
		}
	}
}
