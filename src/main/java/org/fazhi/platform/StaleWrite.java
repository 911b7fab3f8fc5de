package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/**
 * Someone else changed the record since the user read it (the version he saw is no longer the record's): nothing is
 * written, and he is asked to reload and decide again (HTTP 409).
 */
public class StaleWrite extends FazhiException {

	private StaleWrite(String code, Object... args) {
		super(null, code, args);
	}

	public static StaleWrite of(String entity, Object id) {
		return new StaleWrite("error.concurrent-change");
	}

	/** Refuses when the user saw another version than the record's ({@code expected == null}: nothing to check). */
	public static void check(Long expected, long actual, String entity, Object id) {
		if (expected != null && expected != actual) {
			throw of(entity, id);
		}
	}

	/**
	 * After an update guarded by {@code where id = :id and version = :version}: nothing written means someone else
	 * wrote first. Every repository checks its writes with this one rule.
	 */
	public static void checkUpdated(int rows, String entity, Object id) {
		if (rows != 1) {
			throw of(entity, id);
		}
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
