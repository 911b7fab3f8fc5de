package org.fazhi.decision;

import java.time.LocalDate;

/**
 * 风险评估报告: 风险点, 防范措施, 处置预案, the level, who assessed, and whether the risk is controllable (第二十四条:
 * 认为风险不可控的，在采取调整决策草案等措施确保风险可控后，可以作出决策).
 */
public record Risk(String points, String measures, String plans, String assessor, RiskLevel level,
		boolean controllable, LocalDate doneOn) {
}
