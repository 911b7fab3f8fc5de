package org.fazhi.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a text side by side, line by line (a line is a paragraph or an article): each line of the older and
 * the newer version paired where they are the same, and the rest marked removed, added or changed. A longest common
 * subsequence over lines; texts of official documents are short enough (a few hundred lines) for it.
 */
public final class TextComparison {

	/** What happened to a line. */
	public enum Change {
		SAME, CHANGED, REMOVED, ADDED
	}

	/** One row of the comparison: the older line (or {@code null}), the newer line (or {@code null}). */
	public record Row(String before, String after, Change change) {
	}

	private static final int MAX_LINES = 5_000;

	private TextComparison() {
	}

	public static List<Row> compare(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
			return List.of(new Row(String.join("\n", a), String.join("\n", b), a.equals(b) ? Change.SAME : Change.CHANGED));
		}
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Row> rows = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				flush(rows, removed, added);
				rows.add(new Row(a.get(i), b.get(j), Change.SAME));
				i++;
				j++;
			}
			else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
				added.add(b.get(j++));
			}
			else {
				removed.add(a.get(i++));
			}
		}
		flush(rows, removed, added);
		return rows;
	}

	/** Whether the two texts differ in any line. */
	public static boolean differ(String before, String after) {
		return !lines(before).equals(lines(after));
	}

	/** A removed line followed by an added one is one changed line; the rest stay removed or added. */
	private static void flush(List<Row> rows, List<String> removed, List<String> added) {
		int paired = Math.min(removed.size(), added.size());
		for (int k = 0; k < paired; k++) {
			rows.add(new Row(removed.get(k), added.get(k), Change.CHANGED));
		}
		for (int k = paired; k < removed.size(); k++) {
			rows.add(new Row(removed.get(k), null, Change.REMOVED));
		}
		for (int k = paired; k < added.size(); k++) {
			rows.add(new Row(null, added.get(k), Change.ADDED));
		}
		removed.clear();
		added.clear();
	}

	private static List<String> lines(String text) {
		List<String> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				result.add(stripped);
			}
		}
		return result;
	}
}
