package org.fazhi.platform.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A route's {@code @PreAuthorize} is judged before anything of the request is read: someone the route does not let in
 * gets 403 — not a 400 naming the fields of a body he may not send, and never a validation of his input. The method
 * security around the controller still applies; this only moves the refusal ahead of the binding.
 */
class AuthorizeFirst implements HandlerInterceptor {

	private final DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();

	private final Map<Method, Expression> expressions = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object target) {
		if (!(target instanceof HandlerMethod method)) {
			return true;
		}
		Expression expression = expressions.computeIfAbsent(method.getMethod(), m -> parse(method));
		if (expression == NONE) {
			return true;
		}
		SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
				new Object[method.getMethodParameters().length]);
		boolean granted = ExpressionUtils.evaluateAsBoolean(expression,
				handler.createEvaluationContext(SecurityContextHolder.getContext()::getAuthentication, invocation));
		if (!granted) {
			throw new AuthorizationDeniedException("Access Denied",
					new ExpressionAuthorizationDecision(false, expression));
		}
		return true;
	}

	private static final Expression NONE = new org.springframework.expression.spel.standard.SpelExpressionParser()
		.parseExpression("true");

	private Expression parse(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		return rule == null ? NONE : handler.getExpressionParser().parseExpression(rule.value());
	}
}
