package org.fazhi.organization;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.FilterChain;
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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in attempt: a locked name or address is refused before its password is checked; after
 * it, counters, audit, and a Chinese message that says exactly why — the same for a name no account has as for one
 * that exists.
 */
@Component
class LoginHandlers {

	static final String ERROR_ATTRIBUTE = "fazhi.login.error";

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
		return (request, response, exception) -> refuse(request, response,
				message(username(request), request.getRemoteAddr(), exception));
	}

	/** Sits before the sign-in filter: a locked name or address gets its answer without a password check. */
	OncePerRequestFilter beforehand() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (!"POST".equals(request.getMethod())
						|| !(request.getContextPath() + "/login").equals(request.getRequestURI())) {
					chain.doFilter(request, response);
					return;
				}
				String username = username(request);
				Optional<LoginAttempts.Failure> refused = username.isEmpty() ? Optional.empty()
						: attempts.refusedBeforehand(username, request.getRemoteAddr());
				if (refused.isEmpty()) {
					chain.doFilter(request, response);
					return;
				}
				attempts.refused(username, request.getRemoteAddr(), "LOCKED");
				refuse(request, response, text(refused.get()));
			}
		};
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
		request.getSession().setAttribute(ERROR_ATTRIBUTE, message);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private String message(String username, String address, AuthenticationException exception) {
		if (username.isEmpty()) {
			return problems.text("login.error.username-required");
		}
		if (exception instanceof AccountLockedException locked) {
			attempts.refused(username, address, "LOCKED");
			return text(new LoginAttempts.NameLocked(locked.until(), false));
		}
		if (exception instanceof DisabledException) {
			attempts.refused(username, address, "DISABLED");
			return problems.text("login.error.disabled");
		}
		if (exception instanceof BadCredentialsException) {
			return text(attempts.wrongPassword(username, address));
		}
		return problems.text("login.error.other");
	}

	private String text(LoginAttempts.Failure failure) {
		if (failure instanceof LoginAttempts.NameLocked locked) {
			return locked.now()
					? problems.text("login.error.locked-now", properties.maxFailedAttempts(), format(locked.until()))
					: problems.text("login.error.locked", format(locked.until()));
		}
		if (failure instanceof LoginAttempts.AddressLocked locked) {
			return problems.text("login.error.address-locked", format(locked.until()));
		}
		return problems.text("login.error.bad-credentials", properties.maxFailedAttempts(),
				properties.lockDuration().toMinutes());
	}

	private static String username(HttpServletRequest request) {
		return Optional.ofNullable(request.getParameter("username")).map(String::strip).orElse("");
	}

	private String format(Instant instant) {
		return LoginAttempts.TIME.format(instant.atZone(zone));
	}
}
