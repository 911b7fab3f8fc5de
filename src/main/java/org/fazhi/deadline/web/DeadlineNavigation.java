package org.fazhi.deadline.web;

import java.util.List;

import org.fazhi.deadline.DeadlinePermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class DeadlineNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.time", "nav.clocks", "/clocks", DeadlinePermission.CLOCK_VIEW, 500),
				new NavItem("nav.group.admin", "nav.rules", "/admin/rules", DeadlinePermission.RULE_MANAGE, 940));
	}
}
