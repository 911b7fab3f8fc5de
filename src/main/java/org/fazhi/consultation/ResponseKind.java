package org.fazhi.consultation;

/** The response to a comment (重大行政决策程序暂行条例 第十八条: 合理意见予以采纳). */
public enum ResponseKind {

	/** 采纳 */
	ADOPTED,
	/** 部分采纳 */
	PARTIALLY_ADOPTED,
	/** 不采纳 */
	NOT_ADOPTED;

	public String messageKey() {
		return "consultation.response." + name();
	}
}
