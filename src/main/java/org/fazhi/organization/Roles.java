package org.fazhi.organization;

/** The codes of the built-in roles (see PRODUCT.md, "Who uses it"). */
public final class Roles {

	/** 系统管理员 */
	public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	/** 安全管理员 */
	public static final String SECURITY_ADMIN = "SECURITY_ADMIN";

	/** 审计管理员 */
	public static final String AUDIT_ADMIN = "AUDIT_ADMIN";

	/** 起草处室人员 */
	public static final String STAFF = "STAFF";

	/** 法规处审查员 */
	public static final String LEGAL_REVIEWER = "LEGAL_REVIEWER";

	/** 厅领导 */
	public static final String LEADER = "LEADER";

	/** 执法人员 */
	public static final String OFFICER = "OFFICER";

	/** 备案审查机关 */
	public static final String FILING_REVIEWER = "FILING_REVIEWER";

	private Roles() {
	}
}
