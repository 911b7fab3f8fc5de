package org.fazhi.deadline.web;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class DeadlineNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.time", "nav.clocks", "/clocks", Permission.CLOCK_VIEW, 500),
				new NavItem("nav.group.admin", "nav.rules", "/admin/rules", Permission.RULE_MANAGE, 940));
	}
}
