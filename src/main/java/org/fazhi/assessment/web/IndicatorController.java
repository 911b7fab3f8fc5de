package org.fazhi.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.IndicatorRecord;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.organization.OrgNode;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.assessment.Indicators;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考评指标: the figures of one organization and year, each opening the records behind it, beside last year's; the
 * trend of each rate over the years and its comparison between the divisions, as charts; the table as Excel.
 */
@Controller
@PreAuthorize("hasAuthority('INDICATOR_VIEW')")
class IndicatorController {

	/** How many years the trend chart shows, ending with the year asked for. */
	static final int TREND_YEARS = 8;

	private final Indicators indicators;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final JsonMapper json;

	private final Clock clock;

	IndicatorController(Indicators indicators, OrganizationService orgs, DataScopes scopes, Problems problems,
			JsonMapper json, Clock clock) {
		this.indicators = indicators;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/indicators")
	String page(@RequestParam(required = false) UUID org, @RequestParam(required = false) Integer year, Model model) {
		UUID shown = shown(org);
		int y = year(year);
		List<IndicatorValue> values = indicators.of(shown, y);
		model.addAttribute("org", orgs.get(shown));
		model.addAttribute("year", y);
		model.addAttribute("values", values);
		model.addAttribute("previous", byCode(indicators.of(shown, y - 1)));
		model.addAttribute("orgs", orgs.activeTree().stream().filter(n -> scopes.current().includesOrg(n.org().id())).toList());
		model.addAttribute("trend", json.writeValueAsString(trend(shown, y)));
		model.addAttribute("comparison", json.writeValueAsString(comparison(shown, y)));
		return "assessment/indicators";
	}

	@GetMapping("/indicators/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) UUID org, @RequestParam(required = false) Integer year) {
		UUID shown = shown(org);
		int y = year(year);
		Map<String, IndicatorValue> previous = byCode(indicators.of(shown, y - 1));
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorValue v : indicators.of(shown, y)) {
			IndicatorValue before = previous.get(v.code());
			rows.add(Arrays.asList(v.code(), problems.text(v.nameKey()), v.applicable() ? v.numerator() : null,
					v.kind() == IndicatorValue.Kind.RATE && v.applicable() ? v.denominator() : null, figure(v),
					before == null ? null : figure(before), problems.text("indicator." + v.code() + ".definition")));
		}
		String title = problems.text("indicator.export.title", orgs.get(shown).name(), String.valueOf(y));
		byte[] xlsx = ExcelExport.write(problems.text("indicator.title"),
				List.of(problems.text("indicator.code"), problems.text("indicator.name"),
						problems.text("indicator.numerator"), problems.text("indicator.denominator"),
						problems.text("indicator.value"), problems.text("indicator.previous", String.valueOf(y - 1)),
						problems.text("indicator.definition")),
				rows);
		return ExcelExport.response(title, xlsx);
	}

	/**
	 * The records behind one figure — every record of the denominator (of a count: every record counted), each
	 * marked whether it is in the numerator; {@code counted} shows only those in it ({@code true}) or only the others.
	 */
	@GetMapping("/indicators/{code}/records")
	String records(@PathVariable String code, @RequestParam(required = false) UUID org,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean counted, Model model) {
		UUID shown = shown(org);
		int y = year(year);
		IndicatorValue value = value(shown, y, code);
		List<IndicatorRecord> all = indicators.records(shown, y, code).orElseThrow(() -> NotFoundException.of("indicator", code));
		model.addAttribute("org", orgs.get(shown));
		model.addAttribute("year", y);
		model.addAttribute("value", value);
		model.addAttribute("counted", counted);
		model.addAttribute("total", all.size());
		model.addAttribute("inNumerator", all.stream().filter(IndicatorRecord::counted).count());
		model.addAttribute("records", counted == null ? all : all.stream().filter(r -> r.counted() == counted).toList());
		return "assessment/indicator-records";
	}

