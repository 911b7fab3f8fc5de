package org.fazhi.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fazhi.platform.Permission;
import org.fazhi.platform.Permission.AdminKind;
import org.fazhi.platform.RuleViolation;

/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2 e: 系统管理员、安全管理员、审计管理员 分别设置): the system, security and audit
 * administrator functions are never held together, and never with business work — neither in one role nor in one
 * account. An administrator manages the platform; he does not draft, review or read the business records.
 */
public final class ThreeAdministratorsSeparation {

	private ThreeAdministratorsSeparation() {
	}

	public static Set<AdminKind> kindsOf(Collection<? extends Permission> permissions) {
		Set<AdminKind> kinds = EnumSet.noneOf(AdminKind.class);
		permissions.stream().map(Permission::adminKind).filter(Objects::nonNull).forEach(kinds::add);
		return kinds;
	}

	static boolean administrative(Collection<? extends Permission> permissions) {
		return !kindsOf(permissions).isEmpty();
	}

	/**
	 * A role carries the permissions of one administrator kind at most, and an administrator's role carries no
	 * business permission.
	 */
	public static void checkRole(String roleName, Collection<? extends Permission> permissions) {
		if (kindsOf(permissions).size() > 1) {
			throw RuleViolation.onField("permissions", "role.three-admins.mixed", roleName);
		}
		if (administrative(permissions) && permissions.stream().anyMatch(p -> p.adminKind() == null)) {
			throw RuleViolation.onField("permissions", "role.three-admins.business", roleName);
		}
	}

	/** An account holds roles of one administrator kind at most; an account with an administrator role holds no other. */
	public static void checkAccount(String username, List<? extends Collection<? extends Permission>> roles) {
		Set<AdminKind> kinds = EnumSet.noneOf(AdminKind.class);
		roles.forEach(r -> kinds.addAll(kindsOf(r)));
		if (kinds.size() > 1) {
			throw RuleViolation.onField("roles", "user.three-admins.combined", username);
		}
		if (!kinds.isEmpty() && roles.size() > 1) {
			throw RuleViolation.onField("roles", "user.three-admins.alone", username);
		}
	}
}
