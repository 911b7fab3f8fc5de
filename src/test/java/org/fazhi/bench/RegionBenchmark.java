package org.fazhi.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fazhi.FazhiApplication;
import org.fazhi.assessment.Indicators;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.GenerateCommand;
import org.fazhi.platform.Generation;
import org.fazhi.review.PreReviewChecks;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewSubject;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The region at scale, side by side in one run on one PostgreSQL (see bench/README.md): the data generator, then
 * pgbench (the database's own limit), the legality-review step in process against Flowable's task completion, reads
 * under load with wrk next to the application's floor, indicators of an org-year and of the whole region. Prints
 * figures and ratios; asserts nothing. {@code -Dbench.orgs=1000 -Dbench.documents=100000 -Dbench.seconds=60}.
 */
class RegionBenchmark {

	static final int ORGS = Integer.getInteger("bench.orgs", 1000);

	static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);

	static final int AUDIT_PER_DOCUMENT = Integer.getInteger("bench.audit-per-document", 40);

	static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	static final int CLIENTS = 8;

	static final int STEPS = Integer.getInteger("bench.steps", 4_000);

	@Test
	void region() throws Exception {
		String[] db;
		try {
			db = TestDatabase.postgresConnection("regionbench");
		}
		catch (IllegalStateException unavailable) {
			System.out.println("[bench] PostgreSQL skipped: " + unavailable.getMessage());
			return;
		}
		Report report = new Report();
		report.machine(db);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FazhiApplication.class).run(
				"--server.port=0", "--fazhi.demo.enabled=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.fazhi.platform.GenerateCommand=INFO",
				"--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
				"--spring.datasource.password=" + db[2], "--spring.datasource.hikari.maximum-pool-size=20",
				"--fazhi.audit.key-directory=target/audit/keys",
				"--fazhi.audit.checkpoint-directory=target/audit/bench-checkpoints",
				"--fazhi.secrets-directory=target/audit/secrets")) {
			generate(app, report);
			PgBench.run(db, report, SECONDS);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			workflow(app, port, report);
			FlowablePeer.run(db, report, CLIENTS, STEPS);
			ratios(report);
			Reads.run(app, port, report, SECONDS);
			indicators(app, report);
			report.add("clocks of the region", KernelDatabaseBenchmark.calendarChange(app));
		}
		report.memory();
		report.print();
	}

	private static void generate(ConfigurableApplicationContext app, Report report) {
		int units = Math.max(1, ORGS / (Generation.DIVISIONS + 1));
		int year = LocalDate.now().getYear();
		Generation run = new Generation(42, units, List.of(year - 2, year - 1, year), Math.max(1, DOCUMENTS / (units * 3)),
				AUDIT_PER_DOCUMENT);
		long t0 = System.nanoTime();
		List<String> problems = app.getBean(GenerateCommand.class).generate(run);
		double seconds = (System.nanoTime() - t0) / 1e9;
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		// the PostgreSQL here runs without autovacuum: statistics exist only once analyzed
		long a0 = System.nanoTime();
		jdbc.execute("analyze");
		report.add("generate", "%,d orgs, %,d documents, %,d audit entries, %,d open clocks in %.0f s (checks: %s); analyze %.1f s"
			.formatted(count(jdbc, "select count(*) from organization_org"), count(jdbc, "select count(*) from normative_document"),
					count(jdbc, "select count(*) from audit_entry"),
					count(jdbc, "select count(*) from deadline_clock where stopped_on is null"), seconds,
					problems.isEmpty() ? "all pass" : problems, (System.nanoTime() - a0) / 1e9));
	}

	/**
	 * Completing a legality review in process: state change, 合法性说明 number, clock stop, audit entry and the review
	 * event with its listeners, {@value #CLIENTS} clients across the generated units; then create + submit +
	 * complete.
	 */
	private static void workflow(ConfigurableApplicationContext app, int port, Report report) throws Exception {
		ReviewService reviews = app.getBean(ReviewService.class);
		UUID drafter = app.getBean(UserService.class).findByUsername("staff").orElseThrow().id();
		UUID reviewer = app.getBean(UserService.class).findByUsername("reviewer").orElseThrow().id();
		OrganizationService orgs = app.getBean(OrganizationService.class);
		List<UUID> divisions = new ArrayList<>();
		for (int u = 1; u <= CLIENTS * 4; u++) {
			orgs.findByCode("gen-%04d-2".formatted(u)).ifPresent(o -> divisions.add(o.id()));
		}
		LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
		LocalDate day = today.getDayOfWeek().getValue() > 5 ? today.minusDays(today.getDayOfWeek().getValue() - 5) : today;
		List<UUID> open = new ArrayList<>();
		for (int i = 0; i < STEPS; i++) {
			open.add(submit(reviews, divisions.get(i % divisions.size()), drafter, day, i));
		}
		Timing complete = Timing.parallel(CLIENTS, open, id -> reviews.complete(id, ReviewOutcome.STATEMENT,
				"经审查，合法。", List.of(), day, reviewer));
		report.figure("complete a legality review (in process)", complete);
		ours = complete;
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < STEPS / 2; i++) {
			numbers.add(i);
		}
		Timing full = Timing.parallel(CLIENTS, numbers, i -> reviews.complete(
				submit(reviews, divisions.get(i % divisions.size()), drafter, day, STEPS + i), ReviewOutcome.STATEMENT,
				"经审查，合法。", List.of(), day, reviewer));
		report.figure("create + submit + complete (in process)", full);
		oursFull = full;
		HttpSteps.ours(app, port, HttpSteps.submitted(reviews, divisions, drafter, day, STEPS * 2, STEPS / 2), report);
	}

	static Timing ours;

	static Timing oursFull;

	private static void ratios(Report report) {
		if (FlowablePeer.complete != null) {
			report.add("ratio complete / Flowable complete", "%.2f".formatted(ours.perSecond() / FlowablePeer.complete.perSecond()));
			report.add("ratio create+submit+complete / Flowable start+complete",
					"%.2f".formatted(oursFull.perSecond() / FlowablePeer.full.perSecond()));
		}
		if (HttpSteps.ours != null && HttpSteps.flowable != null) {
			report.add("ratio complete through HTTP / Flowable through HTTP",
					"%.2f".formatted(HttpSteps.ours.perSecond() / HttpSteps.flowable.perSecond()));
		}
		if (PgBench.tpcb > 0) {
			report.add("ratio complete / pgbench TPC-B", "%.0f %%".formatted(ours.perSecond() * 100 / PgBench.tpcb));
		}
	}

	static UUID submit(ReviewService reviews, UUID org, UUID drafter, LocalDate day, int i) {
		return reviews.submit(new SubmitReview(org, ReviewSubject.OTHER, "bench-" + i, "基准测试审查事项" + i,
				"第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。", null, null, null, drafter, drafter, day,
				new PreReviewChecks.Context(null, false, false, true)));
	}

	private static void indicators(ConfigurableApplicationContext app, Report report) {
		Indicators indicators = app.getBean(Indicators.class);
		OrganizationService orgs = app.getBean(OrganizationService.class);
		int year = LocalDate.now().getYear() - 1;
		UUID unit = orgs.findByCode("gen-0001").orElseThrow().id();
		UUID region = orgs.findByCode(DemoOrgCodes.REGION).orElseThrow().id();
		for (int i = 0; i < 3; i++) {
			indicators.of(unit, year);
		}
		long t0 = System.nanoTime();
		int n = 20;
		for (int i = 0; i < n; i++) {
			indicators.of(unit, year);
		}
		double orgYear = (System.nanoTime() - t0) / 1e6 / n;
		long t1 = System.nanoTime();
		indicators.of(region, year);
		double regionYear = (System.nanoTime() - t1) / 1e6;
		report.add("indicators", "one org-year %.1f ms (mean of %d); the region (%,d orgs) %.0f ms".formatted(orgYear, n,
				orgs.subtree(region).size(), regionYear));
	}

	static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/** Lines collected during the run and printed at its end, with the machine's facts. */
	static final class Report {

		private final List<String> lines = new ArrayList<>();

		void add(String what, String figure) {
			String line = "[bench] " + what + ": " + figure;
			System.out.println(line);
			lines.add(line);
		}

		void figure(String what, Timing t) {
			add(what, t.toString());
		}

		void machine(String[] db) {
			add("machine", "%d cores, %,d MB heap max, Java %s, %s".formatted(Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / 1024 / 1024, System.getProperty("java.version"), read("/proc/cpuinfo",
							"model name")));
		}

		void memory() {
			long gc = 0;
			for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
				gc += Math.max(0, b.getCollectionTime());
			}
			long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
			add("memory", "heap max %,d MB, GC %.1f %% of %,d s, no OutOfMemoryError".formatted(
					Runtime.getRuntime().maxMemory() / 1024 / 1024, gc * 100.0 / uptime, uptime / 1000));
		}

		void print() throws IOException {
			Path out = Path.of("target", "bench", "region.txt");
			Files.createDirectories(out.getParent());
			Files.write(out, lines);
			System.out.println("[bench] written to " + out);
		}

		private static String read(String file, String key) {
			try {
				return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst()
					.map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
			}
			catch (IOException e) {
				return "";
			}
		}
	}

	/** Throughput and latency percentiles of a task run by several clients over a list of inputs. */
	record Timing(int done, int failed, double seconds, double p50, double p95, double p99) {

		interface Step<T> {

			void run(T input) throws Exception;
		}

		static <T> Timing parallel(int clients, List<T> inputs, Step<T> step) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
			java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
			long t0 = System.nanoTime();
			List<Future<?>> futures = new ArrayList<>();
			for (T input : inputs) {
				futures.add(pool.submit(() -> {
					long s = System.nanoTime();
					try {
						step.run(input);
						latencies.add((System.nanoTime() - s) / 1e6);
					}
					catch (Exception e) {
						if (failed.getAndIncrement() < 3) {
							System.out.println("[bench] step failed: " + e);
						}
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
			List<Double> sorted = new ArrayList<>(latencies);
			java.util.Collections.sort(sorted);
			return new Timing(sorted.size(), failed.get(), seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
		}

		double perSecond() {
			return done / seconds;
		}

		private static double pct(List<Double> sorted, int p) {
			return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
		}

		@Override
		public String toString() {
			return "%,.0f/s (%,d done, %d failed, %.1f s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms".formatted(perSecond(), done,
					failed, seconds, p50, p95, p99);
		}
	}
}
