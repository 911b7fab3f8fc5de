package org.fazhi.enforcement;

/** How a published decision ceased to stand (行政处罚法 第四十八条第二款). */
public enum RevocationKind {

	/** 变更 */
	CHANGED,
	/** 撤销 */
	REVOKED,
	/** 确认违法 */
	DECLARED_UNLAWFUL,
	/** 确认无效 */
	DECLARED_VOID;

	public String messageKey() {
		return "enforcement.revocation." + name();
	}
}
