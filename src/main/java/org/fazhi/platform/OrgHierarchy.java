package org.fazhi.platform;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The organization tree as the data-scope mechanism needs it; implemented by the organization module. */
public interface OrgHierarchy {

	/** The organization and all organizations below it. */
	Set<UUID> subtree(UUID orgId);

	/** Every organization of the installation. */
	Set<UUID> all();

	/** The unit (政府/厅局/直属单位, not an internal division) the organization belongs to; itself if it is one. */
	UUID unitOf(UUID orgId);

	Optional<String> name(UUID orgId);
}
