package org.fazhi.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cleanup campaign with a line per document in force when it opened. */
public record CleanupView(UUID id, UUID orgId, String orgName, String title, Kind kind, LocalDate openedOn,
		boolean closed, LocalDate closedOn, List<Item> items) {

	/** 定期清理 or 即时清理. */
	public enum Kind {

		PERIODIC, IMMEDIATE;

		public String messageKey() {
			return "cleanup.kind." + name();
		}
	}

	public long decided() {
		return items.stream().filter(i -> i.decision() != null).count();
	}

	/**
	 * @param proposal what the drafting division proposes
	 * @param decision what the legal division confirmed
	 */
	public record Item(UUID id, UUID documentId, String documentTitle, String documentNumber, UUID orgId,
			String orgName, CleanupDecision proposal, String reason, String proposedBy, LocalDate proposedOn,
			CleanupDecision decision, String confirmedBy, LocalDate confirmedOn) {
	}
}
