package org.fazhi.platform;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The permissions every module's procedures share: a leader's approval of an exception, and recording a meeting. */
public enum CorePermission implements Permission {

	/** 领导审批（延期、例外） */
	LEADER_APPROVE,
	/** 记录集体审议/集体讨论决定 */
	DELIBERATION_RECORD;

	@Component("corePermissions")
	@Order(50)
	static class Registration implements PermissionSet {

		@Override
		public List<CorePermission> permissions() {
			return List.of(values());
		}
	}
}
