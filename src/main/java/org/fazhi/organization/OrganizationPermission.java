package org.fazhi.organization;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The organization module's permissions: the tree, the accounts (系统管理员) and the roles (安全管理员). */
public enum OrganizationPermission implements Permission {

	/** 组织机构管理 */
	ORG_MANAGE(AdminKind.SYSTEM),
	/** 用户账户管理 */
	USER_MANAGE(AdminKind.SYSTEM),
	/** 角色与权限分配 */
	ROLE_MANAGE(AdminKind.SECURITY);

	private final AdminKind adminKind;

	OrganizationPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("organizationPermissions")
	@Order(10)
	static class Registration implements PermissionSet {

		@Override
		public List<OrganizationPermission> permissions() {
			return List.of(values());
		}
	}
}
