package org.fazhi.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored link of an organization's audit chain.
 * @param seq its place in its organization's chain
 * @param globalSeq its place among all entries of the installation (a gap means entries were removed)
 * @param keyId the key whose HMAC-SM3 {@code hash} is
 */
public record AuditEntry(UUID id, UUID orgId, long seq, Instant occurredAt, UUID actorId, String actorName,
		String action, String entityType, String entityId, String summary, String beforeState, String afterState,
		String prevHash, String hash, Long globalSeq, String keyId) {

	AuditEntry signed(String signature) {
		return new AuditEntry(id, orgId, seq, occurredAt, actorId, actorName, action, entityType, entityId, summary,
				beforeState, afterState, prevHash, signature, globalSeq, keyId);
	}
}
