package org.fazhi.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fazhi.calendar.PeriodUnit;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.ClockMath;
import org.fazhi.deadline.OpenClocks;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On H2 and on PostgreSQL: recomputing 100,000 open clocks after a calendar change (each moved clock updated and
 * audited), and appending 10,000 audit entries one transaction each. Prints; asserts nothing.
 */
class KernelDatabaseBenchmark {

	private static final int CLOCKS = 100_000;

	private static final int ENTRIES = 10_000;

	@Test
	void onH2InMemory() {
		run("H2 (in memory)",
				new String[] { "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "" });
	}

	@Test
	void onH2File() throws Exception {
		java.nio.file.Path dir = java.nio.file.Path.of("target", "bench-h2");
		if (java.nio.file.Files.exists(dir)) {
			try (var files = java.nio.file.Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		run("H2 (file, as the default installation)",
				new String[] { "jdbc:h2:file:./target/bench-h2/fazhi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "" });
	}

	@Test
	void onPostgres() {
		try {
			run("PostgreSQL", TestDatabase.postgresConnection("kernelbench"));
		}
		catch (IllegalStateException unavailable) {
			System.out.println("[bench] PostgreSQL skipped: " + unavailable.getMessage());
		}
	}

	private void run(String name, String[] db) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FazhiApplication.class).run(
				"--server.port=0", "--fazhi.demo.enabled=false", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
				"--spring.datasource.password=" + db[2], "--fazhi.audit.key-directory=target/audit/keys",
				"--fazhi.audit.checkpoint-directory=target/audit/bench-checkpoints",
				"--fazhi.secrets-directory=target/audit/secrets")) {
			recompute(name, app);
			audit(name, app);
		}
	}

	private void recompute(String name, ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		CalendarService calendars = app.getBean(CalendarService.class);
		WorkingCalendar calendar = calendars.calendar();
		UUID org = Ids.newId();
		List<Object[]> rows = new ArrayList<>(CLOCKS);
		LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
		for (int i = 0; i < CLOCKS; i++) {
			// running clocks that started in the last 30 days, each with its true status of today
			LocalDate start = today.minusDays(i % 30);
			LocalDate due = calendar.plusWorkingDays(start, 15);
			String status = ClockMath.status(calendar, due, 3, PeriodUnit.WORKING_DAY, null, null, today).name();
			rows.add(new Object[] { Ids.newId(), org, "item-" + i, "基准测试事项 " + i, Date.valueOf(start),
					Date.valueOf(due), status });
		}
		long t0 = System.nanoTime();
		jdbc.batchUpdate("""
				insert into deadline_clock (id, org_id, module, subject_type, subject_id, title, rule_code, rule_from,
				  maximum, unit, roll_forward, max_extension, warning, warning_unit, start_date, due_date, certain,
				  extension_total, status, needs_recompute, created_at, version)
				values (?, ?, 'other', 'bench', ?, ?, 'RV_DOCUMENT_REVIEW', date '1990-01-01', 15, 'WORKING_DAY', false,
				  0, 3, 'WORKING_DAY', ?, ?, true, 0, ?, false, current_timestamp, 0)""", rows);
		System.out.printf("[bench] %s: inserted %,d open clocks in %.1f s%n", name, CLOCKS, (System.nanoTime() - t0) / 1e9);
		// a local closure on the next working day moves the due date of every one of them
		System.out.printf("[bench] %s: %s%n", name, calendarChange(app));
	}

	/**
	 * Declares the next working day a local closure and recomputes every open clock, as the calendar's change does;
	 * answers what it measured.
	 */
	static String calendarChange(ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		WorkingCalendar calendar = app.getBean(CalendarService.class).calendar();
		LocalDate closure = calendar.plusWorkingDays(LocalDate.now(app.getBean(java.time.Clock.class)), 1);
		jdbc.update("insert into calendar_day (day_date, kind, name, notice, local_decision, recorded_at) "
				+ "values (?, 'HOLIDAY', '基准测试停止办公', '基准测试', true, current_timestamp)", Date.valueOf(closure));
		jdbc.update("update calendar_version set version = version + 1 where id = 1");
		long version = jdbc.queryForObject("select version from calendar_version where id = 1", Long.class);
		OpenClocks clocks = app.getBean(OpenClocks.class);
		long t1 = System.nanoTime();
		OpenClocks.Recomputed result = clocks.recomputeOpen("基准测试", version, List.of(closure));
		double seconds = (System.nanoTime() - t1) / 1e9;
		return "recomputed %,d open clocks after a calendar change in %.2f s (%,d moved, each updated and audited)"
			.formatted(result.clocks(), seconds, result.moved());
	}

	private void audit(String name, ConfigurableApplicationContext app) {
		AuditLog audit = app.getBean(AuditLog.class);
		TransactionTemplate tx = app.getBean(TransactionTemplate.class);
		UUID org = Ids.newId();
		long t0 = System.nanoTime();
		for (int i = 0; i < ENTRIES; i++) {
			int n = i;
			tx.executeWithoutResult(s -> audit.append(AuditRecord.of(org, "BENCH", "bench", n)
				.summary("基准测试第" + n + "条")
				.after(java.util.Map.of("n", n, "text", "内科发政字〔2019〕12号"))
				.by(AuditActor.SYSTEM)));
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("[bench] %s: appended %,d audit entries, one transaction each, in %.2f s: %,.0f entries/s%n",
				name, ENTRIES, seconds, ENTRIES / seconds);
		// appends from four threads into four organizations' chains: they meet on the installation-wide counter
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		long tp = System.nanoTime();
		List<java.util.concurrent.Future<?>> done = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			UUID chain = Ids.newId();
			done.add(pool.submit(() -> {
				for (int i = 0; i < ENTRIES / 4; i++) {
					int n = i;
					tx.executeWithoutResult(s -> audit.append(AuditRecord.of(chain, "BENCH", "bench", n)
						.summary("并发基准第" + n + "条")
						.by(AuditActor.SYSTEM)));
				}
			}));
		}
		done.forEach(f -> {
			try {
				f.get();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		pool.shutdown();
		double parallel = (System.nanoTime() - tp) / 1e9;
		System.out.printf("[bench] %s: appended %,d audit entries from 4 threads into 4 chains in %.2f s: %,.0f entries/s%n",
				name, ENTRIES, parallel, ENTRIES / parallel);
		long t1 = System.nanoTime();
		var result = app.getBean(org.fazhi.audit.AuditIntegrity.class).verify(DataScope.everything());
		System.out.printf("[bench] %s: verified %,d entries in %.2f s (valid: %s)%n", name, result.entries(),
				(System.nanoTime() - t1) / 1e9, result.valid());
	}
}
