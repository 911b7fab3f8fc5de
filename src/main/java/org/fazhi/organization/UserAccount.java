package org.fazhi.organization;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user account. Failed sign-ins are counted apart, per name typed (see {@link SignInGuard}). */
@Table("organization_user")
class UserAccount {

	@Id
	private UUID id;

	private UUID orgId;

	private String username;

	private String displayName;

	private String passwordHash;

	private String email;

	private String phone;

	private UserStatus status;

	private boolean mustChangePassword;

	private Instant lastLoginAt;

	private Instant passwordChangedAt;

	private boolean demo;

	private Instant createdAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "user_id")
	private Set<RoleRef> roles = new HashSet<>();

	UserAccount() {
	}

	UserAccount(UUID id, UUID orgId, String username, String displayName, String passwordHash, String email,
			String phone, boolean mustChangePassword, boolean demo, Instant createdAt) {
		this.id = id;
		this.orgId = orgId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.email = email;
		this.phone = phone;
		this.status = UserStatus.ACTIVE;
		this.mustChangePassword = mustChangePassword;
		this.demo = demo;
		this.createdAt = createdAt;
		this.passwordChangedAt = createdAt;
	}

	void update(String displayName, UUID orgId, String email, String phone) {
		this.displayName = displayName;
		this.orgId = orgId;
		this.email = email;
		this.phone = phone;
	}

	void setPassword(String hash, boolean mustChange, Instant at) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = at;
	}

	void disable() {
		this.status = UserStatus.DISABLED;
	}

	void enable() {
		this.status = UserStatus.ACTIVE;
	}

	void assignRoles(Set<String> roleCodes) {
		this.roles = roleCodes.stream().map(RoleRef::new).collect(Collectors.toSet());
	}

	Set<String> roleCodes() {
		return roles.stream().map(RoleRef::roleCode).collect(Collectors.toSet());
	}

	UUID id() {
		return id;
	}

	UUID orgId() {
		return orgId;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	String passwordHash() {
		return passwordHash;
	}

	UserStatus status() {
		return status;
	}

	/** What the audit trail keeps of an account: never the password hash. */
	Snapshot snapshot() {
		return new Snapshot(id, username, displayName, orgId, email, phone, status, mustChangePassword,
				roleCodes().stream().sorted().toList());
	}

	record Snapshot(UUID id, String username, String displayName, UUID orgId, String email, String phone,
			UserStatus status, boolean mustChangePassword, List<String> roles) {
	}

	@Table("organization_user_role")
	record RoleRef(String roleCode) {
	}
}
