package org.fazhi.assessment;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The assessment module's permission. */
public enum AssessmentPermission implements Permission {

	/** 考评指标查阅 */
	INDICATOR_VIEW(null);

	private final AdminKind adminKind;

	AssessmentPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("assessmentPermissions")
	@Order(700)
	static class Registration implements PermissionSet {

		@Override
		public List<AssessmentPermission> permissions() {
			return List.of(values());
		}
	}
}
