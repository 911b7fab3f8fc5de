package org.fazhi.normative;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorRecord;
import org.fazhi.assessment.IndicatorRows;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.platform.UuidArray;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ND-REVIEW, ND-FILE, ND-FILE-TIMELY, ND-FILE-CONFORM and ND-CLEANUP (docs/indicators.md), each the count of one query
 * of its records, which the drill-down lists.
 */
@Component
class NormativeIndicators implements IndicatorProvider {

	/** The department's documents promulgated in the year; counted: passed its review before the deliberation. */
	private static final String PROMULGATED = """
			select d.id, d.title, d.document_number as reference, d.promulgated_on as on_date, %s as counted,
			  cast(null as varchar(1)) as note
			from normative_document d left join review_request r on r.id = d.review_id
			where d.kind = 'DEPARTMENT' and d.number_year = :year and d.org_id = any(:orgs)""";

	static final String REVIEWED_FIRST = PROMULGATED
		.formatted("case when r.status = 'PASSED' and r.passed_on <= d.deliberation_date then 1 else 0 end");

	/** The same documents; counted: filed. */
	static final String FILED_OF_PROMULGATED = PROMULGATED
		.formatted("case when exists (select 1 from normative_filing f where f.document_id = d.id) then 1 else 0 end");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	NormativeIndicators(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		String link = "/normative?year=" + q.year() + "&kind=DEPARTMENT";
		String filings = "/filings?year=" + q.year();
		long[] review = figures(REVIEWED_FIRST, q);
		long[] filed = figures(FILED_OF_PROMULGATED, q);
		long[] timely = figures(Filings.FILED, q);
		long[] conform = figures(Filings.REVIEWED, q);
		long[] cleanup = figures(Cleanups.ITEMS, q);
		return List.of(IndicatorValue.rate("ND-REVIEW", review[1], review[0], link),
				IndicatorValue.rate("ND-FILE", filed[1], filed[0], filings),
				IndicatorValue.rate("ND-FILE-TIMELY", timely[1], timely[0], filings),
				IndicatorValue.rate("ND-FILE-CONFORM", conform[1], conform[0], filings),
				IndicatorValue.rate("ND-CLEANUP", cleanup[1], cleanup[0], "/cleanups"));
	}

	@Override
	public Optional<List<IndicatorRecord>> records(String code, IndicatorQuery q) {
		String rows = switch (code) {
			case "ND-REVIEW" -> REVIEWED_FIRST;
			case "ND-FILE" -> FILED_OF_PROMULGATED;
			case "ND-FILE-TIMELY" -> Filings.FILED;
			case "ND-FILE-CONFORM" -> Filings.REVIEWED;
			case "ND-CLEANUP" -> Cleanups.ITEMS;
			default -> null;
		};
		if (rows == null) {
			return Optional.empty();
		}
		if (q.orgIds().isEmpty()) {
			return Optional.of(List.of());
		}
		String link = rows == Cleanups.ITEMS ? "/cleanups/" : "/normative/";
		return Optional.of(IndicatorRows.records(jdbc, rows, params(q), link)
			.stream()
			.map(r -> r.note() == null ? r
					: new IndicatorRecord(r.title(), r.reference(), r.on(), r.link(), r.counted(),
							messages.getMessage(CleanupDecision.valueOf(r.note()).messageKey(), null, r.note(),
									Locale.SIMPLIFIED_CHINESE)))
			.toList());
	}

	private long[] figures(String rows, IndicatorQuery q) {
		return q.orgIds().isEmpty() ? new long[2] : IndicatorRows.figures(jdbc, rows, params(q));
	}

	private static Map<String, Object> params(IndicatorQuery q) {
		return Map.of("orgs", UuidArray.of(q.orgIds()), "year", q.year(), "from", Date.valueOf(q.from()), "to", Date.valueOf(q.to()));
	}
}
