package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/** Too many submissions from one address in a short time (HTTP 429); the message says when to try again. */
public class TooManyRequests extends FazhiException {

	private TooManyRequests(String code, Object... args) {
		super(null, code, args);
	}

	public static TooManyRequests of(String code, Object... args) {
		return new TooManyRequests(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}
}