	@GetMapping("/indicators/{code}/records/export")
	ResponseEntity<byte[]> exportRecords(@PathVariable String code, @RequestParam(required = false) UUID org,
			@RequestParam(required = false) Integer year) {
		UUID shown = shown(org);
		int y = year(year);
		IndicatorValue value = value(shown, y, code);
		List<List<?>> rows = new ArrayList<>();
		int n = 0;
		for (IndicatorRecord r : indicators.records(shown, y, code).orElseThrow(() -> NotFoundException.of("indicator", code))) {
			rows.add(Arrays.asList(++n, r.title(), r.reference(), r.on(),
					problems.text(r.counted() ? "indicator.records.counted" : "indicator.records.not-counted"), r.note()));
		}
		String title = problems.text("indicator.records.export-title", orgs.get(shown).name(), String.valueOf(y),
				problems.text(value.nameKey()));
		byte[] xlsx = ExcelExport.write(problems.text(value.nameKey()),
				List.of(problems.text("indicator.records.no"), problems.text("indicator.records.record"),
						problems.text("indicator.records.reference"), problems.text("indicator.records.on"),
						problems.text("indicator.records.in-numerator"), problems.text("indicator.records.note")),
				rows);
		return ExcelExport.response(title, xlsx);
	}

	private IndicatorValue value(UUID org, int year, String code) {
		return indicators.of(org, year)
			.stream()
			.filter(v -> v.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("indicator", code));
	}

	/** Each rate's percentage year by year, the last {@value #TREND_YEARS} years up to the one shown. */
	private Map<String, Object> trend(UUID org, int year) {
		List<Map.Entry<String, List<IndicatorValue>>> byYear = new ArrayList<>();
		for (int y = year - TREND_YEARS + 1; y <= year; y++) {
			byYear.add(Map.entry(String.valueOf(y), indicators.of(org, y)));
		}
		return chart(byYear);
	}

	/** Each rate's percentage in every division directly under the organization shown, for the year. */
	private Map<String, Object> comparison(UUID org, int year) {
		return chart(orgs.activeTree()
			.stream()
			.map(OrgNode::org)
			.filter(o -> org.equals(o.parentId()) && scopes.current().includesOrg(o.id()))
			.map(d -> Map.entry(d.shortName() != null ? d.shortName() : d.name(), indicators.of(d.id(), year)))
			.toList());
	}

	/**
	 * A chart's data: its categories (years, divisions) in order, and for each rate a series of its percentage in
	 * each category ({@code null} where the category has no value for it).
	 */
	private Map<String, Object> chart(List<Map.Entry<String, List<IndicatorValue>>> byCategory) {
		List<String> categories = byCategory.stream().map(Map.Entry::getKey).toList();
		Map<String, List<Object>> series = new LinkedHashMap<>();
		int index = 0;
		for (Map.Entry<String, List<IndicatorValue>> category : byCategory) {
			for (IndicatorValue v : category.getValue()) {
				if (v.kind() == IndicatorValue.Kind.RATE) {
					List<Object> points = series.computeIfAbsent(problems.text(v.nameKey()), k -> new ArrayList<>());
					while (points.size() < index) {
						points.add(null);
					}
					points.add(v.percent());
				}
			}
			index++;
		}
		series.values().forEach(points -> {
			while (points.size() < categories.size()) {
				points.add(null);
			}
		});
		return Map.of("categories", categories, "series", series, "unit", "%");
	}

	private Object figure(IndicatorValue v) {
		if (!v.applicable()) {
			return problems.text("indicator.not-applicable");
		}
		return v.kind() == IndicatorValue.Kind.RATE ? v.percent().toPlainString() + "%" : v.numerator();
	}

	private static Map<String, IndicatorValue> byCode(List<IndicatorValue> values) {
		Map<String, IndicatorValue> map = new LinkedHashMap<>();
		values.forEach(v -> map.put(v.code(), v));
		return map;
	}

	private UUID shown(UUID org) {
		UUID shown = org != null ? org : orgs.unitOf(CurrentUser.require().orgId()).id();
		if (!scopes.current().includesOrg(shown)) {
			throw NotFoundException.of("organization", shown);
		}
		return shown;
	}

	private int year(Integer year) {
		return year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
	}
}
