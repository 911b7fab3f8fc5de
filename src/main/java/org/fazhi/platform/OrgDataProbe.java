package org.fazhi.platform;

import java.util.Set;
import java.util.UUID;

/**
 * Counts a module's records that belong to an organization, so that an organization still holding data is never
 * deleted. Every module that keeps {@code org_id} rows offers one, naming its tables ({@link OrgTablesProbe}).
 */
public interface OrgDataProbe {

	/** Message key naming the kind of record, e.g. {@code entity.normative_document}. */
	String labelKey();

	long countFor(UUID orgId);

	/** The tables whose {@code org_id} rows the probe counts. */
	Set<String> tables();
}
