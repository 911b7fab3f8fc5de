package org.fazhi.platform.web;

import org.fazhi.platform.FazhiException;
import org.springframework.validation.BindingResult;

/** Puts a refused action's message on the form: on its field where it has one, above the form otherwise. */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs the action; if it is refused, records why in the binding result and reports failure.
	 * @return whether the action went through
	 */
	public static boolean attempt(BindingResult result, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (FazhiException e) {
			reject(result, e);
			return false;
		}
	}

	public static void reject(BindingResult result, FazhiException e) {
		if (e.field() != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
						e.field()) != null) {
			result.rejectValue(e.field(), e.code(), e.getArguments(), e.code());
		}
		else {
			result.reject(e.code(), e.getArguments(), e.code());
		}
	}
}
