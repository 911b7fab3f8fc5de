package org.fazhi.enforcement;

/** Whether an officer may act on the certificate. */
public enum OfficerStatus {

	/** 在用 */
	ACTIVE,
	/** 暂扣 */
	SUSPENDED,
	/** 注销/吊销 */
	REVOKED;

	public String messageKey() {
		return "enforcement.officer-status." + name();
	}
}
