package org.fazhi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One indicator's value.
 * @param code the indicator's code (docs/indicators.md), e.g. {@code ND-FILE}
 * @param kind a rate (numerator / denominator) or a count
 * @param breakdown for a count, its parts (e.g. 意见 1, 说明 18), in order; empty otherwise
 * @param link the page listing the records behind the figure
 */
public record IndicatorValue(String code, Kind kind, long numerator, long denominator, Map<String, Long> breakdown,
		String link) {

	public enum Kind {

		/** 比率: numerator / denominator; a zero denominator has no value (无应计事项) */
		RATE,
		/** 数量 */
		COUNT
	}

	public static IndicatorValue rate(String code, long numerator, long denominator, String link) {
		return new IndicatorValue(code, Kind.RATE, numerator, denominator, Map.of(), link);
	}

	public static IndicatorValue count(String code, long count, Map<String, Long> breakdown, String link) {
		return new IndicatorValue(code, Kind.COUNT, count, 0, breakdown, link);
	}

	/** The percentage to one decimal, or {@code null} when nothing was due (never 100% or 0% for nothing). */
	public BigDecimal percent() {
		if (kind != Kind.RATE || denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	/** Whether there was anything to count (a rate with a zero denominator has no value). */
	public boolean applicable() {
		return kind == Kind.COUNT || denominator > 0;
	}

	public String nameKey() {
		return "indicator." + code + ".name";
	}
}
