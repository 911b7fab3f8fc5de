package org.fazhi.deadline;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The deadline module's permissions: the time-limit rules (系统管理员) and the overview of clocks. */
public enum DeadlinePermission implements Permission {

	/** 法定期限规则维护 */
	RULE_MANAGE(AdminKind.SYSTEM),
	/** 期限总览 */
	CLOCK_VIEW(null);

	private final AdminKind adminKind;

	DeadlinePermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("deadlinePermissions")
	@Order(30)
	static class Registration implements PermissionSet {

		@Override
		public List<DeadlinePermission> permissions() {
			return List.of(values());
		}
	}
}
