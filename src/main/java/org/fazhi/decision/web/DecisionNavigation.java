package org.fazhi.decision.web;

import java.util.List;

import org.fazhi.decision.DecisionPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class DecisionNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.business", "nav.decisions", "/decisions", DecisionPermission.DECISION_VIEW, 160),
				new NavItem("nav.group.business", "nav.decision-catalogs", "/decisions/catalogs",
						DecisionPermission.DECISION_VIEW, 161));
	}
}
