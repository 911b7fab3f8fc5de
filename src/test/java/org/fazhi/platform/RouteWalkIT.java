package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.support.RouteSuite;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every route of the routing table, walked with a fixed corpus of bad inputs of each kind — blank and malformed ids in
 * the path, values of the wrong type, dates outside the calendar, control characters and bidi overrides, oversized
 * text, malformed JSON under odd content types, JSON endpoints asked for HTML, XML, images or CSV, a file name with
 * NUL — as a user who may use the route. No answer may be a 5xx. A new route is walked without a new test.
 */
class RouteWalkIT extends RouteSuite {

	/** Who may use most routes, tried in this order until one is not refused. */
	static final String[] USERS = { null, "reviewer", "staff", "leader", "filing", "sysadmin", "secadmin", "auditor",
			"officer" };

	static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	static final String LONG = "长".repeat(210_000);

	static final List<String> BAD_PATH = List.of(" ", "x", "\u0000", "0000-01-01");

	static final List<String> BAD_STRINGS = List.of("", " ", "\u0000", "a\u0001b", "\u202e反转", "\ud800");

	static final List<String> BAD_DATES = List.of("0000-01-01", "1900-01-01", "2026-02-30", "x");

	static final List<String> BAD_NUMBERS = List.of("1.5", "x", "99999999999999999999", "-1");

	static final List<String> BAD_BODIES = List.of("{", "[]", "null", "\"x\"", "{\"title\": 1.5, \"year\": \"x\", "
			+ "\"on\": \"0000-01-01\", \"kind\": 1}", "{\"title\": \"a\\u0000b\", \"reason\": \"\\u202e反\", "
			+ "\"text\": \"\\ud800\"}");

	/** Routes outside the application's controllers that a client may still ask in odd ways. */
	static final List<String> OTHER_JSON = List.of("/actuator/health", "/actuator/info");

	static final List<String> CONTENT_TYPES = List.of("*/*", "text/plain", "application/xml", "application/json");

	static final List<String> ACCEPTS = List.of("text/html", "application/xml", "image/png", "text/csv");

	int sent;

	final List<String> failures = new ArrayList<>();

	@Test
	void noInputOnAnyRouteGivesA5xx() throws Exception {
		List<Route> routes = routes();
		for (Route route : routes) {
			String user = userFor(route);
			walk(route, user);
		}
		for (String path : OTHER_JSON) {
			for (String accept : ACCEPTS) {
				MvcResult r = mvc.perform(request(HttpMethod.GET, path).header("Accept", accept)).andReturn();
				sent++;
				if (r.getResponse().getStatus() >= 500) {
					failures.add("GET " + path + " with Accept " + accept + " → " + r.getResponse().getStatus());
				}
			}
		}
		System.out.printf("bad-input walk: %d routes, %d requests, %d answers 5xx%n", routes.size(), sent,
				failures.size());
		assertThat(failures).as("5xx answers").isEmpty();
	}

	/** The first user (anonymous first) whom the route does not refuse. */
	String userFor(Route route) throws Exception {
		for (String user : USERS) {
			MvcResult r = send(route, user, builder(route, concrete(route.pattern())), "who may");
			if (r == null) {
				return user;
			}
			int status = r.getResponse().getStatus();
			String location = r.getResponse().getRedirectedUrl();
			if (status != 403 && status != 401 && (location == null || !location.contains("/login"))) {
				return user;
			}
		}
		return "reviewer";
	}

