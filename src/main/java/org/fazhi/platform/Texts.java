package org.fazhi.platform;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

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

	/**
	 * The SM3 fingerprint of a text made of parts (each length-prefixed, so no two different texts share one): what a
	 * record judged, so that a later change of the text is seen without comparing timestamps.
	 */
	public static String fingerprint(String... parts) {
		StringBuilder input = new StringBuilder();
		for (String part : parts) {
			input.append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part).append('|');
		}
		byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
