package org.fazhi.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit in the same run: pgbench's TPC-B-like and select-only loads at the benchmark's client
 * count, on a database of their own (scale 10) beside the application's, on the same server.
 */
final class PgBench {

	/** TPC-B transactions per second of the last run, for the ratios. */
	static double tpcb;

	private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+)");

	private PgBench() {
	}

	static void run(String[] db, RegionBenchmark.Report report, int seconds) throws Exception {
		URI uri = URI.create(db[0].substring("jdbc:".length()));
		String host = uri.getHost();
		String port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
		String name = "fazhi_pgbench_" + System.currentTimeMillis();
		try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		try {
			String init = pgbench(db, host, port, "-i", "-q", "-s", "10", name);
			if (init == null) {
				report.add("pgbench", "not installed (Debian postgresql-contrib / postgresql client)");
				return;
			}
			String tpc = pgbench(db, host, port, "-n", "-c", String.valueOf(RegionBenchmark.CLIENTS), "-j", "2", "-T",
					String.valueOf(seconds), name);
			String select = pgbench(db, host, port, "-n", "-S", "-c", String.valueOf(RegionBenchmark.CLIENTS), "-j", "2",
					"-T", String.valueOf(seconds), name);
			tpcb = tps(tpc);
			report.add("pgbench TPC-B-like (scale 10, 8 clients)", "%,.0f TPS".formatted(tpcb));
			report.add("pgbench select-only (8 clients)", "%,.0f TPS".formatted(tps(select)));
		}
		finally {
			try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + name);
			}
		}
	}

	private static double tps(String output) {
		Matcher m = TPS.matcher(output == null ? "" : output);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	private static String pgbench(String[] db, String host, String port, String... args)
			throws IOException, InterruptedException {
		if (!java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/pgbench"))) {
			return null;
		}
		List<String> command = new ArrayList<>(List.of("/usr/bin/pgbench", "-h", host, "-p", port, "-U", db[1]));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().put("PGPASSWORD", db[2] == null ? "" : db[2]);
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes());
		p.waitFor(10, TimeUnit.MINUTES);
		return out;
	}
}
