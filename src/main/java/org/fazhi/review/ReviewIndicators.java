package org.fazhi.review;

import java.util.LinkedHashMap;
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
 * RV-COUNT (reviews completed, by outcome) and RV-ONTIME (completed within their clock; a review under a floor only,
 * e.g. a major decision's 7 working days, has no deadline and is counted in neither). The 法制审核 of a major
 * enforcement decision is not a 合法性审查文件 of a document: it is counted by EN-REVIEW, not here.
 */
@Component
class ReviewIndicators implements IndicatorProvider {

	private static final String COMPLETED = """
			select r.id, r.title, r.document_number as reference, r.completed_on as on_date, %s as counted,
			  r.outcome as note
			from review_request r where r.org_id = any(:orgs) and r.completed_on between :from and :to
			  and r.subject <> 'ENFORCEMENT_DECISION'""";

	private static final String COUNT = COMPLETED.formatted("1");

	private static final String ON_TIME = COMPLETED
		.formatted("case when r.completed_on_time = true then 1 else 0 end") + " and r.completed_on_time is not null";

	private final ReviewQueries reviews;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ReviewIndicators(ReviewQueries reviews, JdbcClient jdbc, MessageSource messages) {
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery query) {
		Map<ReviewOutcome, Long> byOutcome = reviews.completedByOutcome(query.orgIds(), query.year());
		Map<String, Long> breakdown = new LinkedHashMap<>();
		for (ReviewOutcome o : List.of(ReviewOutcome.OPINION, ReviewOutcome.STATEMENT, ReviewOutcome.UNLAWFUL)) {
			breakdown.put(text("review.outcome.short." + o), byOutcome.get(o));
		}
		long[] count = figures(COUNT, query);
		long[] onTime = figures(ON_TIME, query);
		String link = "/reviews?year=" + query.year();
		return List.of(IndicatorValue.count("RV-COUNT", count[0], breakdown, link),
				IndicatorValue.rate("RV-ONTIME", onTime[1], onTime[0], link));
	}

	@Override
	public Optional<List<IndicatorRecord>> records(String code, IndicatorQuery query) {
		String rows = switch (code) {
			case "RV-COUNT" -> COUNT;
			case "RV-ONTIME" -> ON_TIME;
			default -> null;
		};
		if (rows == null) {
			return Optional.empty();
		}
		if (query.orgIds().isEmpty()) {
			return Optional.of(List.of());
		}
		return Optional.of(IndicatorRows.records(jdbc, rows, params(query), "/reviews/")
			.stream()
			.map(r -> new IndicatorRecord(r.title(), r.reference(), r.on(), r.link(), r.counted(),
					r.note() == null ? null : text("review.outcome.short." + r.note())))
			.toList());
	}

	private long[] figures(String rows, IndicatorQuery query) {
		return query.orgIds().isEmpty() ? new long[2] : IndicatorRows.figures(jdbc, rows, params(query));
	}

	private static Map<String, Object> params(IndicatorQuery query) {
		return Map.of("orgs", UuidArray.of(query.orgIds()), "from", java.sql.Date.valueOf(query.from()), "to",
				java.sql.Date.valueOf(query.to()));
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
	}
}
