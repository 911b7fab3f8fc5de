package org.fazhi.normative;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The normative module's permissions. */
public enum NormativePermission implements Permission {

	/** 规范性文件查阅 */
	NORMATIVE_VIEW(null),
	/** 规范性文件起草 */
	NORMATIVE_DRAFT(null),
	/** 规范性文件管理（公布、备案、清理确认） */
	NORMATIVE_MANAGE(null),
	/** 备案审查 */
	FILING_REVIEW(null);

	private final AdminKind adminKind;

	NormativePermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("normativePermissions")
	@Order(100)
	static class Registration implements PermissionSet {

		@Override
		public List<NormativePermission> permissions() {
			return List.of(values());
		}
	}
}
