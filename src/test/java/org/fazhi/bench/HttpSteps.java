package org.fazhi.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.fazhi.review.ReviewService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The workflow step end to end through HTTP with sign-in, {@value RegionBenchmark#CLIENTS} clients on loopback:
 * ours is {@code POST /api/v1/review/{id}/complete} with the session and its CSRF token, as a client of the API sends
 * it (authentication, authorization and data scope, validation, the step, the JSON answer); the peer is Flowable's
 * {@code taskService.complete} behind a minimal REST endpoint of the JDK's HTTP server with HTTP Basic sign-in.
 */
final class HttpSteps {

	/** The masked token a page gives its scripts, which they send in the X-XSRF-TOKEN header. */
	private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String BODY = "{\"outcome\":\"STATEMENT\",\"text\":\"经审查，合法。\",\"problems\":[]}";

	private HttpSteps() {
	}

	static RegionBenchmark.Timing ours;

	static RegionBenchmark.Timing flowable;

	/** Completes {@code steps} open reviews through the API, signed in as the region's legal reviewer. */
	static void ours(ConfigurableApplicationContext app, int port, List<UUID> open, RegionBenchmark.Report report)
			throws Exception {
		String base = "http://127.0.0.1:" + port;
		String signedIn = Reads.signIn(base, Reads.regionReviewer(app));
		HttpClient http = HttpClient.newHttpClient();
		// signing in renews the CSRF token: the first page sets the new cookie and shows its masked form
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", signedIn)
			.build(), HttpResponse.BodyHandlers.ofString());
		String renewed = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
		// signing in cleared the old token's cookie; the page set the new one
		String cookie = renewed == null ? signedIn
				: signedIn.replaceAll("XSRF-TOKEN=[^;]*(; )?", "").replaceAll("; $", "") + "; " + renewed;
		Matcher token = TOKEN.matcher(page.body());
		String xsrf = token.find() ? token.group(1) : "";
		ours = RegionBenchmark.Timing.parallel(RegionBenchmark.CLIENTS, open, id -> {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/review/" + id + "/complete"))
				.header("Cookie", cookie)
				.header("X-XSRF-TOKEN", xsrf)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(answer.statusCode() + " " + answer.body());
			}
		});
		report.figure("complete a legality review through HTTP (API, signed in)", ours);
	}

	/** The same through a minimal REST endpoint in front of Flowable's task service, HTTP Basic signed in. */
	static void flowable(ProcessEngine engine, int steps, RegionBenchmark.Report report) throws Exception {
		List<String> taskIds = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			String instance = engine.getRuntimeService().startProcessInstanceByKey("legalityReview", "http-" + i).getId();
			Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			taskIds.add(task.getId());
		}
		String credentials = "Basic " + Base64.getEncoder().encodeToString("reviewer:Fazhi@2019".getBytes(StandardCharsets.UTF_8));
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(RegionBenchmark.CLIENTS * 2));
		server.createContext("/tasks/", exchange -> {
			try (exchange) {
				byte[] body = exchange.getRequestBody().readAllBytes();
				if (!credentials.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
					exchange.sendResponseHeaders(401, -1);
					return;
				}
				String path = exchange.getRequestURI().getPath();
				String id = path.substring("/tasks/".length(), path.length() - "/complete".length());
				String outcome = new String(body, StandardCharsets.UTF_8).contains("STATEMENT") ? "STATEMENT" : "OPINION";
				engine.getTaskService().complete(id, java.util.Map.of("outcome", outcome));
				byte[] answer = ("{\"id\":\"" + id + "\",\"completed\":\"" + LocalDate.now() + "\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
			}
			catch (RuntimeException e) {
				exchange.sendResponseHeaders(500, -1);
			}
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			HttpClient http = HttpClient.newHttpClient();
			flowable = RegionBenchmark.Timing.parallel(RegionBenchmark.CLIENTS, taskIds, id -> {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/tasks/" + id + "/complete"))
					.header("Authorization", credentials)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 200) {
					throw new IllegalStateException(answer.statusCode() + " " + answer.body());
				}
			});
			report.figure("Flowable 7.1.0 complete through HTTP (minimal REST endpoint, HTTP Basic)", flowable);
		}
		finally {
			server.stop(0);
		}
	}

	/** Unused reviews of the workflow step's kind, submitted for the HTTP step. */
	static List<UUID> submitted(ReviewService reviews, List<UUID> divisions, UUID drafter, LocalDate day, int from, int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(RegionBenchmark.submit(reviews, divisions.get(i % divisions.size()), drafter, day, from + i));
		}
		return ids;
	}
}
