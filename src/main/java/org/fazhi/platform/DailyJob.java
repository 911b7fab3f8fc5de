package org.fazhi.platform;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A job run each night at its cron time (Beijing time) and once at start, on one node only: the platform takes the
 * job's ShedLock row around each run. Modules implement it as a bean; {@link SchedulingConfiguration} runs them.
 */
public interface DailyJob {

	/** The lock name, unique across modules (e.g. {@code deadline-sweep}). */
	String name();

	/** When it runs, as a Spring cron expression (usually from a setting with a default). */
	String cron();

	void run(LocalDate today);

	/**
	 * How long the run at start keeps its lock, so that nodes starting together run it once. A job every start must
	 * see through (the audit verification) holds it for no longer than it runs.
	 */
	default Duration heldAfterStart() {
		return Duration.ofSeconds(10);
	}
}
