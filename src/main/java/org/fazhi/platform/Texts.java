package org.fazhi.platform;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** Small text helpers shared by the modules. */
public final class Texts {

	private Texts() {
	}

	/** The stripped text, or {@code null} when it is blank (an optional field left empty). */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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

	/** The SHA-256 of a file, in lower-case hex: what a recording device or a checksum tool prints. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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

	/**
	 * Refuses a text holding a character no field may hold: NUL and the other C0 controls (tab, line feed and
	 * carriage return excepted), DEL, unpaired surrogates, and the bidi overrides and isolates that make text read
	 * otherwise than it is stored (U+202A–U+202E, U+2066–U+2069).
	 * @param field the field to name in the refusal, or {@code null}
	 */
	public static void checkCharacters(String text, String field) {
		if (text != null && !acceptable(text)) {
			throw field == null ? InvalidInput.of("error.bad-characters")
					: InvalidInput.onField(field, "error.bad-characters");
		}
	}

	public static boolean acceptable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x202a && c <= 0x202e)
					|| (c >= 0x2066 && c <= 0x2069)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}
}
