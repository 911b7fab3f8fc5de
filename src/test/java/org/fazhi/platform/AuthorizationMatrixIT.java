package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fazhi.support.RouteSuite;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may use each route, written once per route in {@code src/test/resources/authorization.tsv}: the route, the roles
 * let in when the record is their own division's (or the public's {@code ANONYMOUS}), and the roles that still reach
 * it from a division of another unit (for a record route: none — the record is not found there; for a list: the
 * roles that see their own part of it). Checked against the application for every route, every role, the anonymous
 * visitor and the other division. A route without an entry, or an entry without a route, fails the build. Run with
 * {@code -Dfazhi.authorization.print=true} to print the table the application answers today.
 */
class AuthorizationMatrixIT extends RouteSuite {

	static final Path TABLE = Path.of("src/test/resources/authorization.tsv");

	/** One account per role, in the division that holds the records; {@code ANONYMOUS} signs in with nobody. */
	static final Map<String, String> ROLES = new LinkedHashMap<>();

	static {
		ROLES.put("ANONYMOUS", null);
		ROLES.put("STAFF", "staff");
		ROLES.put("LEGAL_REVIEWER", "reviewer");
		ROLES.put("LEADER", "leader");
		ROLES.put("OFFICER", "officer");
		ROLES.put("FILING_REVIEWER", "filing");
		ROLES.put("SYSTEM_ADMIN", "sysadmin");
		ROLES.put("SECURITY_ADMIN", "secadmin");
		ROLES.put("AUDIT_ADMIN", "auditor");
	}

	record Entry(Set<String> own, Set<String> other) {

		String line(String key) {
			return key + "\t" + String.join(",", own) + "\t" + String.join(",", other);
		}
	}

	@Test
	void everyRouteLetsInExactlyTheRolesItsEntryNames() throws Exception {
		Map<String, Entry> expected = read();
		Map<String, Entry> actual = new LinkedHashMap<>();
		int checks = 0;
		for (Route route : routes()) {
			Entry entry = new Entry(new TreeSet<>(), new TreeSet<>());
			for (Map.Entry<String, String> role : ROLES.entrySet()) {
				if (answer(route, role.getValue()) == Answer.LET_IN) {
					entry.own().add(role.getKey());
				}
				checks++;
			}
			for (Map.Entry<String, String> role : new java.util.TreeMap<>(OTHER_DIVISION).entrySet()) {
				if (answer(route, role.getValue()) == Answer.LET_IN) {
					entry.other().add(role.getKey());
				}
				checks++;
			}
			actual.put(route.key(), entry);
		}
		if (Boolean.getBoolean("fazhi.authorization.print")) {
			actual.forEach((k, v) -> System.out.println("AUTHZ\t" + v.line(k)));
		}
		System.out.printf("authorization matrix: %d routes × (%d roles + %d roles of another division) = %d checks%n",
				actual.size(), ROLES.size(), OTHER_DIVISION.size(), checks);
		assertThat(actual.keySet()).as("routes without an entry in " + TABLE).isSubsetOf(expected.keySet());
		assertThat(expected.keySet()).as("entries without a route").isSubsetOf(actual.keySet());
		List<String> wrong = new ArrayList<>();
		actual.forEach((key, entry) -> {
			if (!entry.equals(expected.get(key))) {
				wrong.add("expected " + expected.get(key).line(key) + "\n   but is " + entry.line(key));
			}
		});
		assertThat(wrong).as("routes letting in other roles than their entry names").isEmpty();
	}

	enum Answer {
		LET_IN, REFUSED, NOT_FOUND
	}

	/** Refused: 401/403 or sent to the sign-in page; not found: 404 (a record out of scope); anything else lets in. */
	Answer answer(Route route, String user) throws Exception {
		MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(route.method().name()), concrete(route.pattern()));
		if (user != null) {
			b.with(as(user));
		}
		if (!route.method().name().equals("GET")) {
			b.with(csrf());
		}
		MvcResult r = mvc.perform(b).andReturn();
		int status = r.getResponse().getStatus();
		String location = r.getResponse().getRedirectedUrl();
		if (status == 401 || status == 403 || (location != null && location.contains("/login"))) {
			return Answer.REFUSED;
		}
		return status == 404 ? Answer.NOT_FOUND : Answer.LET_IN;
	}

	static Map<String, Entry> read() throws IOException {
		Map<String, Entry> table = new LinkedHashMap<>();
		for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			table.put(cells[0], new Entry(set(cells, 1), set(cells, 2)));
		}
		return table;
	}

	private static Set<String> set(String[] cells, int i) {
		return cells.length <= i || cells[i].isBlank() ? new TreeSet<>() : new TreeSet<>(List.of(cells[i].split(",")));
	}
}
