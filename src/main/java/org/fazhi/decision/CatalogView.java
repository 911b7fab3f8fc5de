package org.fazhi.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A year's 决策事项目录 with its items and adjustments. */
public record CatalogView(UUID id, UUID orgId, String orgName, int year, CatalogStatus status, String approvedBy,
		LocalDate approvedOn, LocalDate partyAgreedOn, String partyAgreement, LocalDate publishedOn, int revision,
		List<Item> items, List<Adjustment> adjustments, long version) {

	public List<Item> activeItems() {
		return items.stream().filter(i -> !i.withdrawn()).toList();
	}

	/** A listed decision matter; {@code decisionId} once a decision was opened for it. */
	public record Item(UUID id, int seq, String name, UUID leadOrgId, String leadOrgName, Set<Procedure> planned,
			String plannedTiming, String description, boolean withdrawn, String withdrawnReason, UUID decisionId,
			DecisionStatus decisionStatus) {
	}

	/** An adjustment after publication, published with its reason. */
	public record Adjustment(LocalDate adjustedOn, String description, String reason, String adjustedBy) {
	}
}
