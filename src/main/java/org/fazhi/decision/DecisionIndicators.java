package org.fazhi.decision;

import java.util.List;
import java.util.Optional;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorRecord;
import org.fazhi.assessment.IndicatorValue;
import org.springframework.stereotype.Component;

/**
 * DC-PROC (docs/indicators.md): decisions taken in the year with all five procedures done or lawfully dispensed with,
 * judged by the same derivation the decision's page shows.
 */
@Component
class DecisionIndicators implements IndicatorProvider {

	private final DecisionQueries decisions;

	DecisionIndicators(DecisionQueries decisions) {
		this.decisions = decisions;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		long[] figures = decisions.procedureFigures(q.orgIds(), q.year());
		return List.of(IndicatorValue.rate("DC-PROC", figures[1], figures[0], "/decisions?year=" + q.year()));
	}

	@Override
	public Optional<List<IndicatorRecord>> records(String code, IndicatorQuery q) {
		if (!"DC-PROC".equals(code)) {
			return Optional.empty();
		}
		return Optional.of(decisions.taken(q.orgIds(), q.year())
			.stream()
			.map(d -> new IndicatorRecord(d.title(), null, d.decidedOn(), "/decisions/" + d.id(),
					d.allProceduresSatisfied(), null))
			.toList());
	}
}
