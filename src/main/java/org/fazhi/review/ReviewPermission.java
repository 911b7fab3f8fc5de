package org.fazhi.review;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The review module's permissions: requesting a legality review, and performing one. */
public enum ReviewPermission implements Permission {

	/** 提请合法性审查 */
	REVIEW_REQUEST(null),
	/** 办理合法性审查 */
	REVIEW_PERFORM(null);

	private final AdminKind adminKind;

	ReviewPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("reviewPermissions")
	@Order(110)
	static class Registration implements PermissionSet {

		@Override
		public List<ReviewPermission> permissions() {
			return List.of(values());
		}
	}
}
