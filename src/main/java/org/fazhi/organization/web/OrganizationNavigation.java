package org.fazhi.organization.web;

import java.util.List;

import org.fazhi.organization.OrganizationPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class OrganizationNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.admin", "nav.orgs", "/admin/orgs", OrganizationPermission.ORG_MANAGE, 900),
				new NavItem("nav.group.admin", "nav.users", "/admin/users", OrganizationPermission.USER_MANAGE, 910),
				new NavItem("nav.group.admin", "nav.user-roles", "/admin/users", OrganizationPermission.ROLE_MANAGE, 911),
				new NavItem("nav.group.admin", "nav.roles", "/admin/roles", OrganizationPermission.ROLE_MANAGE, 920));
	}
}
