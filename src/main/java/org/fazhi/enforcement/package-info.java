/**
 * 行政执法 — administrative enforcement under the 三项制度: the enforcement bodies and their power lists (事前公开), the
 * officers and their certificates, cases from 立案 to 结案 with their append-only full-process record, the legal
 * review of major decisions (through the review module's queue), and the publication of decisions and its withdrawal
 * (事后公开).
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "dashboard", "audit", "calendar", "deadline",
		"notification", "organization", "review", "attachment", "assessment" })
package org.fazhi.enforcement;

import org.springframework.modulith.ApplicationModule;
