/** 工作台 — the signed-in user's start page: his tasks, his clocks due soon or overdue, his notices. */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "deadline" })
package org.fazhi.dashboard;

import org.springframework.modulith.ApplicationModule;
