package org.fazhi.platform;

import java.util.UUID;

/**
 * Counts a module's records that belong to an organization, so that an organization still holding data is never
 * deleted. Each business module that keeps {@code org_id} rows offers one.
 */
public interface OrgDataProbe {

	/** Message key naming the kind of record, e.g. {@code entity.normative_document}. */
	String labelKey();

	long countFor(UUID orgId);
}
