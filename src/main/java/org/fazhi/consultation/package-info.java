/**
 * 公众参与 / 征求意见 — consultations on a draft for any subject (major decisions, normative documents): the period
 * checked against the subject's rule, the portal's comments with a response to each, offline channels with their
 * records, and the published 意见采纳情况说明. Subjects hear back through {@link org.fazhi.consultation.ConsultationEvents}.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "dashboard", "audit", "calendar", "deadline", "organization", "attachment",
		"assessment", "notification" })
package org.fazhi.consultation;

import org.springframework.modulith.ApplicationModule;
