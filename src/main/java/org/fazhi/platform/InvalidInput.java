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
}
