package org.fazhi.enforcement.web;

import java.util.List;

import org.fazhi.enforcement.EnforcementPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class EnforcementNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(
				new NavItem("nav.group.business", "nav.enforcement.cases", "/enforcement/cases", EnforcementPermission.ENFORCEMENT_VIEW, 200),
				new NavItem("nav.group.business", "nav.enforcement.officers", "/enforcement/officers", EnforcementPermission.ENFORCEMENT_VIEW, 210),
				new NavItem("nav.group.business", "nav.enforcement.publications", "/enforcement/publications", EnforcementPermission.ENFORCEMENT_VIEW, 220),
				new NavItem("nav.group.business", "nav.enforcement.bodies", "/enforcement/bodies", EnforcementPermission.ENFORCEMENT_VIEW, 230));
	}
}
