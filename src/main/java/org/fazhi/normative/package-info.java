/**
 * 规范性文件 — normative documents: drafting, public consultation, legality review, collective deliberation,
 * promulgation with a 文号, publication, filing with the superior authority, the catalog and cleanup campaigns.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "dashboard", "audit", "calendar", "deadline", "notification", "organization",
		"review", "attachment", "assessment", "consultation" })
package org.fazhi.normative;

import org.springframework.modulith.ApplicationModule;
