package org.fazhi.review;

/** Who gives a legal opinion during a legality review (重大行政决策程序暂行条例 第二十八条). */
public enum CounselRole {

	/** 法律顾问 */
	LEGAL_ADVISER,
	/** 公职律师 */
	PUBLIC_LAWYER;

	public String messageKey() {
		return "review.counsel.role." + name();
	}
}
