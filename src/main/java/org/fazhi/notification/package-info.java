/** 通知 — the in-app inbox with its unread count, and e-mail where SMTP is configured. */
@ApplicationModule(allowedDependencies = { "platform", "organization" })
package org.fazhi.notification;

import org.springframework.modulith.ApplicationModule;
