package org.fazhi.consultation;

import java.util.List;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorValue;
import org.springframework.stereotype.Component;

/**
 * CS-RESPONSE (docs/indicators.md): comments received in the year with a published response / comments received. A comment
 * hidden from view (with its recorded reason) is neither: its response is not public, and it was not a public
 * comment in the sense of the indicator; the hidden ones are listed on each consultation.
 */
@Component
class ConsultationIndicators implements IndicatorProvider {

	private final ConsultationQueries consultations;

	ConsultationIndicators(ConsultationQueries consultations) {
		this.consultations = consultations;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		long[] figures = consultations.responseFigures(q.orgIds(), q.year());
		return List.of(IndicatorValue.rate("CS-RESPONSE", figures[1], figures[0], "/consultations?year=" + q.year()));
	}
}
