package org.fazhi.assessment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * @param orgId the organization asked about
 * @param orgIds it and every organization below it
 * @param year the calendar year of the period
 */
public record IndicatorQuery(UUID orgId, Set<UUID> orgIds, int year) {

	public LocalDate from() {
		return LocalDate.of(year, 1, 1);
	}

	public LocalDate to() {
		return LocalDate.of(year, 12, 31);
	}
}
