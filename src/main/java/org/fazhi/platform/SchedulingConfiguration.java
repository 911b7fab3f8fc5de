package org.fazhi.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The {@link DailyJob}s: each at its cron time and once at start, and on several nodes once only — each run takes a
 * row lock in table {@code shedlock} (database time).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	private static final Duration AT_MOST = Duration.ofMinutes(30);

	private final ObjectProvider<DailyJob> jobs;

	private final ObjectProvider<LockingTaskExecutor> executor;

	private final PlatformProperties properties;

	private final Clock clock;

	SchedulingConfiguration(ObjectProvider<DailyJob> jobs, ObjectProvider<LockingTaskExecutor> executor,
			PlatformProperties properties, Clock clock) {
		this.jobs = jobs;
		this.executor = executor;
		this.properties = properties;
		this.clock = clock;
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
		return new DefaultLockingTaskExecutor(lockProvider);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		for (DailyJob job : jobs.orderedStream().toList()) {
			registrar.addTriggerTask(() -> run(job, Duration.ofMinutes(1)),
					new CronTrigger(job.cron(), properties.timeZone()));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		jobs.orderedStream().forEach(job -> run(job, job.heldAfterStart()));
	}

	private void run(DailyJob job, Duration atLeast) {
		LocalDate today = LocalDate.now(clock);
		executor.getObject().executeWithLock((Runnable) () -> {
			long started = System.nanoTime();
			job.run(today);
			log.info("定时任务 {}（{}）完成，用时 {} ms", job.name(), today, (System.nanoTime() - started) / 1_000_000);
		}, new LockConfiguration(Instant.now(), job.name(), AT_MOST, atLeast));
	}
}
