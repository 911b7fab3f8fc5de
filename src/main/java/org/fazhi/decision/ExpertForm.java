package org.fazhi.decision;

/**
 * How an expert's opinion was obtained (重大行政决策程序暂行条例 第二十条: 论证会、书面咨询、委托咨询论证等方式). Only a
 * written opinion is signed and sealed (第十九条第二款: 提供书面论证意见的，应当署名、盖章); a 论证会 keeps its record.
 */
public enum ExpertForm {

	/** 书面咨询: the expert's written opinion, signed and sealed */
	WRITTEN(true),
	/** 委托咨询论证: the commissioned body's written report, signed and sealed */
	COMMISSIONED(true),
	/** 论证会: the expert spoke at an argumentation meeting; its record stands for the opinion */
	MEETING(false);

	private final boolean signed;

	ExpertForm(boolean signed) {
		this.signed = signed;
	}

	/** Whether the opinion is a written one that must carry the expert's signature and seal. */
	public boolean needsSignature() {
		return signed;
	}

	public String messageKey() {
		return "decision.expert.form." + name();
	}
}
