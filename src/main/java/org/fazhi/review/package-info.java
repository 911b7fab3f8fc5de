/**
 * 合法性审查 — legality review of any document (normative documents, major decisions, documents sent upward,
 * contracts): a queue for the legal division, a clock on the statutory rule, the pre-review check (智能预审), the
 * three outcomes (合法性说明 / 合法性审查意见 / 不合法) and the review document in 公文 format.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "dashboard", "audit", "calendar", "deadline", "notification", "organization",
		"assessment" })
package org.fazhi.review;

import org.springframework.modulith.ApplicationModule;
