package org.fazhi.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Forbidden;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Permissions;
import org.fazhi.platform.Paging;
import org.fazhi.platform.Permission;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;
import org.fazhi.platform.UuidArray;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created and kept by the system administrator, roles given by the security administrator. */
@Service
@Transactional
public class UserService {

	private final UserRepository users;

	private final RoleService roles;

	private final OrganizationService orgs;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final SessionRevocation sessions;

	private final Permissions registry;

	private final SignInGuard guard;

	private final AccountSecurityProperties security;

	UserService(UserRepository users, RoleService roles, OrganizationService orgs, JdbcClient jdbc,
			PasswordEncoder encoder, AuditLog audit, Clock clock, SessionRevocation sessions, Permissions registry,
			SignInGuard guard, AccountSecurityProperties security) {
		this.guard = guard;
		this.security = security;
		this.sessions = sessions;
		this.registry = registry;
		this.users = users;
		this.roles = roles;
		this.orgs = orgs;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public record CreateUser(String username, String displayName, UUID orgId, String email, String phone,
			String password) {
	}

	public record UpdateUser(String displayName, UUID orgId, String email, String phone) {
	}

	/** @param keyword matches user name or display name */
	public record UserFilter(String keyword, UUID orgId, UserStatus status, String roleCode) {
	}

	/** Creates an account that must change its password at first sign-in. */
	public UUID create(CreateUser cmd) {
		return create(cmd, true, false);
	}

	/** Demonstration accounts are documented in the README and exempt from the first-sign-in change. */
	UUID createDemo(CreateUser cmd, Set<String> roleCodes) {
		UUID id = create(cmd, false, true);
		assignRoles(id, roleCodes);
		return id;
	}

	private UUID create(CreateUser cmd, boolean mustChange, boolean demo) {
		String username = cmd.username().trim();
		if (users.existsByUsername(username)) {
			throw InvalidInput.onField("username", "user.username.duplicate", username);
		}
		OrgView org = activeOrg(cmd.orgId());
		PasswordPolicy.check("password", username, cmd.password());
		Instant now = clock.instant();
		UserAccount user = new UserAccount(Ids.newId(), org.id(), username, cmd.displayName().trim(),
				encoder.encode(cmd.password()), Texts.blankToNull(cmd.email()), Texts.blankToNull(cmd.phone()), mustChange, demo,
				now);
		users.save(user);
		audit.append(AuditRecord.of(org.id(), "USER_CREATED", "user", user.id())
			.summary(username)
			.after(user.snapshot()));
		return user.id();
	}

	public void update(UUID id, UpdateUser cmd) {
		UserAccount user = load(id);
		var before = user.snapshot();
		if (!cmd.orgId().equals(user.orgId())) {
			activeOrg(cmd.orgId());
		}
		user.update(cmd.displayName().trim(), cmd.orgId(), Texts.blankToNull(cmd.email()), Texts.blankToNull(cmd.phone()));
		users.save(user);
		audit.append(AuditRecord.of(user.orgId(), "USER_UPDATED", "user", id)
			.summary(user.username())
			.before(before)
			.after(user.snapshot()));
	}

	public void disable(UUID id, UUID actingUserId) {
		UserAccount user = load(id);
		if (id.equals(actingUserId)) {
			throw RuleViolation.of("user.disable.self");
		}
		keepASecurityAdministrator(user, Set.of());
		var before = user.snapshot();
		user.disable();
		users.save(user);
		sessions.endSessionsOf(user.username());
		audit.append(AuditRecord.of(user.orgId(), "USER_DISABLED", "user", id)
			.summary(user.username())
			.before(before)
			.after(user.snapshot()));
	}

	public void enable(UUID id) {
		UserAccount user = load(id);
		OrgView org = orgs.get(user.orgId());
		if (!org.active()) {
			throw RuleViolation.of("user.enable.org-inactive", org.name());
		}
		var before = user.snapshot();
		user.enable();
		users.save(user);
		audit.append(AuditRecord.of(user.orgId(), "USER_ENABLED", "user", id)
			.summary(user.username())
			.before(before)
			.after(user.snapshot()));
	}

	public void unlock(UUID id) {
		UserAccount user = load(id);
		guard.clear(SignInGuard.name(user.username()));
		audit.append(AuditRecord.of(user.orgId(), "USER_UNLOCKED", "user", id).summary(user.username()));
	}

	/**
	 * An administrator sets a new password; the user must change it at his next sign-in. A business account's is
	 * reset by the system administrator; an administrator's only by the security administrator, and never his own
	 * (三员分立: the one who manages accounts cannot take over the administrators who watch him).
	 */
	public void resetPassword(UUID id, String password) {
		UserAccount user = load(id);
		checkMayResetPassword(user);
		PasswordPolicy.check("password", user.username(), password);
		remember(user);
		user.setPassword(encoder.encode(password), true, clock.instant());
		users.save(user);
		guard.clear(SignInGuard.name(user.username()));
		sessions.endSessionsOf(user.username());
		audit.append(AuditRecord.of(user.orgId(), "USER_PASSWORD_RESET", "user", id).summary(user.username()));
	}

	/** The user changes his own password, proving he knows the current one. */
	public void changeOwnPassword(UUID id, String currentPassword, String newPassword) {
		UserAccount user = load(id);
		if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
			throw InvalidInput.onField("currentPassword", "password.current-wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw InvalidInput.onField("newPassword", "password.same-as-current");
		}
		PasswordPolicy.check("newPassword", user.username(), newPassword);
		checkNotReused(user, newPassword);
		remember(user);
		user.setPassword(encoder.encode(newPassword), false, clock.instant());
		users.save(user);
		audit.append(AuditRecord.of(user.orgId(), "USER_PASSWORD_CHANGED", "user", id)
			.summary(user.username())
			.by(new org.fazhi.audit.AuditActor(id, user.displayName() + "（" + user.username() + "）")));
	}

	/**
	 * Gives the account exactly these roles, keeping the three administrators apart: an administrator's role is held
	 * alone, the security administrator does not change his own roles, and the last account that manages roles keeps
	 * that permission. The account's sessions end, so that the new roles apply at once.
	 */
	public void assignRoles(UUID id, Set<String> roleCodes) {
		UserAccount user = load(id);
		if (CurrentUser.get().filter(me -> me.id().equals(id)).isPresent()) {
			throw RuleViolation.onField("roles", "user.roles.self");
		}
		var before = user.snapshot();
		List<Set<Permission>> granted = new java.util.ArrayList<>();
		for (String code : roleCodes) {
			granted.add(roles.permissionsOf(code));
		}
		ThreeAdministratorsSeparation.checkAccount(user.username(), granted);
		keepASecurityAdministrator(user, roleCodes);
		user.assignRoles(new LinkedHashSet<>(roleCodes));
		users.save(user);
		sessions.endSessionsOf(user.username());
		audit.append(AuditRecord.of(user.orgId(), "USER_ROLES_ASSIGNED", "user", id)
			.summary(user.username())
			.before(before)
			.after(user.snapshot()));
	}

	/** Refuses (403) when the signed-in administrator may not reset this account's password. */
	@Transactional(readOnly = true)
	public void checkMayResetPassword(UUID id) {
		checkMayResetPassword(load(id));
	}

	private void checkMayResetPassword(UserAccount user) {
		CurrentUser actor = CurrentUser.require();
		boolean administrator = ThreeAdministratorsSeparation.administrative(permissionsOf(user.roleCodes()));
		if (administrator && (!actor.can(OrganizationPermission.ROLE_MANAGE) || actor.id().equals(user.id()))) {
			throw Forbidden.of("user.password.administrator");
		}
		if (!administrator && !actor.can(OrganizationPermission.USER_MANAGE)) {
			throw Forbidden.of("user.password.business");
		}
	}

	/**
	 * The optional rule against taking an earlier password again (fazhi.security.password-history; GB/T 22239-2019
	 * 8.1.4.1 a 口令复杂度 and c 定期更换 — what "定期更换" means is lost if the old one returns).
	 */
	private void checkNotReused(UserAccount user, String password) {
		int depth = security.passwordHistory();
		if (depth <= 0) {
			return;
		}
		List<String> earlier = jdbc.sql("""
				select password_hash from organization_password_history where user_id = :id
				order by replaced_at desc""")
			.param("id", user.id())
			.query(String.class)
			.list();
		List<String> hashes = new ArrayList<>();
		hashes.add(user.passwordHash());
		hashes.addAll(earlier);
		if (PasswordPolicy.reused(password, hashes, depth, encoder)) {
			throw InvalidInput.onField("newPassword", "password.reused", depth);
		}
	}

	/** Keeps the hash being replaced, when earlier passwords are remembered at all. */
	private void remember(UserAccount user) {
		if (security.passwordHistory() <= 0) {
			return;
		}
		jdbc.sql("insert into organization_password_history (user_id, password_hash, replaced_at) values (:u, :h, :t)")
			.param("u", user.id())
			.param("h", user.passwordHash())
			.param("t", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** The permissions of the roles given. */
	private Set<Permission> permissionsOf(Collection<String> roleCodes) {
		Set<Permission> all = new java.util.LinkedHashSet<>();
		roleCodes.forEach(code -> all.addAll(roles.permissionsOf(code)));
		return all;
	}

	/**
	 * The last active account that manages roles keeps that permission: without it nobody could give roles again.
	 * @param rolesAfter the account's roles after the change (none when it is disabled)
	 */
	private void keepASecurityAdministrator(UserAccount user, Set<String> rolesAfter) {
		boolean holdsNow = permissionsOf(user.roleCodes()).contains(OrganizationPermission.ROLE_MANAGE);
		boolean holdsAfter = permissionsOf(rolesAfter).contains(OrganizationPermission.ROLE_MANAGE);
		if (!holdsNow || holdsAfter) {
			return;
		}
		long others = jdbc.sql("""
				select count(distinct u.id) from organization_user u
				join organization_user_role ur on ur.user_id = u.id
				join organization_role_permission rp on rp.role_code = ur.role_code
				where rp.permission = 'ROLE_MANAGE' and u.status = 'ACTIVE' and u.id <> :id""")
			.param("id", user.id())
			.query(Long.class)
			.single();
		if (others == 0) {
			throw RuleViolation.of("user.last-security-admin", user.username());
		}
	}

	@Transactional(readOnly = true)
	public UserView get(UUID id) {
		return find("u.id = :id", Map.of("id", id)).orElseThrow(() -> NotFoundException.of("user", id));
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findByUsername(String username) {
		return find("u.username = :username", Map.of("username", username));
	}

	/** Active accounts anywhere that hold a role with the permission (e.g. every audit administrator). */
	@Transactional(readOnly = true)
	public List<UserView> holdersAnywhere(Permission permission) {
		List<UUID> ids = jdbc.sql("""
				select distinct u.id from organization_user u
				join organization_user_role ur on ur.user_id = u.id
				join organization_role_permission rp on rp.role_code = ur.role_code
				where rp.permission = :permission and u.status = 'ACTIVE'""")
			.param("permission", permission.name())
			.query(UUID.class)
			.list();
		return ids.stream().map(this::get).toList();
	}

	/** Active accounts in the given organizations that hold a role with the permission. */
	@Transactional(readOnly = true)
	public List<UserView> holdersOf(Permission permission, Set<UUID> orgIds) {
		if (orgIds.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = jdbc.sql("""
				select distinct u.id from organization_user u
				join organization_user_role ur on ur.user_id = u.id
				join organization_role_permission rp on rp.role_code = ur.role_code
				where rp.permission = :permission and u.status = 'ACTIVE' and u.org_id = any(:orgs)""")
			.param("permission", permission.name())
			.param("orgs", UuidArray.of(orgIds))
			.query(UUID.class)
			.list();
		return ids.stream().map(this::get).toList();
	}

	@Transactional(readOnly = true)
	public Page<UserView> search(UserFilter filter, DataScope scope, Pageable pageable) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("u.org_id", "u.id");
		where.append(condition.sql());
		params.putAll(condition.params());
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and (u.username like :kw escape '\\' or u.display_name like :kw escape '\\')");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		if (filter.orgId() != null) {
			where.append(" and u.org_id = any(:orgs)");
			params.put("orgs", UuidArray.of(orgs.subtree(filter.orgId())));
		}
		if (filter.status() != null) {
			where.append(" and u.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.roleCode() != null && !filter.roleCode().isBlank()) {
			where.append(" and exists (select 1 from organization_user_role r where r.user_id = u.id and r.role_code = :role)");
			params.put("role", filter.roleCode());
		}
		Page<UserView> page = Paging.query(jdbc, "select u.*, o.name as org_name, g.locked_until",
				"from organization_user u join organization_org o on o.id = u.org_id "
						+ "left join organization_sign_in_guard g on g.subject = 'user:' || lower(u.username)",
				where.toString(), params,
				"o.sort_order, o.name, u.username", pageable, UserService::mapWithoutRoles);
		return new PageImpl<>(withRoles(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** Display names of the given accounts (for lists that show who is responsible). */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("select id, display_name from organization_user where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return names;
	}

	@Transactional(readOnly = true)
	public long count() {
		return users.count();
	}

	private Optional<UserView> find(String condition, Map<String, ?> params) {
		List<UserView> found = jdbc
			.sql("select u.*, o.name as org_name, g.locked_until from organization_user u "
					+ "join organization_org o on o.id = u.org_id "
					+ "left join organization_sign_in_guard g on g.subject = 'user:' || lower(u.username) where " + condition)
			.params(params)
			.query(UserService::mapWithoutRoles)
			.list();
		return withRoles(found).stream().findFirst();
	}

	private List<UserView> withRoles(List<UserView> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, List<String[]>> rolesByUser = new HashMap<>();
		jdbc.sql("""
				select ur.user_id, r.code, r.name from organization_user_role ur
				join organization_role r on r.code = ur.role_code
				where ur.user_id in (:ids) order by r.code""")
			.param("ids", found.stream().map(UserView::id).toList())
			.query((rs, n) -> {
				rolesByUser.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new String[] { rs.getString(2), rs.getString(3) });
				return null;
			})
			.list();
		Set<UUID> administrators = new java.util.HashSet<>();
		jdbc.sql("""
				select distinct ur.user_id, rp.permission from organization_user_role ur
				join organization_role_permission rp on rp.role_code = ur.role_code
				where ur.user_id in (:ids)""")
			.param("ids", found.stream().map(UserView::id).toList())
			.query((rs, n) -> {
				if (registry.find(rs.getString(2)).map(p -> p.adminKind() != null).orElse(false)) {
					administrators.add(rs.getObject(1, UUID.class));
				}
				return null;
			})
			.list();
		return found.stream().map(u -> {
			List<String[]> held = rolesByUser.getOrDefault(u.id(), List.of());
			return new UserView(u.id(), u.username(), u.displayName(), u.orgId(), u.orgName(), u.email(), u.phone(),
					u.status(), u.mustChangePassword(), u.lockedUntil(), u.lastLoginAt(), u.demo(),
					held.stream().map(r -> r[0]).toList(), held.stream().map(r -> r[1]).toList(),
					administrators.contains(u.id()));
		}).toList();
	}

	private static UserView mapWithoutRoles(ResultSet rs, int row) throws SQLException {
		return new UserView(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getObject("org_id", UUID.class), rs.getString("org_name"), rs.getString("email"),
				rs.getString("phone"), UserStatus.valueOf(rs.getString("status")),
				rs.getBoolean("must_change_password"), instant(rs.getTimestamp("locked_until")),
				instant(rs.getTimestamp("last_login_at")), rs.getBoolean("demo"), List.of(), List.of(), false);
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	private OrgView activeOrg(UUID orgId) {
		if (orgId == null) {
			throw InvalidInput.onField("orgId", "user.org.required");
		}
		OrgView org;
		try {
			org = orgs.get(orgId);
		}
		catch (NotFoundException e) {
			throw InvalidInput.onField("orgId", "user.org.required");
		}
		if (!org.active()) {
			throw InvalidInput.onField("orgId", "user.org.inactive", org.name());
		}
		return org;
	}

	private UserAccount load(UUID id) {
		return users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
	}

}
