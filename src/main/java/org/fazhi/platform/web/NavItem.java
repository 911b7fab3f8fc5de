package org.fazhi.platform.web;

import org.fazhi.platform.Permission;

/**
 * An entry of the sidebar.
 * @param group message key of the sidebar section
 * @param label message key of the entry
 * @param path where it leads; also the prefix that marks it active
 * @param permission what the user needs to see it, or {@code null} for every signed-in user
 * @param order position (sections and entries sort by it)
 */
public record NavItem(String group, String label, String path, Permission permission, int order) {
}
