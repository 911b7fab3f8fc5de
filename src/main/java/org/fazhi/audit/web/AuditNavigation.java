package org.fazhi.audit.web;

import java.util.List;

import org.fazhi.audit.AuditPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.audit", "nav.audit", "/audit", AuditPermission.AUDIT_READ, 950),
				new NavItem("nav.group.audit", "nav.audit-verify", "/audit/verify", AuditPermission.AUDIT_READ, 960));
	}
}
