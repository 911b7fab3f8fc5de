package org.fazhi.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as pages and other modules see it (never its password). */
public record UserView(UUID id, String username, String displayName, UUID orgId, String orgName, String email,
		String phone, UserStatus status, boolean mustChangePassword, Instant lockedUntil, Instant lastLoginAt,
		boolean demo, List<String> roleCodes, List<String> roleNames, boolean administrator) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
