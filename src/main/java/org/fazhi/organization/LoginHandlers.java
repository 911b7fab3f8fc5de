package org.fazhi.organization;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.PlatformProperties;
import org.fazhi.platform.web.Problems;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** What happens after a sign-in attempt: counters, audit, and a Chinese message that says exactly why. */
@Component
class LoginHandlers {

	static final String ERROR_ATTRIBUTE = "fazhi.login.error";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LoginAttempts attempts;

	private final Problems problems;

	private final ZoneId zone;

	private final AccountSecurityProperties properties;

	LoginHandlers(LoginAttempts attempts, Problems problems, PlatformProperties platform,
			AccountSecurityProperties properties) {
		this.attempts = attempts;
		this.problems = problems;
		this.zone = platform.timeZone();
		this.properties = properties;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				if (authentication.getPrincipal() instanceof CurrentUser user) {
					attempts.succeeded(user);
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String username = Optional.ofNullable(request.getParameter("username")).map(String::trim).orElse("");
			request.getSession().setAttribute(ERROR_ATTRIBUTE, message(username, exception));
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private String message(String username, AuthenticationException exception) {
		if (username.isEmpty()) {
			return problems.text("login.error.username-required");
		}
		if (exception instanceof AccountLockedException locked) {
			attempts.failed(username, "LOCKED");
			return problems.text("login.error.locked", format(locked.until()));
		}
		if (exception instanceof DisabledException) {
			attempts.failed(username, "DISABLED");
			return problems.text("login.error.disabled");
		}
		if (exception instanceof BadCredentialsException) {
			Optional<Instant> lockedNow = attempts.failed(username, "BAD_CREDENTIALS");
			return lockedNow
				.map(until -> problems.text("login.error.locked-now", properties.maxFailedAttempts(), format(until)))
				.orElseGet(() -> problems.text("login.error.bad-credentials", properties.maxFailedAttempts(),
						properties.lockDuration().toMinutes()));
		}
		return problems.text("login.error.other");
	}

	private String format(Instant instant) {
		return TIME.format(instant.atZone(zone));
	}
}
