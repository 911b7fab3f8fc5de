package org.fazhi.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.platform.FazhiException;
import org.fazhi.platform.Permission;
import org.fazhi.platform.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure once: a {@link ProblemDetail} with a Chinese detail for {@code /api/**}, the Chinese error
 * page otherwise. No library message and no stack trace ever reaches a user.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

	private final Problems problems;

	private final Permissions registry;

	ErrorHandling(Problems problems, Permissions registry) {
		this.problems = problems;
		this.registry = registry;
	}

	@ExceptionHandler(FazhiException.class)
	Object refused(FazhiException e, HttpServletRequest request) {
		return respond(e.status(), e, request, null);
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException e, HttpServletRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : e.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), problems.text(error));
		}
		e.getGlobalErrors().forEach(error -> errors.putIfAbsent("_", problems.text(error)));
		String summary = String.join("；", errors.values());
		return respond(HttpStatus.BAD_REQUEST, new DefaultMessageSourceResolvable(new String[] { "error.validation" },
				new Object[] { summary }), request, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
		List<String> messages = e.getAllErrors().stream().map(problems::text).toList();
		return respond(HttpStatus.BAD_REQUEST, new DefaultMessageSourceResolvable(new String[] { "error.validation" },
				new Object[] { String.join("；", messages) }), request, null);
	}

	/** A body that is no JSON, or a field that does not bind: the field is named where the parser knows it. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		String field = null;
		for (Throwable t = e.getCause(); t != null && field == null; t = t.getCause()) {
			if (t instanceof tools.jackson.databind.DatabindException bind && !bind.getPath().isEmpty()) {
				field = bind.getPath()
					.stream()
					.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
					.collect(java.util.stream.Collectors.joining("."));
			}
		}
		if (field == null) {
			return respond(HttpStatus.BAD_REQUEST, code("error.unreadable-body"), request, null);
		}
		return respond(HttpStatus.BAD_REQUEST, code("error.unreadable-field", field), request,
				Map.of(field, problems.text(code("error.unreadable-field", field))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		// a citizen on the portal is told what he typed, not the name of a request parameter
		return respond(HttpStatus.BAD_REQUEST, citizen(request) ? code("error.bad-value", String.valueOf(e.getValue()))
				: code("error.bad-parameter", e.getName(), String.valueOf(e.getValue())), request, null);
	}

	/** A path variable that converts to nothing (a blank id): no such page or record. */
	@ExceptionHandler(MissingPathVariableException.class)
	Object missingPath(MissingPathVariableException e, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, code("error.no-such-page"), request, null);
	}

	/**
	 * A client that accepts none of the types the route answers in (a JSON route asked for HTML, XML, an image or
	 * CSV): 406, with the problem in JSON — the one type every route of the API answers in.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
		ProblemDetail problem = problems.of(HttpStatus.NOT_ACCEPTABLE, code("error.not-acceptable"), request);
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
		return respond(HttpStatus.BAD_REQUEST, citizen(request) ? code("error.missing-value")
				: code("error.missing-parameter", e.getParameterName()), request, null);
	}

	/** A file over the limit: 413 with the Chinese page (the server reads the whole body first, so the page arrives). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return respond(HttpStatus.CONTENT_TOO_LARGE, code("error.upload-too-large"), request, null);
	}

	@ExceptionHandler(MultipartException.class)
	Object upload(MultipartException e, HttpServletRequest request) {
		return unreadableForm(e, request);
	}

	/**
	 * The server could not read the form's parameters — a file over the size limit, too many fields — wherever it was
	 * first asked for them (a filter, the binding): 413 for the size, 400 otherwise, never 500.
	 */
	@ExceptionHandler(IllegalStateException.class)
	Object illegalState(IllegalStateException e, HttpServletRequest request) {
		if (!e.getClass().getName().startsWith("org.apache.tomcat.util.http.")) {
			return unexpected(e, request);
		}
		return unreadableForm(e, request);
	}

	private Object unreadableForm(Exception e, HttpServletRequest request) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
					|| t instanceof MaxUploadSizeExceededException) {
				return respond(HttpStatus.CONTENT_TOO_LARGE, code("error.upload-too-large"), request, null);
			}
		}
		return respond(HttpStatus.BAD_REQUEST, code("error.upload"), request, null);
	}

	/** No page at that address: no handler, and (the static files living under their own paths) no file either. */
	@ExceptionHandler({ NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class })
	Object notFound(Exception e, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, code("error.no-such-page"), request, null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return respond(HttpStatus.METHOD_NOT_ALLOWED, code("error.method", e.getMethod()), request, null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code("error.media-type"), request, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrent(OptimisticLockingFailureException e, HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, code("error.concurrent-change"), request, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException e, HttpServletRequest request) {
		List<Permission> required = requiredPermissions(e);
		if (required.isEmpty()) {
			return respond(HttpStatus.FORBIDDEN, code("error.forbidden"), request, null);
		}
		String names = String.join("」或「", required.stream().map(p -> problems.text(p.messageKey())).toList());
		return respond(HttpStatus.FORBIDDEN, code("error.forbidden.permission", names), request, null);
	}

	/** The permissions a {@code @PreAuthorize("hasAuthority('…')")} asked for, to tell the user what he lacks. */
	private List<Permission> requiredPermissions(AccessDeniedException e) {
		if (!(e instanceof AuthorizationDeniedException denied)
				|| !(denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision)) {
			return List.of();
		}
		Matcher matcher = QUOTED.matcher(decision.getExpression().getExpressionString());
		List<Permission> permissions = new java.util.ArrayList<>();
		while (matcher.find()) {
			registry.find(matcher.group(1)).ifPresent(permissions::add);
		}
		return permissions;
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("未预期的错误 [{}] {} {}", reference, request.getMethod(), request.getRequestURI(), e);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, code("error.unexpected", reference), request, null);
	}

	private Object respond(HttpStatus status, MessageSourceResolvable detail, HttpServletRequest request,
			Map<String, String> fieldErrors) {
		if (ApiPaths.isApi(request)) {
			ProblemDetail problem = problems.of(status, detail, request);
			if (fieldErrors != null && !fieldErrors.isEmpty()) {
				problem.setProperty("errors", fieldErrors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("path", request.getRequestURI().substring(request.getContextPath().length()));
		page.addObject("detail", problems.text(detail));
		return page;
	}

	/** A request of the public portal: its visitors are citizens, not the platform's users. */
	static boolean citizen(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/gk");
	}

	private static MessageSourceResolvable code(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}
}
