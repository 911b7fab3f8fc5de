package org.fazhi.notification.web;

import java.util.List;

import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class NotificationNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.work", "nav.notifications", "/notifications", null, 10));
	}
}
