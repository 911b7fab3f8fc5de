package org.fazhi.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.fazhi.audit.AuditChainBroken;
import org.fazhi.audit.AuditPermission;
import org.fazhi.organization.UserService;
import org.fazhi.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A break in the audit trail reaches every audit administrator's inbox (and e-mail), once a day while it lasts. */
@Component
class AuditAlerts {

	private final NotificationService notifications;

	private final UserService users;

	private final MessageSource messages;

	private final ZoneId zone;

	AuditAlerts(NotificationService notifications, UserService users, MessageSource messages,
			PlatformProperties platform) {
		this.notifications = notifications;
		this.users = users;
		this.messages = messages;
		this.zone = platform.timeZone();
	}

	@EventListener
	void on(AuditChainBroken broken) {
		String day = DateTimeFormatter.ISO_LOCAL_DATE.format(broken.foundAt().atZone(zone));
		String title = messages.getMessage("audit.alert.title", new Object[] { day }, java.util.Locale.CHINA);
		users.holdersAnywhere(AuditPermission.AUDIT_READ)
			.forEach(auditor -> notifications.send(new Notice(auditor.id(), auditor.orgId(), title, broken.summary(),
					"/audit/verify", "audit-broken:" + day + ":" + auditor.id())));
	}
}
