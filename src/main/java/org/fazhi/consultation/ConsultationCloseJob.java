package org.fazhi.consultation;

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

/** Each night (and at start): consultations whose period ended stop taking comments. */
@Component
class ConsultationCloseJob {

	private final ConsultationService consultations;

	private final Clock clock;

	private final LockingTaskExecutor executor;

	ConsultationCloseJob(ConsultationService consultations, Clock clock, LockingTaskExecutor executor) {
		this.consultations = consultations;
		this.clock = clock;
		this.executor = executor;
	}

	@Scheduled(cron = "${fazhi.consultation.close-cron:0 2 0 * * *}", zone = "${fazhi.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "consultation-close", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	void nightly() {
		consultations.closeEnded(LocalDate.now(clock));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		executor.executeWithLock((Runnable) this::nightly, new LockConfiguration(Instant.now(), "consultation-close",
				Duration.ofMinutes(30), Duration.ofSeconds(10)));
	}
}
