package org.fazhi.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Permission;
import org.fazhi.platform.Permissions;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permissions and scope (安全管理员's work), each change audited. */
@Service
@Transactional
public class RoleService {

	private final RoleRepository roles;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Permissions registry;

	private final SessionRevocation sessions;

	RoleService(RoleRepository roles, JdbcClient jdbc, AuditLog audit, Permissions registry,
			SessionRevocation sessions) {
		this.sessions = sessions;
		this.roles = roles;
		this.jdbc = jdbc;
		this.audit = audit;
		this.registry = registry;
	}

	/** @param permissions the codes granted, each one some module declares */
	public record RoleCommand(String code, String name, String description, ScopeKind scope,
			Set<String> permissions) {
	}

	@Transactional(readOnly = true)
	public List<RoleView> list() {
		Map<String, Long> holders = holders();
		return roles.findAll()
			.stream()
			.sorted((a, b) -> Boolean.compare(b.builtin(), a.builtin()) != 0 ? Boolean.compare(b.builtin(), a.builtin())
					: a.code().compareTo(b.code()))
			.map(r -> r.view(holders.getOrDefault(r.code(), 0L), registry))
			.toList();
	}

	@Transactional(readOnly = true)
	public RoleView get(String code) {
		return load(code).view(holders().getOrDefault(code, 0L), registry);
	}

	public void create(RoleCommand cmd) {
		if (roles.existsById(cmd.code())) {
			throw InvalidInput.onField("code", "role.code.duplicate", cmd.code());
		}
		if (roles.existsByName(cmd.name())) {
			throw InvalidInput.onField("name", "role.name.duplicate", cmd.name());
		}
		Set<Permission> permissions = copy(cmd.permissions());
		ThreeAdministratorsSeparation.checkRole(cmd.name(), permissions);
		Role role = new Role(cmd.code(), cmd.name().trim(), cmd.description(), cmd.scope(), permissions);
		roles.save(role);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "ROLE_CREATED", "role", role.code())
			.summary(role.name())
			.after(role.view(0, registry)));
	}

	public void update(String code, RoleCommand cmd) {
		Role role = load(code);
		RoleView before = role.view(0, registry);
		if (!role.name().equals(cmd.name()) && roles.existsByName(cmd.name())) {
			throw InvalidInput.onField("name", "role.name.duplicate", cmd.name());
		}
		Set<Permission> permissions = copy(cmd.permissions());
		ThreeAdministratorsSeparation.checkRole(cmd.name(), permissions);
		checkHoldersStaySeparated(code, permissions);
		keepASecurityAdministrator(role, permissions);
		role.change(cmd.name().trim(), cmd.description(), cmd.scope(), permissions);
		roles.save(role);
		endSessionsOfHolders(code);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "ROLE_UPDATED", "role", code)
			.summary(role.name())
			.before(before)
			.after(role.view(0, registry)));
	}

	public void delete(String code) {
		Role role = load(code);
		if (role.builtin()) {
			throw RuleViolation.of("role.delete.builtin", role.name());
		}
		long holders = holders().getOrDefault(code, 0L);
		if (holders > 0) {
			throw RuleViolation.of("role.delete.in-use", role.name(), holders);
		}
		RoleView before = role.view(0, registry);
		roles.delete(role);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "ROLE_DELETED", "role", code).summary(role.name()).before(before));
	}

	/** Removing role management from a role leaves some other active account that manages roles. */
	private void keepASecurityAdministrator(Role role, Set<Permission> newPermissions) {
		if (!role.permissions(registry).contains(OrganizationPermission.ROLE_MANAGE)
				|| newPermissions.contains(OrganizationPermission.ROLE_MANAGE)) {
			return;
		}
		long others = jdbc.sql("""
				select count(distinct u.id) from organization_user u
				join organization_user_role ur on ur.user_id = u.id
				join organization_role_permission rp on rp.role_code = ur.role_code
				where rp.permission = 'ROLE_MANAGE' and u.status = 'ACTIVE' and ur.role_code <> :code""")
			.param("code", role.code())
			.query(Long.class)
			.single();
		if (others == 0) {
			throw RuleViolation.onField("permissions", "role.last-security-admin", role.name());
		}
	}

	/** The holders of a changed role sign in again, so that its new permissions apply at once. */
	private void endSessionsOfHolders(String code) {
		jdbc.sql("""
				select u.username from organization_user u join organization_user_role ur on ur.user_id = u.id
				where ur.role_code = :code""")
			.param("code", code)
			.query(String.class)
			.list()
			.forEach(sessions::endSessionsOf);
	}

	/** Every holder of the role must still respect 三员分立 once the role carries the new permissions. */
	private void checkHoldersStaySeparated(String code, Set<Permission> newPermissions) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select u.username, ur2.role_code from organization_user_role ur
				join organization_user u on u.id = ur.user_id
				join organization_user_role ur2 on ur2.user_id = ur.user_id
				where ur.role_code = :code""").param("code", code).query().listOfRows();
		Map<String, Set<String>> rolesByUser = rows.stream()
			.collect(Collectors.groupingBy(r -> (String) r.get("username"),
					Collectors.mapping(r -> (String) r.get("role_code"), Collectors.toSet())));
		rolesByUser.forEach((username, roleCodes) -> {
			List<Set<Permission>> held = new java.util.ArrayList<>();
			held.add(newPermissions);
			roleCodes.stream().filter(c -> !c.equals(code)).forEach(c -> held.add(load(c).permissions(registry)));
			ThreeAdministratorsSeparation.checkAccount(username, held);
		});
	}

	private Map<String, Long> holders() {
		return jdbc.sql("select role_code, count(*) from organization_user_role group by role_code")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Role load(String code) {
		return roles.findById(code).orElseThrow(() -> NotFoundException.of("role", code));
	}

	/** The permissions of the codes given; a code no module declares is refused at the field. */
	private Set<Permission> copy(Set<String> codes) {
		Set<Permission> permissions = new LinkedHashSet<>();
		if (codes != null) {
			codes.forEach(c -> permissions.add(registry.require(c, "permissions")));
		}
		return permissions;
	}

	/** The permissions the role carries now. */
	Set<Permission> permissionsOf(String code) {
		return load(code).permissions(registry);
	}
}
