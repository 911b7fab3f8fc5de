package org.fazhi.normative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night (and at start): documents take effect on their effective date and expire after their validity. */
@Component
class NormativeLifecycleJob {

	private final NormativeService normative;

	private final Clock clock;

	private final LockingTaskExecutor executor;

	NormativeLifecycleJob(NormativeService normative, Clock clock, LockingTaskExecutor executor) {
		this.normative = normative;
		this.clock = clock;
		this.executor = executor;
	}

	@Scheduled(cron = "${fazhi.normative.lifecycle-cron:0 1 0 * * *}", zone = "${fazhi.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "normative-lifecycle", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	void nightly() {
		normative.advance(LocalDate.now(clock));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		executor.executeWithLock((Runnable) this::nightly, new LockConfiguration(Instant.now(), "normative-lifecycle",
				Duration.ofMinutes(30), Duration.ofSeconds(10)));
	}
}
