package org.fazhi.assessment.web;

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
import org.springframework.web.bind.annotation.RequestParam;

/** 考评指标: the figures of one organization and year, each opening the records behind it. */
@Controller
@PreAuthorize("hasAuthority('INDICATOR_VIEW')")
class IndicatorController {

	private final Indicators indicators;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Clock clock;

	IndicatorController(Indicators indicators, OrganizationService orgs, DataScopes scopes, Clock clock) {
		this.indicators = indicators;
		this.orgs = orgs;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/indicators")
	String page(@RequestParam(required = false) UUID org, @RequestParam(required = false) Integer year, Model model) {
		UUID shown = org != null ? org : orgs.unitOf(CurrentUser.require().orgId()).id();
		if (!scopes.current().includesOrg(shown)) {
			throw NotFoundException.of("organization", shown);
		}
		int y = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
		model.addAttribute("org", orgs.get(shown));
		model.addAttribute("year", y);
		model.addAttribute("values", indicators.of(shown, y));
		model.addAttribute("orgs", orgs.activeTree().stream().filter(n -> scopes.current().includesOrg(n.org().id())).toList());
		return "assessment/indicators";
	}
}
