package org.fazhi.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** RV-COUNT (reviews completed, by outcome) and RV-ONTIME (completed within their clock). */
@Component
class ReviewIndicators implements IndicatorProvider {

	private final ReviewQueries reviews;

	private final MessageSource messages;

	ReviewIndicators(ReviewQueries reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery query) {
		Map<ReviewOutcome, Long> byOutcome = reviews.completedByOutcome(query.orgIds(), query.year());
		Map<String, Long> breakdown = new LinkedHashMap<>();
		for (ReviewOutcome o : List.of(ReviewOutcome.OPINION, ReviewOutcome.STATEMENT, ReviewOutcome.UNLAWFUL)) {
			breakdown.put(messages.getMessage("review.outcome.short." + o, null, Locale.SIMPLIFIED_CHINESE), byOutcome.get(o));
		}
		long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
		long[] onTime = reviews.completedOnTime(query.orgIds(), query.year());
		String link = "/reviews?year=" + query.year();
		return List.of(IndicatorValue.count("RV-COUNT", total, breakdown, link),
				IndicatorValue.rate("RV-ONTIME", onTime[1], onTime[0], link));
	}
}
