package org.fazhi.platform;

/**
 * What a role may do. Roles are data (kept by the organization module); permissions are code, because each one guards
 * code, and each module declares its own ({@link PermissionSet}). The three administrators' permissions belong to
 * exactly one administrator kind (三员分立).
 */
public interface Permission {

	/** The code stored with a role and named in {@code @PreAuthorize("hasAuthority('…')")}. */
	String name();

	/** The administrator kind this permission belongs to, or {@code null} for a business permission. */
	default AdminKind adminKind() {
		return null;
	}

	default String messageKey() {
		return "permission." + name();
	}

	/** 三员: the three administrator kinds that no account may combine. */
	enum AdminKind {

		/** 系统管理员: organizations, accounts, calendar and time-limit rules */
		SYSTEM,
		/** 安全管理员: roles and permissions */
		SECURITY,
		/** 审计管理员: reads the audit trail, nothing else */
		AUDIT
	}
}
