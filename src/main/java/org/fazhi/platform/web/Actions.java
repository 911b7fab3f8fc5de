package org.fazhi.platform.web;

import org.fazhi.platform.FazhiException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button's action (POST without a form): do it and say so, or say why it was refused — then go back to the page.
 * Nothing is changed when it is refused: the service's transaction rolls back.
 */
public final class Actions {

	private Actions() {
	}

	public static String perform(RedirectAttributes redirect, Problems problems, String target, Runnable action,
			String successCode, Object... args) {
		try {
			action.run();
			Flash.success(redirect, successCode, args);
		}
		catch (FazhiException e) {
			Flash.refused(redirect, problems.text(e));
		}
		return "redirect:" + target;
	}
}
