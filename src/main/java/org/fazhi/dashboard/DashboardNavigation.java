package org.fazhi.dashboard;

import java.util.List;

import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class DashboardNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.work", "nav.dashboard", "/", null, 0));
	}
}
