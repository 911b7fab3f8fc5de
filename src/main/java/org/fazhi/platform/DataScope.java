package org.fazhi.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records a user may see: every organization, a set of organizations, and/or the records he owns himself.
 * Every module's list query applies it with {@link #where(String, String)}.
 */
public record DataScope(boolean all, Set<UUID> orgIds, UUID selfUserId) {

	public DataScope {
		orgIds = Set.copyOf(orgIds);
	}

	public static DataScope everything() {
		return new DataScope(true, Set.of(), null);
	}

	public static DataScope nothing() {
		return new DataScope(false, Set.of(), null);
	}

	public static DataScope orgs(Collection<UUID> orgIds) {
		return new DataScope(false, Set.copyOf(orgIds), null);
	}

	public boolean includes(UUID orgId, UUID ownerUserId) {
		return all || (orgId != null && orgIds.contains(orgId))
				|| (selfUserId != null && selfUserId.equals(ownerUserId));
	}

	/** A record of an organization (and its unit) with a responsible user: visible when any of the three is in scope. */
	public boolean includesRecord(UUID orgId, UUID unitId, UUID ownerUserId) {
		return includes(orgId, ownerUserId) || includesOrg(unitId);
	}

	public boolean includesOrg(UUID orgId) {
		return all || (orgId != null && orgIds.contains(orgId));
	}

	/**
	 * A SQL condition with named parameters {@code scope_orgs} (one array, {@link UuidArray}) and {@code scope_user}.
	 * @param orgColumn the column holding the record's organization
	 * @param ownerColumn the column holding the responsible user, or {@code null} if the table has none
	 */
	public SqlCondition where(String orgColumn, String ownerColumn) {
		if (all) {
			return new SqlCondition("1=1", Map.of());
		}
		boolean hasOrgs = !orgIds.isEmpty();
		boolean hasSelf = selfUserId != null && ownerColumn != null;
		if (!hasOrgs && !hasSelf) {
			return new SqlCondition("1=0", Map.of());
		}
		if (hasOrgs && hasSelf) {
			return new SqlCondition("(" + orgColumn + " = any(:scope_orgs) or " + ownerColumn + " = :scope_user)",
					Map.of("scope_orgs", orgArray(), "scope_user", selfUserId));
		}
		return hasOrgs ? new SqlCondition(orgColumn + " = any(:scope_orgs)", Map.of("scope_orgs", orgArray()))
				: new SqlCondition(ownerColumn + " = :scope_user", Map.of("scope_user", selfUserId));
	}

	/** The scope's organizations as one array parameter ({@code column = any(:scope_orgs)}). */
	public UuidArray orgArray() {
		return UuidArray.of(orgIds);
	}

	/** A fragment of a WHERE clause and the named parameters it uses. */
	public record SqlCondition(String sql, Map<String, ?> params) {
	}
}
