package org.fazhi.assessment.web;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AssessmentNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.assessment", "nav.indicators", "/indicators", Permission.INDICATOR_VIEW, 700));
	}
}
