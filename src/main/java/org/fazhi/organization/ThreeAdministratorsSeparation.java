package org.fazhi.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fazhi.platform.Permission;
import org.fazhi.platform.Permission.AdminKind;
import org.fazhi.platform.RuleViolation;

/**
 * 三员分立 (GB/T 22239-2019 等级保护 8.1.4.2 e, 系统管理员、安全管理员、审计管理员 分别设置): the system, security and
 * audit administrator functions are never held together — neither in one role nor in one account.
 */
public final class ThreeAdministratorsSeparation {

	private ThreeAdministratorsSeparation() {
	}

	public static Set<AdminKind> kindsOf(Collection<Permission> permissions) {
		Set<AdminKind> kinds = EnumSet.noneOf(AdminKind.class);
		permissions.stream().map(Permission::adminKind).filter(Objects::nonNull).forEach(kinds::add);
		return kinds;
	}

	/** A role may carry the permissions of one administrator kind at most. */
	public static void checkRole(String roleName, Collection<Permission> permissions) {
		if (kindsOf(permissions).size() > 1) {
			throw RuleViolation.onField("permissions", "role.three-admins.mixed", roleName);
		}
	}

	/** An account may hold roles of one administrator kind at most. */
	public static void checkAccount(String username, Collection<Permission> permissionsOfAllRoles) {
		if (kindsOf(permissionsOfAllRoles).size() > 1) {
			throw RuleViolation.onField("roles", "user.three-admins.combined", username);
		}
	}
}
