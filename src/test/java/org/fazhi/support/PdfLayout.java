package org.fazhi.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * A .docx as it renders: converted to PDF by LibreOffice headless, its text lines with their boxes read by
 * {@code pdftotext -bbox-layout}, its pages as images by {@code pdftoppm}. Lengths are in points (1/72 inch) from the
 * page's top left corner.
 */
public final class PdfLayout {

	public static final double MM = 72 / 25.4;

	/** A line of text on a page, with its box. */
	public record Line(int page, double xMin, double yMin, double xMax, double yMax, List<Word> words) {

		public String text() {
			StringBuilder b = new StringBuilder();
			words.forEach(w -> b.append(w.text()));
			return b.toString();
		}

		public double height() {
			return yMax - yMin;
		}
	}

	public record Word(double xMin, double yMin, double xMax, double yMax, String text) {

		public double height() {
			return yMax - yMin;
		}
	}

	private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>",
			Pattern.DOTALL);

	private static final Pattern LINE = Pattern.compile(
			"<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>", Pattern.DOTALL);

	private static final Pattern WORD = Pattern
		.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

	private final Path dir;

	private final Path pdf;

	private final List<Line> lines = new ArrayList<>();

	private double pageWidth;

	private double pageHeight;

	private PdfLayout(Path dir, Path pdf) throws IOException, InterruptedException {
		this.dir = dir;
		this.pdf = pdf;
		Path bbox = dir.resolve("layout.html");
		run(dir, "pdftotext", "-bbox-layout", pdf.toString(), bbox.toString());
		String html = Files.readString(bbox, StandardCharsets.UTF_8);
		Matcher page = PAGE.matcher(html);
		int n = 0;
		while (page.find()) {
			n++;
			pageWidth = Double.parseDouble(page.group(1));
			pageHeight = Double.parseDouble(page.group(2));
			Matcher line = LINE.matcher(page.group(3));
			while (line.find()) {
				List<Word> words = new ArrayList<>();
				Matcher w = WORD.matcher(line.group(5));
				while (w.find()) {
					words.add(new Word(Double.parseDouble(w.group(1)), Double.parseDouble(w.group(2)),
							Double.parseDouble(w.group(3)), Double.parseDouble(w.group(4)), unescape(w.group(5))));
				}
				lines.add(new Line(n, Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)),
						Double.parseDouble(line.group(3)), Double.parseDouble(line.group(4)), words));
			}
		}
	}

	/** Renders the document; the files stay in a temporary folder for a look when a measurement fails. */
	public static PdfLayout of(byte[] docx) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("fazhi-layout");
		Path in = dir.resolve("document.docx");
		Files.write(in, docx);
		// a profile of its own, so that parallel or left-over LibreOffice processes do not lock each other out
		run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to",
				"pdf", "--outdir", dir.toString(), in.toString());
		Path pdf = dir.resolve("document.pdf");
		if (!Files.exists(pdf)) {
			throw new IllegalStateException("LibreOffice 未能转换文档：" + dir);
		}
		return new PdfLayout(dir, pdf);
	}

	public List<Line> lines() {
		return lines;
	}

	public int pages() {
		return lines.stream().mapToInt(Line::page).max().orElse(0);
	}

	public double pageWidth() {
		return pageWidth;
	}

	public double pageHeight() {
		return pageHeight;
	}

	public Path folder() {
		return dir;
	}

	/** One page as a grey image at the given resolution. */
	public BufferedImage image(int page, int dpi) throws IOException, InterruptedException {
		Path prefix = dir.resolve("page");
		run(dir, "pdftoppm", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l", String.valueOf(page), "-gray",
				"-singlefile", "-png", pdf.toString(), prefix.toString());
		return ImageIO.read(dir.resolve("page.png").toFile());
	}

	private static void run(Path dir, String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("tool.log").toFile())
			.start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " 超时");
		}
		if (p.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " 失败：" + Files.readString(dir.resolve("tool.log")));
		}
	}

	private static String unescape(String s) {
		return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}
}
