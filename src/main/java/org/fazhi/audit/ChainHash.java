package org.fazhi.audit;

/**
 * The text one chain link is signed over: every field of the entry, each length-prefixed so that no two different
 * entries can be written as the same text, with the previous link's signature, the entry's place in the
 * installation-wide sequence and the name of the key that signs it.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String input(AuditEntry e) {
		StringBuilder input = new StringBuilder(256);
		for (Object field : new Object[] { e.seq(), e.orgId(), e.occurredAt(), e.actorId(), e.actorName(), e.action(),
				e.entityType(), e.entityId(), e.summary(), e.beforeState(), e.afterState(), e.prevHash(), e.globalSeq(),
				e.keyId() }) {
			String value = field == null ? "" : field.toString();
			input.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
		}
		return input.toString();
	}
}
