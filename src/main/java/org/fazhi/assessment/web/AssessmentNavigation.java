package org.fazhi.assessment.web;

import java.util.List;

import org.fazhi.assessment.AssessmentPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AssessmentNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.assessment", "nav.indicators", "/indicators", AssessmentPermission.INDICATOR_VIEW, 700));
	}
}
