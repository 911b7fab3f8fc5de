package org.fazhi.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves every open clock to its status of the day and notifies the responsible people: each night after midnight
 * (Beijing time) and once at start. Guarded by ShedLock, so that several nodes run it once.
 */
@Component
class ClockSweepJob {

	private static final Logger log = LoggerFactory.getLogger(ClockSweepJob.class);

	private final Clocks clocks;

	private final Clock clock;

	private final LockingTaskExecutor executor;

	ClockSweepJob(Clocks clocks, Clock clock, LockingTaskExecutor executor) {
		this.clocks = clocks;
		this.clock = clock;
		this.executor = executor;
	}

	@Scheduled(cron = "${fazhi.deadline.sweep-cron:0 5 0 * * *}", zone = "${fazhi.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "deadline-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void nightly() {
		run();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		executor.executeWithLock((Runnable) this::run, new LockConfiguration(Instant.now(), "deadline-sweep",
				Duration.ofMinutes(30), Duration.ofSeconds(30)));
	}

	private void run() {
		LocalDate today = LocalDate.now(clock);
		long started = System.nanoTime();
		int changed = clocks.sweep(today);
		log.info("期限巡检（{}）：{} 个期限状态变化，用时 {} ms", today, changed, (System.nanoTime() - started) / 1_000_000);
	}
}
