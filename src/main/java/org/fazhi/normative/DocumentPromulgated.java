package org.fazhi.normative;

import java.time.LocalDate;
import java.util.UUID;

/** A normative document was promulgated with its 文号. */
public record DocumentPromulgated(UUID documentId, UUID orgId, String documentNumber, LocalDate promulgatedOn,
		LocalDate effectiveOn) {
}
