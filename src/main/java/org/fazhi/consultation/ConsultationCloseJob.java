package org.fazhi.consultation;

import java.time.LocalDate;

import org.fazhi.platform.DailyJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Each night (and at start): consultations whose period ended stop taking comments. */
@Component
class ConsultationCloseJob implements DailyJob {

	private final ConsultationService consultations;

	private final String cron;

	ConsultationCloseJob(ConsultationService consultations,
			@Value("${fazhi.consultation.close-cron:0 2 0 * * *}") String cron) {
		this.consultations = consultations;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "consultation-close";
	}

	@Override
	public String cron() {
		return cron;
	}

	@Override
	public void run(LocalDate today) {
		consultations.closeEnded(today);
	}
}
