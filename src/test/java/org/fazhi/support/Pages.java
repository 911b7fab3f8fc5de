package org.fazhi.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Parses a MockMvc page with jsoup, so that tests check what the user sees, not how it is built. */
public final class Pages {

	private Pages() {
	}

	public static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	public static String text(MvcResult result) throws Exception {
		return html(result).text();
	}

	public static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
