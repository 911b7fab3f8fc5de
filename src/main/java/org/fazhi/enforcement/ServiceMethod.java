package org.fazhi.enforcement;

/** How the decision reached the party (行政处罚法 第六十一条; 民事诉讼法 送达). */
public enum ServiceMethod {

	/** 当场交付 */
	ON_THE_SPOT,
	/** 直接送达 */
	DIRECT,
	/** 留置送达 (must be recorded on audio-video) */
	LEFT_AT_ADDRESS,
	/** 邮寄送达 */
	POST,
	/** 电子送达 (with the party's consent) */
	ELECTRONIC,
	/** 公告送达 */
	PUBLIC_NOTICE;

	public String messageKey() {
		return "enforcement.service." + name();
	}
}
