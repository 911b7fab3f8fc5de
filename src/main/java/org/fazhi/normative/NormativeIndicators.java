package org.fazhi.normative;

import java.util.List;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** ND-REVIEW, ND-FILE, ND-FILE-TIMELY, ND-FILE-CONFORM and ND-CLEANUP (docs/indicators.md), from the records. */
@Component
class NormativeIndicators implements IndicatorProvider {

	private final JdbcClient jdbc;

	private final Filings filings;

	private final Cleanups cleanups;

	NormativeIndicators(JdbcClient jdbc, Filings filings, Cleanups cleanups) {
		this.jdbc = jdbc;
		this.filings = filings;
		this.cleanups = cleanups;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		String link = "/normative?year=" + q.year() + "&kind=DEPARTMENT";
		long[] review = q.orgIds().isEmpty() ? new long[2] : jdbc.sql("""
				select count(*),
				  sum(case when r.status = 'PASSED' and r.passed_on <= d.deliberation_date then 1 else 0 end)
				from normative_document d left join review_request r on r.id = d.review_id
				where d.kind = 'DEPARTMENT' and d.number_year = :year and d.org_id in (:orgs)""")
			.param("year", q.year())
			.param("orgs", q.orgIds())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long[] filed = filings.figures(q.orgIds(), q.year());
		long[] cleanup = cleanups.figures(q.orgIds(), q.year());
		return List.of(IndicatorValue.rate("ND-REVIEW", review[1], review[0], link),
				IndicatorValue.rate("ND-FILE", filed[0], review[0], "/filings?year=" + q.year()),
				IndicatorValue.rate("ND-FILE-TIMELY", filed[1], filed[0], "/filings?year=" + q.year()),
				IndicatorValue.rate("ND-FILE-CONFORM", filed[3], filed[2], "/filings?year=" + q.year()),
				IndicatorValue.rate("ND-CLEANUP", cleanup[0], cleanup[1], "/cleanups"));
	}
}
