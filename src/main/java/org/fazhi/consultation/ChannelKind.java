package org.fazhi.consultation;

/** Ways of hearing opinions besides the portal (重大行政决策程序暂行条例 第十四条、第十六条). */
public enum ChannelKind {

	/** 座谈会 */
	SYMPOSIUM,
	/** 论证会 */
	ARGUMENTATION,
	/** 书面征求意见 */
	WRITTEN,
	/** 听证会: materials served on the participants at least 7 days before (第十六条) */
	HEARING;

	public String messageKey() {
		return "consultation.channel." + name();
	}
}
