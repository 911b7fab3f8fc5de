package org.fazhi.platform;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A failure a user can cause and understand. It carries a message code from {@code messages.properties} and its
 * arguments, never a library's text; the web layer resolves it to Chinese once, for pages and the API alike.
 */
public abstract class FazhiException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] args;

	private final String field;

	protected FazhiException(String field, String code, Object... args) {
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
		this.field = field;
		this.code = code;
		this.args = args;
	}

	public abstract HttpStatus status();

	public String code() {
		return code;
	}

	/** The form field the failure belongs to, or {@code null} for the whole form. */
	public String field() {
		return field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return args;
	}

	@Override
	public String getDefaultMessage() {
		return code;
	}
}
