package org.fazhi.platform.web;

import java.util.function.Supplier;

import org.fazhi.platform.FazhiException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts a refused action's message on the form: on its field where it has one, above the form otherwise. */
public final class Forms {

	/** The request attribute naming the form shown again after a refusal (its section opens on the page). */
	public static final String REFUSED = "refusedForm";

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

	/**
	 * A form on a record's page: done, it says so and goes back to the page; refused — by its field checks or by the
	 * rules — the page is shown again (HTTP 422) with what the user typed and the message at the field, and nothing is
	 * changed (the service's transaction rolled back).
	 * @param page renders the record's page again, with the refused form in the model
	 */
	public static String submit(BindingResult result, Runnable action, RedirectAttributes redirect, String target,
			Supplier<String> page, String successCode, Object... args) {
		if (!result.hasErrors() && attempt(result, action)) {
			Flash.success(redirect, successCode, args);
			return "redirect:" + target;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(REFUSED, result.getObjectName());
			attributes.getRequest()
				.setAttribute(Flash.ATTRIBUTE, new Flash("danger", "form.refused", new String[0], null));
		}
		return page.get();
	}

	/**
	 * Puts a message on a field — or above the form when the form could not be built from what was typed (a value
	 * of the wrong type leaves a record form without its object).
	 */
	public static void rejectField(BindingResult result, String field, String code, Object... args) {
		if (result.getTarget() != null) {
			result.rejectValue(field, code, args, code);
		}
		else {
			result.reject(code, args, code);
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
