package org.fazhi.decision;

/** The risk level a 风险评估报告 gives (第二十三条: 风险等级). */
public enum RiskLevel {

	/** 低风险 */
	LOW,
	/** 中风险 */
	MEDIUM,
	/** 高风险 */
	HIGH;

	public String messageKey() {
		return "decision.risk.level." + name();
	}
}
