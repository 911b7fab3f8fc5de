/**
 * 工作台 — the signed-in user's start page: his tasks from every module through the {@link TaskProvider} SPI, his
 * clocks due soon or overdue, his latest notices and the year's key indicators. Depends on no business module.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "deadline", "notification",
		"assessment", "organization" })
package org.fazhi.dashboard;

import org.springframework.modulith.ApplicationModule;
