/** 通知 — the in-app inbox with its unread count, and e-mail where SMTP is configured. */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "organization", "audit" })
package org.fazhi.notification;

import org.springframework.modulith.ApplicationModule;