	void walk(Route route, String user) throws Exception {
		String concrete = concrete(route.pattern());
		// path variables, one at a time
		Matcher m = VARIABLE.matcher(route.pattern());
		while (m.find()) {
			for (String bad : BAD_PATH) {
				String path = concrete(route.pattern().substring(0, m.start())) + "{bad}"
						+ concrete(route.pattern().substring(m.end()));
				send(route, user, request(HttpMethod.valueOf(route.method().name()), path, bad), "path " + m.group(1)
						+ "=" + printable(bad));
			}
		}
		boolean longSent = false;
		for (MethodParameter p : route.handler().getMethodParameters()) {
			if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestHeader.class)) {
				continue;
			}
			if (p.hasParameterAnnotation(RequestBody.class)) {
				for (String body : BAD_BODIES) {
					for (String type : CONTENT_TYPES) {
						send(route, user, builder(route, concrete).contentType(type).content(body),
								"body " + type + " " + body);
					}
				}
				continue;
			}
			if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
				String name = p.hasParameterAnnotation(RequestParam.class)
						&& !p.getParameterAnnotation(RequestParam.class).value().isEmpty()
								? p.getParameterAnnotation(RequestParam.class).value() : "file";
				AbstractMockHttpServletRequestBuilder<?> upload = multipart(HttpMethod.valueOf(route.method().name()), concrete)
					.file(new MockMultipartFile(name, "bad\u0000name.pdf", "application/pdf", "%PDF-1.4".getBytes()));
				send(route, user, upload, "file name with NUL");
				continue;
			}
			Map<String, Class<?>> fields = fields(p);
			for (Map.Entry<String, Class<?>> f : fields.entrySet()) {
				for (String bad : badValues(f.getValue())) {
					send(route, user, builder(route, concrete).param(f.getKey(), bad),
							f.getKey() + "=" + printable(bad));
				}
				if (!longSent && f.getValue() == String.class) {
					send(route, user, builder(route, concrete).param(f.getKey(), LONG), f.getKey() + "=长×210000");
					longSent = true;
				}
			}
		}
		if (route.method().name().equals("GET") && takesHtmxHeader(route)) {
			// the list's partial, as the filter bar asks for it
			send(route, user, builder(route, concrete).header("HX-Request", "true"), "HX-Request");
		}
		if (route.json() && route.method().name().equals("GET")) {
			for (String accept : ACCEPTS) {
				send(route, user, builder(route, concrete).header("Accept", accept), "Accept " + accept);
			}
		}
	}

	static boolean takesHtmxHeader(Route route) {
		for (MethodParameter p : route.handler().getMethodParameters()) {
			RequestHeader header = p.getParameterAnnotation(RequestHeader.class);
			if (header != null && "HX-Request".equalsIgnoreCase(header.value())) {
				return true;
			}
		}
		return false;
	}

	/** The request fields a parameter binds: a simple value, or each component of a form record. */
	static Map<String, Class<?>> fields(MethodParameter p) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		Class<?> type = p.getParameterType();
		if (p.hasParameterAnnotation(RequestParam.class)) {
			RequestParam rp = p.getParameterAnnotation(RequestParam.class);
			String name = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getParameterName();
			fields.put(name, type);
		}
		else if (type.isRecord() && (p.hasParameterAnnotation(ModelAttribute.class) || !isFramework(type))) {
			for (RecordComponent c : type.getRecordComponents()) {
				fields.put(c.getName(), c.getType());
			}
		}
		return fields;
	}

	static boolean isFramework(Class<?> type) {
		return !type.getPackageName().startsWith("org.fazhi");
	}

	static List<String> badValues(Class<?> type) {
		if (type == String.class) {
			return BAD_STRINGS;
		}
		if (type == LocalDate.class) {
			return BAD_DATES;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return BAD_NUMBERS;
		}
		if (type == Boolean.class || type == boolean.class) {
			return List.of("maybe", "");
		}
		if (type == java.util.UUID.class) {
			return List.of(" ", "x");
		}
		if (type.isEnum()) {
			return List.of("1", "NOPE", "");
		}
		if (Collection.class.isAssignableFrom(type)) {
			return List.of("\u0000", "NOPE");
		}
		return List.of("x");
	}

	MockHttpServletRequestBuilder builder(Route route, String path) {
		return request(HttpMethod.valueOf(route.method().name()), path);
	}

	MvcResult send(Route route, String user, AbstractMockHttpServletRequestBuilder<?> builder, String input)
			throws Exception {
		if (user != null) {
			builder.with(as(user));
		}
		if (!route.method().name().equals("GET")) {
			builder.with(csrf());
		}
		MvcResult r;
		try {
			r = mvc.perform(builder).andReturn();
		}
		catch (Exception escaped) {
			// an exception no handler answered (e.g. in rendering a page) is a 500 in a servlet container
			sent++;
			failures.add(route.key() + " as " + user + " with " + input + " → 500 (" + rootCause(escaped) + ")");
			return null;
		}
		sent++;
		if (r.getResponse().getStatus() >= 500) {
			failures.add(route.key() + " as " + user + " with " + input + " → " + r.getResponse().getStatus());
		}
		return r;
	}

	static String rootCause(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).lines().findFirst().orElse("");
	}

	static String printable(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			b.append(c < 0x20 || c == 0x202e || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
		}
		return b.length() > 40 ? b.substring(0, 40) + "…" : b.toString();
	}
}
