package org.fazhi.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.SecurityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reports every refused request (403) and every file sent for saving — an export with its number of rows, a
 * download — as a {@link SecurityEvent}, whichever route answered: one place, so that a new route is covered without
 * a line of its own. Sits in the security filter chain, where the signed-in user is still known.
 */
public class SecurityEvents extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final ApplicationEventPublisher events;

	public SecurityEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			report(request, response);
		}
	}

	private void report(HttpServletRequest request, HttpServletResponse response) {
		String action = null;
		String summary = null;
		String target = request.getMethod() + " " + request.getRequestURI();
		if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
			action = "ACCESS_DENIED";
			summary = target;
		}
		else if (response.getStatus() < 300 && fileName(response).isPresent()) {
			Object rows = request.getAttribute(SecurityEvent.EXPORTED_ROWS);
			action = rows == null ? "FILE_DOWNLOADED" : "LIST_EXPORTED";
			summary = target + " →「" + fileName(response).get() + "」" + (rows == null ? "" : "，" + rows + " 行");
		}
		if (action == null) {
			return;
		}
		Optional<CurrentUser> user = CurrentUser.get();
		if (user.isEmpty() && !"ACCESS_DENIED".equals(action)) {
			return;
		}
		try {
			events.publishEvent(new SecurityEvent(action, user.map(CurrentUser::orgId).orElse(null),
					user.map(CurrentUser::id).orElse(null),
					user.map(u -> u.displayName() + "（" + u.getUsername() + "）").orElse("访客 " + request.getRemoteAddr()),
					target, summary));
		}
		catch (RuntimeException e) {
			log.error("安全事件未能记入审计：{} {}", action, summary, e);
		}
	}

	/** The name of the file the response sends for saving, if it sends one. */
	private static Optional<String> fileName(HttpServletResponse response) {
		String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		if (disposition == null || !disposition.startsWith("attachment")) {
			return Optional.empty();
		}
		int encoded = disposition.indexOf("filename*=UTF-8''");
		if (encoded >= 0) {
			return Optional.of(URLDecoder.decode(disposition.substring(encoded + 17), StandardCharsets.UTF_8));
		}
		return Optional.of(disposition);
	}
}
