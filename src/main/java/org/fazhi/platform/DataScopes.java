package org.fazhi.platform;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Resolves the data scope of a signed-in user from the scopes his roles carry and the current org tree. */
@Component
public class DataScopes {

	private final OrgHierarchy hierarchy;

	DataScopes(OrgHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	public DataScope of(CurrentUser user) {
		if (user.scopes().contains(ScopeKind.ALL)) {
			return DataScope.everything();
		}
		Set<UUID> orgs = new HashSet<>();
		if (user.scopes().contains(ScopeKind.UNIT)) {
			orgs.addAll(hierarchy.subtree(hierarchy.unitOf(user.orgId())));
		}
		if (user.scopes().contains(ScopeKind.DIVISION)) {
			orgs.addAll(hierarchy.subtree(user.orgId()));
		}
		UUID self = user.scopes().contains(ScopeKind.SELF) || orgs.isEmpty() ? user.id() : null;
		return new DataScope(false, orgs, self);
	}

	/** The scope of the user signed in on this thread. */
	public DataScope current() {
		return of(CurrentUser.require());
	}
}
