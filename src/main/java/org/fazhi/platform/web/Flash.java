package org.fazhi.platform.web;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page after a redirect: what the last action did, or why it did nothing. Either a
 * message code with its arguments, or a text already resolved (for a refusal whose arguments are themselves messages).
 */
public record Flash(String level, String code, String[] args, String text) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public static void success(RedirectAttributes attributes, String code, Object... args) {
		attributes.addFlashAttribute(ATTRIBUTE, new Flash("success", code, strings(args), null));
	}

	public static void warning(RedirectAttributes attributes, String code, Object... args) {
		attributes.addFlashAttribute(ATTRIBUTE, new Flash("warning", code, strings(args), null));
	}

	public static void refused(RedirectAttributes attributes, String text) {
		attributes.addFlashAttribute(ATTRIBUTE, new Flash("danger", null, new String[0], text));
	}

	private static String[] strings(Object[] args) {
		return Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
	}
}
