package org.fazhi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database of the integration suite from the system property {@code fazhi.it.database} (set by each
 * failsafe execution): an in-memory H2 in PostgreSQL mode, or a fresh PostgreSQL database created for this run on
 * the server named by {@code FAZHI_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) and dropped
 * when the run ends.
 */
public final class TestDatabase {

	private static String postgresUrl;

	private static String unavailableReason;

	/** Further databases of this run, by the name of the suite that wants data of its own. */
	private static final java.util.Map<String, String> OWN = new java.util.HashMap<>();

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("fazhi.it.database", "h2"));
	}

	public static void register(DynamicPropertyRegistry registry, String h2Name) {
		register(registry, h2Name, false);
	}

	/**
	 * @param ownData a database of its own also on PostgreSQL (a suite whose requests change data the shared suite
	 *     reads); on H2 each name is its own database anyway
	 */
	public static void register(DynamicPropertyRegistry registry, String h2Name, boolean ownData) {
		auditStore(registry, h2Name);
		if (isPostgres()) {
			String url = ownData ? ownPostgresUrl(h2Name)
					: postgresUrl().orElseThrow(() -> new IllegalStateException(unavailableReason));
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", TestDatabase::user);
			registry.add("spring.datasource.password", TestDatabase::password);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + h2Name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
		}
	}

	private static final java.util.Set<String> CLEARED = new java.util.HashSet<>();

	/**
	 * The audit keys and checkpoints of a test database, under {@code target/}: the checkpoints of a database that
	 * exists only for this run are cleared the first time it is registered in this JVM.
	 */
	public static void auditStore(DynamicPropertyRegistry registry, String name) {
		java.nio.file.Path dir = auditCheckpoints(name);
		synchronized (CLEARED) {
			if (CLEARED.add(name)) {
				deleteTree(dir);
			}
		}
		registry.add("fazhi.audit.key-directory", () -> "target/audit/keys");
		registry.add("fazhi.secrets-directory", () -> "target/audit/secrets");
		registry.add("fazhi.audit.checkpoint-directory", dir::toString);
	}

	public static java.nio.file.Path auditCheckpoints(String name) {
		return java.nio.file.Path.of("target", "audit", (isPostgres() ? "postgres-" : "h2-") + name);
	}

	public static void deleteTree(java.nio.file.Path dir) {
		if (!java.nio.file.Files.exists(dir)) {
			return;
		}
		try (var files = java.nio.file.Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * URL, user and password of a PostgreSQL database of the suite's own in this run, for tests that start the
	 * application themselves.
	 */
	public static String[] postgresConnection(String suite) {
		return new String[] { ownPostgresUrl(suite), user(), password() };
	}

	/** Why PostgreSQL cannot be used, if it cannot. */
	static synchronized Optional<String> postgresUnavailable() {
		postgresUrl();
		return Optional.ofNullable(unavailableReason);
	}

	private static synchronized Optional<String> postgresUrl() {
		if (postgresUrl != null || unavailableReason != null) {
			return Optional.ofNullable(postgresUrl);
		}
		String adminUrl = env("FAZHI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String name = "fazhi_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ ThreadLocalRandom.current().nextInt(1000, 9999);
		DriverManager.setLoginTimeout(10);
		try (Connection c = DriverManager.getConnection(adminUrl, user(), password());
				Statement s = c.createStatement()) {
			dropLeftovers(s);
			s.execute("create database " + name);
		}
		catch (SQLException e) {
			unavailableReason = "PostgreSQL 不可用（" + adminUrl + "）：" + e.getMessage();
			return Optional.empty();
		}
		int slash = adminUrl.lastIndexOf('/');
		int query = adminUrl.indexOf('?', slash);
		postgresUrl = adminUrl.substring(0, slash + 1) + name + (query > 0 ? adminUrl.substring(query) : "");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name)));
		System.out.println("[PostgreSQL] 本次集成测试使用新建的数据库 " + postgresUrl);
		return Optional.of(postgresUrl);
	}

	private static synchronized String ownPostgresUrl(String suite) {
		String shared = postgresUrl().orElseThrow(() -> new IllegalStateException(unavailableReason));
		return OWN.computeIfAbsent(suite, k -> {
			String adminUrl = env("FAZHI_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
			int slash = shared.lastIndexOf('/');
			int query = shared.indexOf('?', slash);
			String sharedName = shared.substring(slash + 1, query > 0 ? query : shared.length());
			String name = sharedName + "_" + k.replaceAll("[^a-z0-9]", "");
			try (Connection c = DriverManager.getConnection(adminUrl, user(), password());
					Statement s = c.createStatement()) {
				s.execute("create database " + name);
			}
			catch (SQLException e) {
				throw new IllegalStateException("PostgreSQL：无法创建数据库 " + name + "：" + e.getMessage(), e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name)));
			return shared.substring(0, slash + 1) + name + (query > 0 ? shared.substring(query) : "");
		});
	}

	private static void drop(String adminUrl, String name) {
		try (Connection c = DriverManager.getConnection(adminUrl, user(), password());
				Statement s = c.createStatement()) {
			s.setQueryTimeout(10);
			s.execute("set lock_timeout = '5s'");
			s.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ignored) {
			// the database of a test run is disposable; the next run sweeps what this one left
		}
	}

	/** Test databases of runs that ended more than two hours ago and could not drop their own. */
	private static void dropLeftovers(Statement s) throws SQLException {
		String cutoff = LocalDateTime.now().minusHours(2).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		java.util.List<String> stale = new java.util.ArrayList<>();
		try (java.sql.ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'fazhi_it_%'")) {
			while (rs.next()) {
				String db = rs.getString(1);
				if (db.length() >= 23 && db.substring(9, 23).compareTo(cutoff) < 0) {
					stale.add(db);
				}
			}
		}
		for (String db : stale) {
			try {
				s.execute("drop database if exists " + db + " with (force)");
			}
			catch (SQLException ignored) {
				// owned by someone else, or in use: leave it
			}
		}
	}

	static String user() {
		return env("FAZHI_DB_USER", "postgres");
	}

	static String password() {
		return env("FAZHI_DB_PASSWORD", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
