package org.fazhi.consultation;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The consultation module's permission. */
public enum ConsultationPermission implements Permission {

	/** 公众参与/征求意见管理 */
	CONSULTATION_MANAGE(null);

	private final AdminKind adminKind;

	ConsultationPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("consultationPermissions")
	@Order(150)
	static class Registration implements PermissionSet {

		@Override
		public List<ConsultationPermission> permissions() {
			return List.of(values());
		}
	}
}
