package org.fazhi.platform;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who he is, where he sits, what his roles let him do and see. Kept in the session. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private final UUID orgId;

	private final String orgName;

	private final List<String> roleCodes;

	private final List<String> roleNames;

	private final Set<Permission> permissions;

	private final Set<ScopeKind> scopes;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String passwordHash;

	public CurrentUser(UUID id, String username, String displayName, UUID orgId, String orgName,
			List<String> roleCodes, List<String> roleNames, Set<Permission> permissions, Set<ScopeKind> scopes,
			String passwordHash, boolean enabled, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.orgId = orgId;
		this.orgName = orgName;
		this.roleCodes = List.copyOf(roleCodes);
		this.roleNames = List.copyOf(roleNames);
		this.permissions = Set.copyOf(permissions);
		this.scopes = scopes.isEmpty() ? EnumSet.noneOf(ScopeKind.class) : EnumSet.copyOf(scopes);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	/** The user signed in on this thread, if any. */
	public static Optional<CurrentUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
	}

	public static CurrentUser require() {
		return get().orElseThrow(() -> Forbidden.of("error.login-required"));
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/** By the permission's code, as pages ask ({@code me.can('AUDIT_READ')}). */
	public boolean can(String permissionCode) {
		return permissions.stream().anyMatch(p -> p.name().equals(permissionCode));
	}

	/**
	 * Whether he is one of the three administrators (三员): he manages the platform and reads no business record,
	 * attachment or evidence.
	 */
	public boolean administrator() {
		return permissions.stream().anyMatch(p -> p.adminKind() != null);
	}

	public boolean hasRole(String roleCode) {
		return roleCodes.contains(roleCode);
	}

	public UUID id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public UUID orgId() {
		return orgId;
	}

	public String orgName() {
		return orgName;
	}

	public List<String> roleCodes() {
		return roleCodes;
	}

	public List<String> roleNames() {
		return roleNames;
	}

	public Set<Permission> permissions() {
		return Collections.unmodifiableSet(permissions);
	}

	public Set<ScopeKind> scopes() {
		return Collections.unmodifiableSet(scopes);
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** A copy after the password was changed: the first-login obligation is fulfilled. */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(id, username, displayName, orgId, orgName, roleCodes, roleNames, permissions, scopes,
				null, enabled, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roleCodes.forEach(code -> authorities.add(new SimpleGrantedAuthority("ROLE_" + code)));
		permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CurrentUser other && other.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "]";
	}
}
