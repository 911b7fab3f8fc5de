package org.fazhi.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.assessment.Indicators;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "考评指标", description = "由记录计算的考评指标")
class IndicatorApiController {

	private final Indicators indicators;

	private final DataScopes scopes;

	private final Problems problems;

	IndicatorApiController(Indicators indicators, DataScopes scopes, Problems problems) {
		this.indicators = indicators;
		this.scopes = scopes;
		this.problems = problems;
	}

	/**
	 * @param value the percentage for a rate, the count for a count; {@code null} when nothing was due
	 * @param display the figure as shown, e.g. "19/19 · 100%" or "— 无应计事项"
	 */
	record Indicator(String code, String name, String kind, long numerator, Long denominator, BigDecimal value,
			String display, Map<String, Long> breakdown, String link) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INDICATOR_VIEW')")
	@Operation(summary = "组织某年度的全部考评指标", description = "分母为零的比率 value 为 null，显示为「— 无应计事项」")
	List<Indicator> indicators(@RequestParam UUID org, @RequestParam int year) {
		if (year < 2000 || year > 2100) {
			throw InvalidInput.onField("year", "indicator.year.range");
		}
		if (!scopes.current().includesOrg(org)) {
			throw NotFoundException.of("organization", org);
		}
		return indicators.of(org, year).stream().map(this::toJson).toList();
	}

	private Indicator toJson(IndicatorValue v) {
		boolean rate = v.kind() == IndicatorValue.Kind.RATE;
		return new Indicator(v.code(), problems.text(v.nameKey()), v.kind().name(), v.numerator(),
				rate ? v.denominator() : null, rate ? v.percent() : BigDecimal.valueOf(v.numerator()), display(v),
				v.breakdown(), v.link());
	}

	String display(IndicatorValue v) {
		if (!v.applicable()) {
			return problems.text("indicator.not-applicable");
		}
		if (v.kind() == IndicatorValue.Kind.COUNT) {
			return String.valueOf(v.numerator());
		}
		return v.numerator() + "/" + v.denominator() + " · " + v.percent().toPlainString() + "%";
	}
}
