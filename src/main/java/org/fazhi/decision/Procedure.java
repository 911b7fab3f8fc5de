package org.fazhi.decision;

/** The five statutory procedures (重大行政决策程序暂行条例 第二、三章), in their order. */
public enum Procedure {

	/** 公众参与 (第十四条至第十八条) */
	PUBLIC_PARTICIPATION(true),
	/** 专家论证 (第十九条至第二十一条) */
	EXPERT_ARGUMENTATION(true),
	/** 风险评估 (第二十二条至第二十四条) */
	RISK_ASSESSMENT(true),
	/** 合法性审查 (第二十五条至第二十八条): never dispensed with, never replaced by a consultation */
	LEGALITY_REVIEW(false),
	/** 集体讨论决定 (第二十九条至第三十一条) */
	COLLECTIVE_DECISION(false);

	private final boolean exemptible;

	Procedure(boolean exemptible) {
		this.exemptible = exemptible;
	}

	/** Whether the procedure may be marked not required, with a lawful ground. */
	public boolean exemptible() {
		return exemptible;
	}

	public String messageKey() {
		return "decision.procedure." + name();
	}

	/** The articles that require it, in words. */
	public String articleKey() {
		return "decision.procedure." + name() + ".article";
	}
}
