package org.fazhi.decision;

/** Why a post-evaluation (决策后评估) is carried out (第三十六条). */
public enum EvaluationTrigger {

	/** 实施后明显未达到预期效果 */
	BELOW_EXPECTATION,
	/** 公民、法人或者其他组织提出较多意见 */
	MANY_OBJECTIONS,
	/** 决策机关认为有必要 */
	DEEMED_NECESSARY;

	public String messageKey() {
		return "decision.trigger." + name();
	}
}
