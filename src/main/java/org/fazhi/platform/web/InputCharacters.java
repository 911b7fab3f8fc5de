package org.fazhi.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.Texts;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Characters no field may hold, refused on every route before anything is bound or written: NUL and the other C0
 * controls (tab, line feed and carriage return excepted), DEL, unpaired surrogates, and the bidi overrides and
 * isolates that make text read otherwise than it is stored (U+202A–U+202E, U+2066–U+2069). Form fields, query
 * parameters, path segments and uploaded file names alike; JSON bodies are checked as they are read.
 */
public class InputCharacters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		check(request.getRequestURI());
		for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
			check(p.getKey());
			for (String value : p.getValue()) {
				check(value);
			}
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (MultipartFile file : multipart.getFileMap().values()) {
				check(file.getOriginalFilename());
			}
		}
		return true;
	}

	private static void check(String text) {
		Texts.checkCharacters(text, null);
	}
}
