package org.fazhi.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.TestAccounts;
import org.fazhi.organization.UserService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads under load: wrk (Debian's package), 50 connections on loopback, against the pages a region's users open, as a
 * legal reviewer of the regional government whose scope is the whole region; beside them the application's floor
 * (the health endpoint with the same session) and the portal without one.
 */
final class Reads {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private Reads() {
	}

	static void run(ConfigurableApplicationContext app, int port, RegionBenchmark.Report report, int seconds)
			throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			report.add("reads", "wrk not installed (Debian wrk)");
			return;
		}
		String base = "http://127.0.0.1:" + port;
		String cookie = signIn(base, regionReviewer(app));
		Path script = Files.createTempFile("wrk", ".lua");
		Files.writeString(script, """
				done = function(summary, latency, requests)
				  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d %d\\n", summary.requests,
				    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
				    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
				    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
				      + summary.errors.timeout, 0))
				end
				""");
		String[][] pages = { { "floor: /actuator/health with a session", "/actuator/health", cookie },
				{ "floor: /actuator/health without a session", "/actuator/health", null },
				{ "/normative (50 rows, sorted by promulgation) over the region", "/normative?size=50&sort=-promulgatedOn", cookie },
				{ "/normative?keyword=管理 (50 rows)", "/normative?size=50&keyword=" + URLEncoder.encode("管理", StandardCharsets.UTF_8), cookie },
				{ "/clocks (期限总览, all open clocks in scope)", "/clocks", cookie },
				{ "/gk/normative (portal catalog, no session)", "/gk/normative", null },
				{ "/ (工作台)", "/", cookie },
				{ "/tasks (全部待办, 20 of the region's tasks)", "/tasks", cookie },
				{ "/enforcement/cases (20 of the region's cases, newest first)", "/enforcement/cases", cookie },
				{ "/enforcement/publications (20 of the region's publication records)", "/enforcement/publications", cookie },
				{ "/gk/enforcement/decisions (portal, published decisions, no session)", "/gk/enforcement/decisions", null } };
		for (String[] page : pages) {
			List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/wrk", "-t2", "-c50", "-d" + seconds + "s",
					"--timeout", "10s", "-s", script.toString()));
			if (page[2] != null) {
				command.addAll(List.of("-H", "Cookie: " + page[2]));
			}
			command.add(base + page[1]);
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes());
			p.waitFor(seconds + 60L, TimeUnit.SECONDS);
			Matcher m = Pattern.compile("RESULT (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)").matcher(out);
			if (m.find()) {
				report.add(page[0], "%s req/s, p50 %s ms, p95 %s ms, p99 %s ms, %s errors (%s requests in %d s)".formatted(
						m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(1), seconds));
			}
			else {
				report.add(page[0], "wrk gave no result: " + out.strip());
			}
		}
	}

	/** A legal reviewer of the regional government, whose data scope is the whole region: his username. */
	static String regionReviewer(ConfigurableApplicationContext app) {
		UserService users = app.getBean(UserService.class);
		if (users.findByUsername("bench-region").isEmpty()) {
			TestAccounts.account(users, "bench-region", "区政府法制审查员",
					app.getBean(OrganizationService.class).findByCode(DemoOrgCodes.REGION).orElseThrow().id(),
					TestAccounts.LEGAL_REVIEWER);
		}
		return "bench-region";
	}

	/** Signs in through the form as a browser would; answers the Cookie header of the session. */
	static String signIn(String base, String username) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(login);
		String token = m.find() ? m.group(1) : "";
		String form = "username=" + username + "&password=Fazhi%402019&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signed.statusCode() != 302 || !signed.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new IllegalStateException("sign-in failed: " + signed.statusCode() + " " + signed.headers().map());
		}
		StringBuilder header = new StringBuilder();
		cookies.getCookieStore().getCookies().forEach(c -> header.append(header.isEmpty() ? "" : "; ")
			.append(c.getName()).append('=').append(c.getValue()));
		return header.toString();
	}
}
