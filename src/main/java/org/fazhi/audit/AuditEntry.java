package org.fazhi.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored link of an organization's audit chain. */
public record AuditEntry(UUID id, UUID orgId, long seq, Instant occurredAt, UUID actorId, String actorName,
		String action, String entityType, String entityId, String summary, String beforeState, String afterState,
		String prevHash, String hash) {
}
