package org.fazhi.normative.web;

import java.util.List;

import org.fazhi.normative.NormativePermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class NormativeNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.business", "nav.normative", "/normative", NormativePermission.NORMATIVE_VIEW, 100),
				new NavItem("nav.group.business", "nav.filings", "/filings", NormativePermission.NORMATIVE_MANAGE, 120),
				new NavItem("nav.group.business", "nav.filing-review", "/filings", NormativePermission.FILING_REVIEW, 121),
				new NavItem("nav.group.business", "nav.cleanups", "/cleanups", NormativePermission.NORMATIVE_MANAGE, 130));
	}
}
