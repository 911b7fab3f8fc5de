package org.fazhi.notification;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization whose notices are kept is never deleted. */
@Component
class NotificationOrgProbe extends OrgTablesProbe {

	NotificationOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.notification_message", "notification_message");
	}
}
