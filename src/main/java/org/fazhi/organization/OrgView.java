package org.fazhi.organization;

import java.util.UUID;

/** An organization as other modules and pages see it. */
public record OrgView(UUID id, UUID parentId, String code, String name, String shortName, OrgKind kind, int sortOrder,
		boolean active) {

	/** The short name where there is one (e.g. 政策法规处), the full name otherwise. */
	public String label() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}
}
