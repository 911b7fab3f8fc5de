package org.fazhi.platform;

import org.springframework.http.HttpStatus;

/**
 * An action the law or the procedure forbids in the record's present state. The message names the rule and,
 * where there is one, its source (e.g. 国办发〔2018〕37号 二(六)).
 */
public class RuleViolation extends FazhiException {

	private RuleViolation(String field, String code, Object... args) {
		super(field, code, args);
	}

	public static RuleViolation of(String code, Object... args) {
		return new RuleViolation(null, code, args);
	}

	public static RuleViolation onField(String field, String code, Object... args) {
		return new RuleViolation(field, code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
