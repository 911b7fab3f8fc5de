package org.fazhi.audit.web;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.audit", "nav.audit", "/audit", Permission.AUDIT_READ, 950),
				new NavItem("nav.group.audit", "nav.audit-verify", "/audit/verify", Permission.AUDIT_READ, 960));
	}
}
