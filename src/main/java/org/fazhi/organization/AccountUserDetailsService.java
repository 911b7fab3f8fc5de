package org.fazhi.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.Permission;
import org.fazhi.platform.Permissions;
import org.fazhi.platform.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the signed-in user with his organization, roles, permissions and scopes; a password older than the policy
 * allows (fazhi.security.password-max-age) must be changed before anything else, as a new account's.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Permissions registry;

	private final AccountSecurityProperties security;

	private final java.time.Clock clock;

	AccountUserDetailsService(JdbcClient jdbc, Permissions registry, AccountSecurityProperties security,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.security = security;
		this.clock = clock;
	}

	@Override
	public CurrentUser loadUserByUsername(String username) {
		record Row(UUID id, String username, String displayName, UUID orgId, String orgName, String passwordHash,
				String status, boolean mustChangePassword, java.sql.Timestamp passwordChangedAt) {
		}
		Row row = jdbc.sql("""
				select u.id, u.username, u.display_name, u.org_id, o.name, u.password_hash, u.status,
				       u.must_change_password, u.password_changed_at
				from organization_user u join organization_org o on o.id = u.org_id
				where u.username = :username""")
			.param("username", username == null ? "" : username.trim())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
					rs.getTimestamp(9)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Set<ScopeKind> scopes = EnumSet.noneOf(ScopeKind.class);
		jdbc.sql("""
				select r.code, r.name, r.scope from organization_user_role ur
				join organization_role r on r.code = ur.role_code where ur.user_id = :id order by r.code""")
			.param("id", row.id())
			.query((rs, n) -> {
				codes.add(rs.getString(1));
				names.add(rs.getString(2));
				scopes.add(ScopeKind.valueOf(rs.getString(3)));
				return null;
			})
			.list();
		Set<Permission> permissions = new java.util.LinkedHashSet<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select distinct permission from organization_role_permission where role_code in (:codes)")
				.param("codes", codes)
				.query(String.class)
				.list()
				.forEach(p -> registry.find(p).ifPresent(permissions::add));
		}
		boolean expired = !security.passwordMaxAge().isZero() && row.passwordChangedAt() != null
				&& row.passwordChangedAt().toInstant().plus(security.passwordMaxAge()).isBefore(clock.instant());
		return new CurrentUser(row.id(), row.username(), row.displayName(), row.orgId(), row.orgName(), codes, names,
				permissions, scopes, row.passwordHash(), "ACTIVE".equals(row.status()),
				row.mustChangePassword() || expired);
	}
}
