/**
 * 重大行政决策 — major administrative decisions: the annual 决策事项目录 with the 同级党委's agreement, each decision's
 * five statutory procedures (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论决定) as steps with evidence and a gate
 * before the collective decision, publication, implementation reports, post-evaluation and the decision archive.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "dashboard", "audit", "calendar", "deadline", "organization", "review",
		"consultation", "normative", "attachment", "assessment", "notification" })
package org.fazhi.decision;

import org.springframework.modulith.ApplicationModule;
