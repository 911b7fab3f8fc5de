package org.fazhi.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** A record that does not exist, or that lies outside the user's data scope (both read the same to him). */
public class NotFoundException extends FazhiException {

	private NotFoundException(String code, Object... args) {
		super(null, code, args);
	}

	/** @param entity message key suffix under {@code entity.} naming the kind of record, e.g. {@code user} */
	public static NotFoundException of(String entity, Object id) {
		return new NotFoundException("error.not-found", new DefaultMessageSourceResolvable("entity." + entity),
				String.valueOf(id));
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}
}
