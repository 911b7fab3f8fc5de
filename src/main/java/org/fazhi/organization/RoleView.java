package org.fazhi.organization;

import java.util.Set;

import org.fazhi.platform.Permission;
import org.fazhi.platform.ScopeKind;

/** A role as pages and other modules see it. */
public record RoleView(String code, String name, String description, ScopeKind scope, boolean builtin,
		Set<Permission> permissions, long holders) {
}
