package org.fazhi.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.support.PdfLayout;
import org.fazhi.support.PdfLayout.Line;
import org.fazhi.support.PdfLayout.Word;
import org.fazhi.support.RendererAvailable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 公文 measured as it prints (GB/T 9704-2012 §5.2, §7.3, §7.5): rendered by LibreOffice, its lines and glyphs
 * measured on the PDF. The body's words carry no punctuation inside a line, so every full line is counted exactly.
 */
@ExtendWith(RendererAvailable.class)
class GongwenLayoutTests {

	static final String TITLE = "内蒙古自治区科学技术厅关于印发《内蒙古自治区科学技术厅规范性文件管理办法》的通知";

	static final double TYPE_AREA_LEFT = 28 * PdfLayout.MM;

	static PdfLayout layout;

	static double typeAreaBottom;

	@BeforeAll
	static void render() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			body.append("规范性文件制定机关应当按照法定程序组织开展合法性审查并在公布之日起三十日内报送备案审查机关依法审查")
				.append("制定机关应当定期清理规范性文件并向社会公布清理结果。\n");
		}
		layout = PdfLayout.of(new GongwenDocx().issuer("内蒙古自治区科学技术厅", "内科发政字〔2026〕1号")
			.title(TITLE)
			.addressee("各盟市科技局")
			.heading1("一、总体要求")
			.body(body.toString())
			.attachments(List.of("起草说明", "制定依据"))
			.signature("内蒙古自治区科学技术厅", LocalDate.of(2026, 12, 1))
			.toBytes());
		typeAreaBottom = layout.pageHeight() - 35 * PdfLayout.MM;
	}

	private static List<Line> textLines(int page) {
		return layout.lines().stream().filter(l -> l.page() == page && l.yMax() <= typeAreaBottom + 2).toList();
	}

	@Test
	void thePageIsA4() {
		assertThat(layout.pageWidth()).isCloseTo(210 * PdfLayout.MM, within(1.0));
		assertThat(layout.pageHeight()).isCloseTo(297 * PdfLayout.MM, within(1.0));
	}

	@Test
	void everyFullLineOfTheBodyHolds28CharactersFlushWithTheLeftMargin() {
		List<Line> all = layout.lines();
		int full = 0;
		for (int i = 0; i + 1 < all.size(); i++) {
			Line line = all.get(i);
			Line next = all.get(i + 1);
			boolean body = line.text().startsWith("规范") || line.text().matches("^[^，。]*$")
					&& Math.abs(line.xMin() - TYPE_AREA_LEFT) < 3;
			boolean continues = Math.abs(next.xMin() - TYPE_AREA_LEFT) < 3 && next.height() < 24
					&& !next.text().startsWith("规范") && next.yMax() <= typeAreaBottom + 2;
			if (body && continues && line.height() < 24 && !line.text().contains("：")) {
				int indent = (int) Math.round((line.xMin() - TYPE_AREA_LEFT) / 15.75);
				assertThat(line.text().length() + indent).as("第 %d 页「%s」", line.page(), line.text()).isEqualTo(28);
				full++;
			}
		}
		assertThat(full).as("measured lines").isGreaterThan(40);
	}

	@Test
	void aFullPageHas22LinesStartingAt37MillimetresFromTheTop() {
		List<Line> page2 = textLines(2);
		assertThat(page2).hasSize(22);
		assertThat(page2.get(0).yMin() / PdfLayout.MM).isCloseTo(37, within(3.0));
		assertThat(page2.get(21).yMax()).isLessThanOrEqualTo(typeAreaBottom + 1);
	}

	@Test
	void thePageNumberIs4HaoWithItsDigitAsLargeAsItsDashes() {
		List<Line> numbers = layout.lines().stream().filter(l -> l.yMin() > typeAreaBottom).toList();
		assertThat(numbers).hasSize(layout.pages());
		Line first = numbers.get(0);
		assertThat(first.text()).isEqualTo("—1—");
		List<Word> words = first.words();
		assertThat(words).hasSize(3);
		// a 4号 (14 pt) dash is a full em wide; a 4号 digit at least half of that, as tall as the dashes
		assertThat(words.get(0).xMax() - words.get(0).xMin()).isCloseTo(14.0, within(0.6));
		assertThat(words.get(1).xMax() - words.get(1).xMin()).isGreaterThan(0.55 * 14);
		assertThat(words.get(1).height()).isCloseTo(words.get(0).height(), within(0.3));
		Line bodyLine = textLines(2).get(5);
		assertThat(first.height() / bodyLine.height()).isCloseTo(14.0 / 16.0, within(0.04));
		assertThat((first.xMin() + first.xMax()) / 2).isCloseTo(layout.pageWidth() / 2 + 1 * PdfLayout.MM, within(6.0));
	}

	@Test
	void thePageNumbersDashesLie7MillimetresBelowTheTypeArea() throws Exception {
		int dpi = 300;
		double px = dpi / 72.0;
		BufferedImage page = layout.image(1, dpi);
		Word dash = layout.lines().stream().filter(l -> l.yMin() > typeAreaBottom).findFirst().orElseThrow().words().get(0);
		int dashRow = -1;
		for (int y = (int) (typeAreaBottom * px); y < page.getHeight() && dashRow < 0; y++) {
			for (int x = (int) (dash.xMin() * px) + 4; x < (int) (dash.xMax() * px) - 4; x++) {
				if ((page.getRGB(x, y) & 0xff) < 128) {
					dashRow = y;
					break;
				}
			}
		}
		assertThat(dashRow).as("the dash is drawn").isPositive();
		double below = (dashRow / px - typeAreaBottom) / PdfLayout.MM;
		assertThat(below).as("mm below the type area").isCloseTo(7.0, within(1.0));
	}

	@Test
	void theTitleBreaksBetweenWordsWithTheLongerLinesOnTop() {
		List<String> title = layout.lines()
			.stream()
			.filter(l -> l.page() == 1 && l.height() > 24 && l.yMin() > 200)
			.map(Line::text)
			.toList();
		assertThat(String.join("", title)).isEqualTo(TITLE);
		assertThat(title).containsExactly("内蒙古自治区科学技术厅关于", "印发《内蒙古自治区科学技术厅", "规范性文件管理办法》的通知");
	}
}
