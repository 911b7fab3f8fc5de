package org.fazhi.platform;

/**
 * What a role may do. Roles are data (kept by the organization module); permissions are code, because each one
 * guards code. The three administrators' permissions belong to exactly one administrator kind (三员分立).
 */
public enum Permission {

	/** 组织机构管理 */
	ORG_MANAGE(AdminKind.SYSTEM),
	/** 用户账户管理 */
	USER_MANAGE(AdminKind.SYSTEM),
	/** 工作日历维护 */
	CALENDAR_MANAGE(AdminKind.SYSTEM),
	/** 法定期限规则维护 */
	RULE_MANAGE(AdminKind.SYSTEM),
	/** 角色与权限分配 */
	ROLE_MANAGE(AdminKind.SECURITY),
	/** 审计记录查阅 */
	AUDIT_READ(AdminKind.AUDIT),
	/** 期限总览 */
	CLOCK_VIEW(null),
	/** 规范性文件查阅 */
	NORMATIVE_VIEW(null),
	/** 规范性文件起草 */
	NORMATIVE_DRAFT(null),
	/** 规范性文件管理（公布、备案、清理确认） */
	NORMATIVE_MANAGE(null),
	/** 提请合法性审查 */
	REVIEW_REQUEST(null),
	/** 办理合法性审查 */
	REVIEW_PERFORM(null),
	/** 记录集体审议/集体讨论决定 */
	DELIBERATION_RECORD(null),
	/** 领导审批（延期、例外） */
	LEADER_APPROVE(null),
	/** 备案审查 */
	FILING_REVIEW(null),
	/** 公众参与/征求意见管理 */
	CONSULTATION_MANAGE(null),
	/** 重大行政决策查阅 */
	DECISION_VIEW(null),
	/** 重大行政决策管理 */
	DECISION_MANAGE(null),
	/** 考评指标查阅 */
	INDICATOR_VIEW(null);

	private final AdminKind adminKind;

	Permission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	/** The administrator kind this permission belongs to, or {@code null} for a business permission. */
	public AdminKind adminKind() {
		return adminKind;
	}

	public String messageKey() {
		return "permission." + name();
	}

	/** 三员: the three administrator kinds that no account may combine. */
	public enum AdminKind {

		/** 系统管理员: organizations, accounts, calendar and time-limit rules */
		SYSTEM,
		/** 安全管理员: roles and permissions */
		SECURITY,
		/** 审计管理员: reads the audit trail, nothing else */
		AUDIT
	}
}
