package org.fazhi.decision;

/** The lawful grounds on which one of the first three procedures is not required, each with its article. */
public enum ExemptionGround {

	/** 依法不予公开的决策事项 (第十四条) */
	NOT_DISCLOSABLE(Procedure.PUBLIC_PARTICIPATION),
	/** 不属于专业性、技术性较强的决策事项 (第十九条) */
	NOT_TECHNICAL(Procedure.EXPERT_ARGUMENTATION),
	/** 决策实施不会对社会稳定、公共安全等方面造成不利影响 (第二十二条) */
	NO_STABILITY_RISK(Procedure.RISK_ASSESSMENT),
	/** 按照有关规定已对有关风险进行评价、评估，不作重复评估 (第二十二条) */
	ALREADY_ASSESSED(Procedure.RISK_ASSESSMENT);

	private final Procedure procedure;

	ExemptionGround(Procedure procedure) {
		this.procedure = procedure;
	}

	public Procedure procedure() {
		return procedure;
	}

	public String messageKey() {
		return "decision.exemption." + name();
	}
}
