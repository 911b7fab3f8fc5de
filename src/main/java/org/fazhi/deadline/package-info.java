/**
 * 法定期限 — time-limit rules as data and the clocks that run on them: due dates right to the day (调休 included),
 * suspension, extension, completion on time or late, warnings, and a plain-Chinese explanation of every due date.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "calendar", "notification", "audit", "organization" })
package org.fazhi.deadline;

import org.springframework.modulith.ApplicationModule;
