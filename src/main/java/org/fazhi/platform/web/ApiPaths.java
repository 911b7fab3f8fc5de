package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The JSON API lives under /api/; everything else is a page. Errors are answered in the caller's language. */
public final class ApiPaths {

	public static final String PREFIX = "/api/";

	private ApiPaths() {
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(PREFIX);
	}
}
