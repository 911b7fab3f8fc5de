package org.fazhi.consultation.web;

import java.util.List;

import org.fazhi.consultation.ConsultationPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class ConsultationNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.business", "nav.consultations", "/consultations",
				ConsultationPermission.CONSULTATION_MANAGE, 150));
	}
}
