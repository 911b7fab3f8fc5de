package org.fazhi.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar fazhi.jar generate --orgs 1000 --years 3 --seed 42 [--documents 100000] [--audit-per-document 40]}:
 * fills the database with a region's data through every module's {@link DataGenerator}, unit by unit, printing rows
 * per second and the time left; then checks every module's invariants (the audit chains among them) and exits with 0,
 * or 1 naming what is broken. Run again with the same arguments, it resumes after the last unit it finished.
 */
@Component
@Order(100)
public class GenerateCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final List<DataGenerator> generators;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationContext context;

	private final Clock clock;

	GenerateCommand(List<DataGenerator> generators, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			ApplicationContext context, Clock clock) {
		this.generators = generators.stream().sorted(Comparator.comparingInt(DataGenerator::order)).toList();
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.context = context;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains("generate")) {
			return;
		}
		int orgs = option(args, "orgs", 1000);
		int yearCount = option(args, "years", 3);
		int units = Math.max(1, orgs / (Generation.DIVISIONS + 1));
		int documents = option(args, "documents", orgs * 100);
		int last = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = last - yearCount + 1; y <= last; y++) {
			years.add(y);
		}
		Generation run = new Generation(option(args, "seed", 42), units, List.copyOf(years),
				Math.max(1, documents / (units * yearCount)), option(args, "audit-per-document", 0));
		List<String> problems = generate(run);
		int code = problems.isEmpty() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	/** Runs every generator over every unit not yet done, then the checks; answers the problems found. */
	public List<String> generate(Generation run) {
		List<Generation.Unit> units = run.unitList();
		long started = System.nanoTime();
		long rows = 0;
		long lastReport = 0;
		int done = 0;
		for (Generation.Unit unit : units) {
			for (DataGenerator g : generators) {
				if (finished(g, unit)) {
					continue;
				}
				Long written = transactions.execute(status -> {
					long n = g.generate(run, unit);
					jdbc.sql("insert into platform_generated (generator, unit_code, rows_written, done_at) "
							+ "values (:g, :u, :n, :at)")
						.param("g", g.name())
						.param("u", unit.code())
						.param("n", n)
						.param("at", Timestamp.from(clock.instant()))
						.update();
					return n;
				});
				rows += written == null ? 0 : written;
			}
			done++;
			if (Integer.bitCount(done) == 1 || done == units.size()) {
				// statistics as the tables grow (after 1, 2, 4, 8 … units): without them the planner scans whole
				// tables for lookups by key, and a database without autovacuum never gathers them itself
				jdbc.sql("analyze").update();
			}
			long now = System.nanoTime();
			if (now - lastReport > 2_000_000_000L || done == units.size()) {
				lastReport = now;
				double seconds = (now - started) / 1e9;
				double perSecond = rows / Math.max(seconds, 0.001);
				long left = Math.round(seconds / done * (units.size() - done));
				log.info("生成数据：{}/{} 个单位，{} 行，{} 行/秒，预计剩余 {} 秒", done, units.size(), rows,
						Math.round(perSecond), left);
			}
		}
		List<String> problems = new ArrayList<>();
		for (DataGenerator g : generators) {
			problems.addAll(g.check(run));
		}
		if (problems.isEmpty()) {
			log.info("生成数据完成：{} 行，用时 {} 秒；各模块校验通过", rows, Math.round((System.nanoTime() - started) / 1e9));
		}
		else {
			problems.forEach(p -> log.error("生成数据校验未通过：{}", p));
		}
		return problems;
	}

	private boolean finished(DataGenerator g, Generation.Unit unit) {
		return jdbc.sql("select count(*) from platform_generated where generator = :g and unit_code = :u")
			.param("g", g.name())
			.param("u", unit.code())
			.query(Long.class)
			.single() > 0;
	}

	/** An option written {@code --name=value} or {@code --name value}. */
	private static int option(ApplicationArguments args, String name, int standard) {
		String[] source = args.getSourceArgs();
		String value = null;
		for (int i = 0; i < source.length; i++) {
			if (source[i].equals("--" + name) && i + 1 < source.length) {
				value = source[i + 1];
			}
			else if (source[i].startsWith("--" + name + "=")) {
				value = source[i].substring(name.length() + 3);
			}
		}
		if (value == null) {
			return standard;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("参数 --" + name + " 应为整数：" + value, e);
		}
	}
}
