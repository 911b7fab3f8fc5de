package org.fazhi.organization;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.platform.Permission;
import org.fazhi.platform.Permissions;
import org.fazhi.platform.ScopeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A role: a named set of permissions with the data scope its holders see. */
@Table("organization_role")
class Role {

	@Id
	private String code;

	private String name;

	private String description;

	private ScopeKind scope;

	private boolean builtin;

	@Version
	private Long version;

	@MappedCollection(idColumn = "role_code")
	private Set<RolePermission> permissions = new HashSet<>();

	Role() {
	}

	Role(String code, String name, String description, ScopeKind scope, Set<Permission> permissions) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.scope = scope;
		this.builtin = false;
		grant(permissions);
	}

	void change(String name, String description, ScopeKind scope, Set<Permission> permissions) {
		this.name = name;
		this.description = description;
		this.scope = scope;
		grant(permissions);
	}

	private void grant(Set<Permission> granted) {
		this.permissions = granted.stream().map(p -> new RolePermission(p.name())).collect(Collectors.toSet());
	}

	/** The role's permissions that some module still declares (a retired code grants nothing). */
	Set<Permission> permissions(Permissions registry) {
		Set<Permission> result = new LinkedHashSet<>();
		registry.all().forEach(p -> {
			if (permissions.contains(new RolePermission(p.name()))) {
				result.add(p);
			}
		});
		return result;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	ScopeKind scope() {
		return scope;
	}

	boolean builtin() {
		return builtin;
	}

	RoleView view(long holders, Permissions registry) {
		return new RoleView(code, name, description, scope, builtin, permissions(registry), holders);
	}

	/** A permission granted to the role, by its code (a module's permission, as {@link Permission#name()}). */
	@Table("organization_role_permission")
	record RolePermission(String permission) {
	}
}
