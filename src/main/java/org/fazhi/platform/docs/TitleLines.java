package org.fazhi.platform.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a 公文 title into lines the way a typesetter would (GB/T 9704-2012 §7.3.3: 标题回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当): never inside a word, never with an opening mark at a line's end or a closing mark at a line's
 * start, in as few lines as the width allows, and of lengths as even as possible with the longer lines on top where that costs no evenness (梯形 or 菱形).
 * <p>
 * Words are known from the vocabulary of titles (names of regions and organs, 规范性文件, 管理办法 …) and from the
 * function words and marks that separate them (关于, 印发, 的, 和, 《》、). Where no such break keeps every line within
 * the width, the break falls where it splits no known word and no number.
 */
final class TitleLines {

	/** Words a title line never splits. Longer entries first where one contains another. */
	private static final List<String> WORDS = List.of("内蒙古自治区", "呼和浩特市", "包头市", "鄂尔多斯市", "人民政府",
			"办公厅", "办公室", "科学技术厅", "科学技术局", "科技厅", "科技局", "委员会", "规范性文件", "行政规范性文件",
			"重大行政决策", "合法性审查", "公平竞争审查", "行政执法", "行政复议", "行政诉讼", "政府信息公开", "法治政府",
			"建设", "管理办法", "实施办法", "暂行办法", "试行办法", "实施细则", "管理规定", "暂行规定", "若干规定", "若干措施",
			"工作规则", "工作规程", "工作制度", "实施方案", "工作方案", "实施意见", "指导意见", "工作要点", "起草说明",
			"制定依据", "征求意见稿", "送审稿", "意见采纳情况", "情况说明", "合法性说明", "审查意见", "备案", "报告", "通知",
			"决定", "批复", "意见", "科技", "技术", "转移", "机构", "项目", "资金", "管理", "成果", "转化", "创新", "平台",
			"专家", "人才", "奖励", "评估", "论证", "风险", "执行情况", "决策后评估", "档案", "目录", "记录", "清理", "结果");

	/** Words a line may begin or end with: a break is allowed on either side of them. */
	private static final List<String> FUNCTION_WORDS = List.of("关于", "印发", "转发", "报送", "公布", "修改", "废止", "的",
			"和", "与", "及", "等", "对");

	private static final String OPENING = "《（(“‘〔[【";

	private static final String CLOSING = "》）)”’〕]】，、。；：！？";

	private TitleLines() {
	}

	/** The title's lines, each at most {@code perLine} characters where the title allows it. */
	static List<String> split(String title, int perLine) {
		String t = title.strip();
		int n = t.length();
		if (n <= perLine) {
			return List.of(t);
		}
		boolean[] inside = insideWords(t);
		boolean[] preferred = new boolean[n + 1];
		boolean[] allowed = new boolean[n + 1];
		boolean[] weak = new boolean[n + 1];
		for (int i = 1; i < n; i++) {
			if (inside[i] || OPENING.indexOf(t.charAt(i - 1)) >= 0 || CLOSING.indexOf(t.charAt(i)) >= 0
					|| (Character.isLetterOrDigit(t.charAt(i - 1)) && isAsciiAlnum(t.charAt(i - 1))
							&& isAsciiAlnum(t.charAt(i)))) {
				continue;
			}
			allowed[i] = true;
			boolean strong = OPENING.indexOf(t.charAt(i)) >= 0 || CLOSING.indexOf(t.charAt(i - 1)) >= 0
					|| wordEdge(t, i, FUNCTION_WORDS);
			preferred[i] = strong || wordEdge(t, i, WORDS);
			weak[i] = !strong;
		}
		List<String> lines = best(t, perLine, preferred, weak);
		if (lines == null) {
			lines = best(t, perLine, allowed, weak);
		}
		if (lines == null) {
			lines = new ArrayList<>();
			for (int i = 0; i < n; i += perLine) {
				lines.add(t.substring(i, Math.min(n, i + perLine)));
			}
		}
		return lines;
	}

	/**
	 * The breaks among the given ones that make the fewest lines within the width, then the most even lengths
	 * (least squared difference from the mean length), a line longer than the one above it costing a little more and
	 * a break between two words of a name (not at a mark or a function word) costing more.
	 */
	private static List<String> best(String t, int perLine, boolean[] breaks, boolean[] weak) {
		int n = t.length();
		int minLines = (n + perLine - 1) / perLine;
		for (int lines = minLines; lines <= minLines + 2; lines++) {
			Layout layout = new Layout(n, perLine, breaks, weak, lines);
			if (layout.cost(0, lines, 0) < Layout.IMPOSSIBLE) {
				List<String> result = new ArrayList<>();
				int from = 0;
				int prev = 0;
				for (int left = lines; left > 0; left--) {
					int to = layout.next(from, left, prev);
					result.add(t.substring(from, to));
					prev = to - from;
					from = to;
				}
				return result;
			}
		}
		return null;
	}

	/** The least cost of laying out the rest of the title from a position, memoized by (position, lines, previous length). */
	private static final class Layout {

		static final long IMPOSSIBLE = Long.MAX_VALUE / 4;

		static final long WEAK_BREAK = 60;

		private final int n;

		private final int perLine;

		private final boolean[] breaks;

		private final boolean[] weak;

		private final double mean;

		private final long[][][] memo;

		private final int[][][] choice;

		Layout(int n, int perLine, boolean[] breaks, boolean[] weak, int lines) {
			this.n = n;
			this.perLine = perLine;
			this.breaks = breaks;
			this.weak = weak;
			this.mean = (double) n / lines;
			this.memo = new long[n + 1][lines + 1][perLine + 1];
			this.choice = new int[n + 1][lines + 1][perLine + 1];
		}

		long cost(int from, int linesLeft, int prev) {
			if (memo[from][linesLeft][prev] != 0) {
				return memo[from][linesLeft][prev] - 1;
			}
			long best = IMPOSSIBLE;
			int bestTo = -1;
			if (linesLeft == 1) {
				if (n - from <= perLine) {
					best = line(n - from, prev);
					bestTo = n;
				}
			}
			else {
				for (int to = from + 1; to <= Math.min(n - 1, from + perLine); to++) {
					if (breaks[to]) {
						long rest = cost(to, linesLeft - 1, to - from);
						if (rest < IMPOSSIBLE) {
							long c = line(to - from, prev) + rest + (weak[to] ? WEAK_BREAK : 0);
							if (c < best) {
								best = c;
								bestTo = to;
							}
						}
					}
				}
			}
			memo[from][linesLeft][prev] = best + 1;
			choice[from][linesLeft][prev] = bestTo;
			return best;
		}

		int next(int from, int linesLeft, int prev) {
			cost(from, linesLeft, prev);
			return choice[from][linesLeft][prev];
		}

		private long line(int length, int prev) {
			double off = length - mean;
			long c = Math.round(off * off * 4);
			if (prev > 0 && length > prev) {
				c += 2L * (length - prev) * (length - prev);
			}
			return c;
		}
	}

	/** For each position between two characters, whether it falls inside a known word. */
	private static boolean[] insideWords(String t) {
		boolean[] inside = new boolean[t.length() + 1];
		for (String w : WORDS) {
			for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
				for (int i = at + 1; i < at + w.length(); i++) {
					inside[i] = true;
				}
			}
		}
		return inside;
	}

	private static boolean wordEdge(String t, int i, List<String> words) {
		for (String w : words) {
			if (t.startsWith(w, i) || (i >= w.length() && t.startsWith(w, i - w.length()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAsciiAlnum(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
