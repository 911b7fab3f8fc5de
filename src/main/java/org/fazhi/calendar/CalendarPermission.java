package org.fazhi.calendar;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.PermissionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The calendar module's permission: maintaining the working-day calendar (系统管理员). */
public enum CalendarPermission implements Permission {

	/** 工作日历维护 */
	CALENDAR_MANAGE(AdminKind.SYSTEM);

	private final AdminKind adminKind;

	CalendarPermission(AdminKind adminKind) {
		this.adminKind = adminKind;
	}

	@Override
	public AdminKind adminKind() {
		return adminKind;
	}

	@Component("calendarPermissions")
	@Order(20)
	static class Registration implements PermissionSet {

		@Override
		public List<CalendarPermission> permissions() {
			return List.of(values());
		}
	}
}
