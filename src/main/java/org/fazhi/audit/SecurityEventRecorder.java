package org.fazhi.audit;

import org.fazhi.platform.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes each security event into the chain of the user's organization (the global chain for a visitor). */
@Component
class SecurityEventRecorder {

	private final AuditLog audit;

	SecurityEventRecorder(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(SecurityEvent event) {
		audit.append(AuditRecord.of(event.orgId() == null ? AuditLog.GLOBAL_CHAIN : event.orgId(), event.action(),
				"request", event.request())
			.summary(event.summary())
			.by(new AuditActor(event.userId(), event.userName())));
	}
}
