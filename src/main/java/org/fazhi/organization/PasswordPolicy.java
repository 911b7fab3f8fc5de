package org.fazhi.organization;

import org.fazhi.platform.InvalidInput;

/**
 * 口令策略: at least 8 characters from at least 3 of the 4 classes (upper case, lower case, digits, symbols),
 * and not containing the user name (GB/T 22239-2019 等级保护 8.1.4.1 a: 口令具有复杂度要求).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	/** @throws InvalidInput on the given form field, saying what the password lacks */
	public static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw InvalidInput.onField(field, "password.too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw InvalidInput.onField(field, "password.too-long", MAX_LENGTH);
		}
		if (classes(password) < 3) {
			throw InvalidInput.onField(field, "password.too-simple");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase().contains(username.trim().toLowerCase())) {
			throw InvalidInput.onField(field, "password.contains-username");
		}
	}

	/**
	 * Whether the password is one of the last {@code depth} the account used (the current one first in
	 * {@code hashesNewestFirst}); never when no history is kept.
	 */
	static boolean reused(String password, java.util.List<String> hashesNewestFirst, int depth,
			org.springframework.security.crypto.password.PasswordEncoder encoder) {
		return depth > 0 && hashesNewestFirst.stream()
			.limit(depth)
			.anyMatch(hash -> hash != null && encoder.matches(password, hash));
	}

	static int classes(String password) {
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (char c : password.toCharArray()) {
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}
}
