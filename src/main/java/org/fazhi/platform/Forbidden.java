package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/** The user is signed in but may not do this; the message says why. */
public class Forbidden extends FazhiException {

	private Forbidden(String code, Object... args) {
		super(null, code, args);
	}

	public static Forbidden of(String code, Object... args) {
		return new Forbidden(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}
}
