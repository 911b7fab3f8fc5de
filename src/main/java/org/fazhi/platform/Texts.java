package org.fazhi.platform;

/** Small text helpers shared by the modules. */
public final class Texts {

	private Texts() {
	}

	/** The text on one line, cut to {@code max} characters with an ellipsis (for audit summaries and lists). */
	public static String excerpt(String text, int max) {
		if (text == null) {
			return "";
		}
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.codePointCount(0, oneLine.length()) <= max ? oneLine
				: oneLine.substring(0, oneLine.offsetByCodePoints(0, max)) + "……";
	}
}
