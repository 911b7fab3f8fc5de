package org.fazhi.consultation;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorRecord;
import org.fazhi.assessment.IndicatorRows;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.platform.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CS-RESPONSE (docs/indicators.md): comments received in the year with a published response / comments received. A comment
 * hidden from view (with its recorded reason) is neither: its response is not public, and it was not a public
 * comment in the sense of the indicator; the hidden ones are listed on each consultation.
 */
@Component
class ConsultationIndicators implements IndicatorProvider {

	/** The comments received in the year and not hidden, each under its consultation; counted: answered. */
	static final String COMMENTS = """
			select c.id, c.title, m.receipt as reference, m.received_on as on_date,
			  case when m.response is not null then 1 else 0 end as counted, cast(null as varchar(1)) as note
			from consultation_comment m join consultation c on c.id = m.consultation_id
			where c.org_id = any(:orgs) and m.hidden = false and m.received_on between :from and :to""";

	private final JdbcClient jdbc;

	ConsultationIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		long[] figures = q.orgIds().isEmpty() ? new long[2] : IndicatorRows.figures(jdbc, COMMENTS, params(q));
		return List.of(IndicatorValue.rate("CS-RESPONSE", figures[1], figures[0], "/consultations?year=" + q.year()));
	}

	@Override
	public Optional<List<IndicatorRecord>> records(String code, IndicatorQuery q) {
		if (!"CS-RESPONSE".equals(code)) {
			return Optional.empty();
		}
		return Optional.of(q.orgIds().isEmpty() ? List.of()
				: IndicatorRows.records(jdbc, COMMENTS, params(q), "/consultations/"));
	}

	private static Map<String, Object> params(IndicatorQuery q) {
		return Map.of("orgs", UuidArray.of(q.orgIds()), "from", Date.valueOf(q.from()), "to", Date.valueOf(q.to()));
	}
}
