package org.fazhi.audit;

import java.time.Duration;
import java.time.LocalDate;

import org.fazhi.platform.DailyJob;
import org.springframework.stereotype.Component;

/** Verifies the audit trail and anchors it in a new checkpoint: at start and each night. */
@Component
class AuditIntegrityJob implements DailyJob {

	private final AuditIntegrity integrity;

	private final AuditProperties properties;

	AuditIntegrityJob(AuditIntegrity integrity, AuditProperties properties) {
		this.integrity = integrity;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public String cron() {
		return properties.verifyCron();
	}

	/** Each start verifies, however soon after the last. */
	@Override
	public Duration heldAfterStart() {
		return Duration.ZERO;
	}

	@Override
	public void run(LocalDate today) {
		integrity.verifyAndRecord(AuditActor.SYSTEM);
	}
}
