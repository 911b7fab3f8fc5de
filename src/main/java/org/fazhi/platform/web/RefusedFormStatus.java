package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with its errors answers 422 (Unprocessable Content), on every page alike: the browser, htmx and a
 * test all see that nothing was done, not a 200 that looks like success.
 */
class RefusedFormStatus implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || response.getStatus() != HttpStatus.OK.value()
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		boolean refused = view.getModel()
			.values()
			.stream()
			.anyMatch(v -> v instanceof BindingResult result && result.hasErrors());
		if (refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
	}
}
