package org.fazhi.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class DocxTextTests {

	/**
	 * About 1 MB on disk, 49 million characters once inflated: refused at the field's limit while reading, long
	 * before the text would be in memory.
	 */
	@Test
	void aSmallFileThatExpandsToMillionsOfCharactersIsRefusedAtTheLimit() throws IOException {
		byte[] bomb = docx(49_000_000);
		assertThat(bomb.length).isLessThan(2_000_000);
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long started = System.nanoTime();
		assertThatThrownBy(() -> DocxText.extract(bomb, "text"))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("docx.too-long");
		long after = runtime.totalMemory() - runtime.freeMemory();
		System.out.printf("[docx] %,d-byte file expanding to 49,000,000 characters refused in %d ms, heap grew by "
				+ "about %,d KB%n", bomb.length, (System.nanoTime() - started) / 1_000_000, (after - before) / 1024);
	}

	@Test
	void aDocumentAtTheLimitIsRead() throws IOException {
		assertThat(DocxText.extract(docx(DocxText.MAX_CHARS - 10), "text")).hasSize(DocxText.MAX_CHARS - 10);
	}

	@Test
	void somethingThatIsNoDocxIsRefused() {
		assertThatThrownBy(() -> DocxText.extract("不是文档".getBytes(StandardCharsets.UTF_8), "text"))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("docx.not-docx");
	}

	/** A minimal .docx whose one paragraph holds that many characters. */
	private static byte[] docx(int characters) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			OutputStream out = zip;
			out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
			byte[] block = "a".repeat(100_000).getBytes(StandardCharsets.UTF_8);
			int left = characters;
			while (left > 0) {
				int n = Math.min(left, block.length);
				out.write(block, 0, n);
				left -= n;
			}
			out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
