package org.fazhi.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with a Chinese title and detail, for the API's every error. */
@Component
public class Problems {

	public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail of(HttpStatus status, MessageSourceResolvable detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detail));
		problem.setTitle(text(new DefaultMessageSourceResolvable(new String[] { "error.status." + status.value() },
				status.getReasonPhrase())));
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		if (detail.getCodes() != null && detail.getCodes().length > 0) {
			problem.setProperty("code", detail.getCodes()[0]);
		}
		return problem;
	}

	public String text(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LOCALE);
	}

	public String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LOCALE);
	}

	/** For the security filters, which answer before any controller does. */
	public void write(HttpServletResponse response, HttpStatus status, String code, HttpServletRequest request)
			throws IOException {
		ProblemDetail problem = of(status, new DefaultMessageSourceResolvable(code), request);
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
