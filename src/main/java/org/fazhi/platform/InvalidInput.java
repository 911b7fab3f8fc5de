package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/** Input that cannot be accepted as typed: a duplicate, a value out of range, a file that is not what it claims. */
public class InvalidInput extends FazhiException {

	private InvalidInput(String field, String code, Object... args) {
		super(field, code, args);
	}

	public static InvalidInput of(String code, Object... args) {
		return new InvalidInput(null, code, args);
	}

	public static InvalidInput onField(String field, String code, Object... args) {
		return new InvalidInput(field, code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

	/**
	 * The stripped text of a required field, refused when blank ({@code code}) or longer than {@code max} characters
	 * ({@code sizeCode}, with {@code max} as its argument).
	 */
	public static String requireText(String value, String field, String code, int max, String sizeCode) {
		if (value == null || value.isBlank()) {
			throw onField(field, code);
		}
		String v = value.strip();
		if (v.length() > max) {
			throw onField(field, sizeCode, max);
		}
		return v;
	}

	/** An optional text, refused when longer than {@code max} characters ({@code code}, with {@code max} as argument). */
	public static void checkLength(String value, int max, String field, String code) {
		if (value != null && value.length() > max) {
			throw onField(field, code, max);
		}
	}
}
