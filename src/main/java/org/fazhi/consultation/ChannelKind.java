package org.fazhi.consultation;

/**
 * Ways of hearing opinions besides the portal (重大行政决策程序暂行条例 第十四条: 座谈会、听证会、实地走访、书面征求意见、
 * 向社会公开征求意见、问卷调查、民意调查等多种方式; 国办发〔2018〕37号 二(三): 座谈会、论证会、听证会).
 */
public enum ChannelKind {

	/** 座谈会 */
	SYMPOSIUM,
	/** 论证会 */
	ARGUMENTATION,
	/** 书面征求意见 */
	WRITTEN,
	/** 听证会: materials served on the participants at least 7 days before (第十六条) */
	HEARING,
	/** 实地走访 */
	FIELD_VISIT,
	/** 问卷调查、民意调查 */
	SURVEY,
	/**
	 * 向社会公开征求意见 elsewhere than the portal (报刊、广播、电视、政务新媒体, 第十五条): a period from the day it was
	 * published to its last day, no shorter than the subject's rule unless the reason is stated
	 */
	PUBLIC_CALL;

	/** Whether the channel runs over a period (from its first to its last day) rather than on one day. */
	public boolean hasPeriod() {
		return this == PUBLIC_CALL;
	}

	public String messageKey() {
		return "consultation.channel." + name();
	}
}
