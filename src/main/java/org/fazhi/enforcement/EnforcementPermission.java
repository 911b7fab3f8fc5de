package org.fazhi.enforcement;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The enforcement module's permissions. */
public enum EnforcementPermission implements Permission {

	/** 行政执法查阅 */
	ENFORCEMENT_VIEW,
	/** 执法案件办理（持证执法人员） */
	ENFORCEMENT_HANDLE,
	/** 行政执法管理（执法主体、权责清单、执法人员、公示、实施方案） */
	ENFORCEMENT_MANAGE;

	@Override
	public AdminKind adminKind() {
		return null;
	}

	@Component("enforcementPermissions")
	@Order(150)
	static class Registration implements PermissionSet {

		@Override
		public List<EnforcementPermission> permissions() {
			return List.of(values());
		}
	}
}
