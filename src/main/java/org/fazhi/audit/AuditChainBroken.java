package org.fazhi.audit;

import java.time.Instant;

/** The verification found the audit trail changed around the application: every audit administrator is told. */
public record AuditChainBroken(String summary, Instant foundAt) {
}
