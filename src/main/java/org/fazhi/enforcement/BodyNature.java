package org.fazhi.enforcement;

/** The legal nature of an enforcement body (执法主体资格). */
public enum BodyNature {

	/** 行政机关 */
	ADMINISTRATIVE_ORGAN,
	/** 法律法规授权组织 */
	AUTHORIZED_ORGANIZATION,
	/** 受委托组织 (acts in the name of the entrusting organ, 行政处罚法 第二十条) */
	ENTRUSTED_ORGANIZATION;

	public String messageKey() {
		return "enforcement.nature." + name();
	}
}
