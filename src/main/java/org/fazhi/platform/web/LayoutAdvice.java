package org.fazhi.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: the signed-in user and the sidebar he may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavigationContributor> contributors;

	LayoutAdvice(List<NavigationContributor> contributors) {
		this.contributors = contributors;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("nav")
	List<NavSection> nav(HttpServletRequest request) {
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user == null || user.mustChangePassword()) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Set<String> paths = new HashSet<>();
		List<NavItem> items = contributors.stream()
			.flatMap(c -> c.navItems().stream())
			.filter(item -> item.permission() == null || user.can(item.permission()))
			.sorted(Comparator.comparingInt(NavItem::order))
			// one link per page: a user holding two permissions that each lead to it sees the first item only
			.filter(item -> paths.add(item.path()))
			.toList();
		// the page belongs to the most specific link that leads to it (/decisions/catalogs/1, not /decisions)
		String active = items.stream()
			.map(NavItem::path)
			.filter(p -> isUnder(path, p))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		Map<String, List<NavLink>> sections = new LinkedHashMap<>();
		items.forEach(item -> sections.computeIfAbsent(item.group(), g -> new ArrayList<>())
			.add(new NavLink(item.label(), item.path(), item.path().equals(active))));
		return sections.entrySet().stream().map(e -> new NavSection(e.getKey(), e.getValue())).toList();
	}

	private static boolean isUnder(String path, String itemPath) {
		return itemPath.equals("/") ? path.equals("/") : path.equals(itemPath) || path.startsWith(itemPath + "/");
	}

	public record NavSection(String label, List<NavLink> links) {
	}

	public record NavLink(String label, String path, boolean active) {
	}
}
