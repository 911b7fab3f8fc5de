package org.fazhi.consultation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A comment's receipt code, e.g. {@code K7QP-3MZD-8WXA}: 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), 59 bits of randomness, so that a code cannot be guessed to read another's comment.
 */
public final class Receipt {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET
			+ "]{4}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Receipt() {
	}

	public static String next() {
		return of(RANDOM);
	}

	/** A code drawn from the given random numbers (the data generator's, which follow from its seed). */
	static String of(java.util.random.RandomGenerator random) {
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i == 4 || i == 8) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed (any case, spaces or no dashes) in its canonical form, or empty if it cannot be one. */
	public static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (compact.length() != 12) {
			return Optional.empty();
		}
		String code = compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
		return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}
}
