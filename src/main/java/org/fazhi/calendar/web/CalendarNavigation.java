package org.fazhi.calendar.web;

import java.util.List;

import org.fazhi.calendar.CalendarPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class CalendarNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.time", "nav.calendar", "/calendar", null, 510),
				new NavItem("nav.group.admin", "nav.calendar-admin", "/admin/calendar", CalendarPermission.CALENDAR_MANAGE, 930));
	}
}
