/**
 * 审计 / 全过程记录 — the append-only, SM3 hash-chained record of every change, one chain per organization,
 * written in the same transaction as the change through {@link org.fazhi.audit.AuditLog}; verifiable at any time.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs" })
package org.fazhi.audit;

import org.springframework.modulith.ApplicationModule;
