package org.fazhi.audit;

import java.util.UUID;

/**
 * One change to record.
 * @param orgId the organization whose chain receives it ({@link AuditLog#GLOBAL_CHAIN} for installation-wide data)
 * @param action what happened, an upper-case code with a label {@code audit.action.<CODE>} in the message bundle
 * @param entityType the kind of record, e.g. {@code user}, {@code normative_document}
 * @param entityId its identifier
 * @param summary a short human-readable note (e.g. the name, the reason given)
 * @param before the state before the change, serialized as JSON ({@code null} for a creation)
 * @param after the state after it ({@code null} for a removal)
 * @param actor who did it; {@code null} means the user signed in on this thread
 */
public record AuditRecord(UUID orgId, String action, String entityType, String entityId, String summary,
		Object before, Object after, AuditActor actor) {

	public static AuditRecord of(UUID orgId, String action, String entityType, Object entityId) {
		return new AuditRecord(orgId, action, entityType, entityId == null ? null : entityId.toString(), null, null,
				null, null);
	}

	public AuditRecord summary(String text) {
		return new AuditRecord(orgId, action, entityType, entityId, text, before, after, actor);
	}

	public AuditRecord before(Object state) {
		return new AuditRecord(orgId, action, entityType, entityId, summary, state, after, actor);
	}

	public AuditRecord after(Object state) {
		return new AuditRecord(orgId, action, entityType, entityId, summary, before, state, actor);
	}

	public AuditRecord by(AuditActor who) {
		return new AuditRecord(orgId, action, entityType, entityId, summary, before, after, who);
	}
}
