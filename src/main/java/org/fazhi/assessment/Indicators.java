package org.fazhi.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects every module's indicators for an organization (with its subtree) and a year. */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private final List<IndicatorProvider> providers;

	private final OrganizationService orgs;

	Indicators(List<IndicatorProvider> providers, OrganizationService orgs) {
		this.providers = providers;
		this.orgs = orgs;
	}

	public List<IndicatorValue> of(UUID orgId, int year) {
		IndicatorQuery query = new IndicatorQuery(orgId, orgs.subtree(orgId), year);
		List<IndicatorValue> values = new ArrayList<>();
		providers.forEach(p -> values.addAll(p.indicators(query)));
		values.sort(Comparator.comparing(IndicatorValue::code));
		return values;
	}

	/** The records behind one indicator's figure for an organization (with its subtree) and a year. */
	public Optional<List<IndicatorRecord>> records(UUID orgId, int year, String code) {
		IndicatorQuery query = new IndicatorQuery(orgId, orgs.subtree(orgId), year);
		for (IndicatorProvider p : providers) {
			Optional<List<IndicatorRecord>> found = p.records(code, query);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}
}
