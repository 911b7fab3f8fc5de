package org.fazhi.decision;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The decision module's permissions. */
public enum DecisionPermission implements Permission {

	/** 重大行政决策查阅 */
	DECISION_VIEW(null),
	/** 重大行政决策管理 */
	DECISION_MANAGE(null);

	private final AdminKind adminKind;

	DecisionPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("decisionPermissions")
	@Order(160)
	static class Registration implements PermissionSet {

		@Override
		public List<DecisionPermission> permissions() {
			return List.of(values());
		}
	}
}
