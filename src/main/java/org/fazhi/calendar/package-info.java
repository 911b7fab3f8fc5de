/**
 * 工作日历 — official holidays and make-up working days (调休) from the State Council notices, 2007 onward, each
 * with the notice it comes from; working-day arithmetic and due dates that explain themselves.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "audit" })
package org.fazhi.calendar;

import org.springframework.modulith.ApplicationModule;
