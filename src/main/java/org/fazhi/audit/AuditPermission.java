package org.fazhi.audit;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The audit module's permission: reading the trail (审计管理员, and nobody else). */
public enum AuditPermission implements Permission {

	/** 审计记录查阅 */
	AUDIT_READ(AdminKind.AUDIT);

	private final AdminKind adminKind;

	AuditPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("auditPermissions")
	@Order(40)
	static class Registration implements PermissionSet {

		@Override
		public List<AuditPermission> permissions() {
			return List.of(values());
		}
	}
}
