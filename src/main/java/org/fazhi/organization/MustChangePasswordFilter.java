package org.fazhi.organization;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.web.ApiPaths;
import org.fazhi.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** An account created or reset by an administrator can do nothing before it has chosen its own password. */
class MustChangePasswordFilter extends OncePerRequestFilter {

	static final String CHANGE_PATH = "/account/password";

	private static final List<String> ALLOWED = List.of(CHANGE_PATH, "/logout", "/login", "/css/", "/js/",
			"/webjars/", "/error", "/favicon.ico", "/gk/", "/actuator/");

	private final Problems problems;

	MustChangePasswordFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.get().map(CurrentUser::mustChangePassword).orElse(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!mustChange || ALLOWED.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		if (ApiPaths.isApi(request)) {
			problems.write(response, HttpStatus.FORBIDDEN, "password.change-required", request);
			return;
		}
		response.sendRedirect(request.getContextPath() + CHANGE_PATH);
	}
}
