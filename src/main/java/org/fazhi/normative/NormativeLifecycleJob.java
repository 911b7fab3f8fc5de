package org.fazhi.normative;

import java.time.LocalDate;

import org.fazhi.platform.DailyJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Each night (and at start): documents take effect on their effective date and expire after their validity. */
@Component
class NormativeLifecycleJob implements DailyJob {

	private final NormativeService normative;

	private final String cron;

	NormativeLifecycleJob(NormativeService normative,
			@Value("${fazhi.normative.lifecycle-cron:0 1 0 * * *}") String cron) {
		this.normative = normative;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "normative-lifecycle";
	}

	@Override
	public String cron() {
		return cron;
	}

	@Override
	public void run(LocalDate today) {
		normative.advance(today);
	}
}
