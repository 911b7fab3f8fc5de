package org.fazhi.deadline;

import java.time.LocalDate;

import org.fazhi.platform.DailyJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Moves every open clock to its status of the day and notifies the responsible people: each night after midnight
 * (Beijing time) and once at start, on one node.
 */
@Component
class ClockSweepJob implements DailyJob {

	private final OpenClocks clocks;

	private final String cron;

	ClockSweepJob(OpenClocks clocks, @Value("${fazhi.deadline.sweep-cron:0 5 0 * * *}") String cron) {
		this.clocks = clocks;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "deadline-sweep";
	}

	@Override
	public String cron() {
		return cron;
	}

	@Override
	public void run(LocalDate today) {
		clocks.sweep(today);
	}
}
