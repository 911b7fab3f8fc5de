package org.fazhi.review.web;

import java.util.List;

import org.fazhi.review.ReviewPermission;
import org.fazhi.platform.web.NavItem;
import org.fazhi.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class ReviewNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navItems() {
		return List.of(new NavItem("nav.group.business", "nav.reviews", "/reviews", ReviewPermission.REVIEW_PERFORM, 110),
				new NavItem("nav.group.business", "nav.my-reviews", "/reviews", ReviewPermission.REVIEW_REQUEST, 111));
	}
}
