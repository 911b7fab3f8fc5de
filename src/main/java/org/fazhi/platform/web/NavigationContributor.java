package org.fazhi.platform.web;

import java.util.List;

/** Each module that has pages says which sidebar entries it offers; the layout shows those the user may use. */
public interface NavigationContributor {

	List<NavItem> navItems();
}
