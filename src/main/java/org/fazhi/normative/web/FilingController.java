package org.fazhi.normative.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.normative.FilingStatus;
import org.fazhi.normative.FilingView;
import org.fazhi.normative.Filings;
import org.fazhi.normative.Filings.Filter;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 备案: the drafter's filings and the filing authority's review of them. */
@Controller
@RequestMapping("/filings")
@PreAuthorize("hasAnyAuthority('NORMATIVE_MANAGE', 'FILING_REVIEW')")
class FilingController {

	private final Filings filings;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	FilingController(Filings filings, DataScopes scopes, Problems problems, Clock clock) {
		this.filings = filings;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) FilingStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(status, year);
		Page<FilingView> result = filings.list(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		model.addAttribute("today", LocalDate.now(clock));
		if (htmx != null) {
			return "normative/partials/filing-table";
		}
		model.addAttribute("statuses", FilingStatus.values());
		return "normative/filings";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("filing", visible(id));
		return "normative/filing";
	}

	@GetMapping("/{id}/package.zip")
	ResponseEntity<byte[]> filingPackage(@PathVariable UUID id) {
		FilingView f = visible(id);
		return Downloads.file(f.documentNumber() + "-" + problems.text("filing.package") + ".zip", Downloads.ZIP,
				filings.filingPackage(id));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('FILING_REVIEW')")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		reviewable(id);
		return Actions.perform(redirect, problems, "/filings/" + id,
				() -> filings.accept(id, LocalDate.now(clock), CurrentUser.require().displayName()), "filing.accepted");
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('FILING_REVIEW')")
	String returnForCorrection(@PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		reviewable(id);
		return Actions.perform(redirect, problems, "/filings/" + id, () -> filings.returnForCorrection(id, reason,
				LocalDate.now(clock), CurrentUser.require().displayName()), "filing.returned");
	}

	@PostMapping("/{id}/rectification")
	@PreAuthorize("hasAuthority('FILING_REVIEW')")
	String rectification(@PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		reviewable(id);
		return Actions.perform(redirect, problems, "/filings/" + id, () -> filings.requireRectification(id, reason,
				LocalDate.now(clock), CurrentUser.require().displayName()), "filing.rectification-required");
	}

	@PostMapping("/{id}/resubmit")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String resubmit(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/filings/" + id, () -> filings.resubmit(id, LocalDate.now(clock)),
				"filing.resubmitted");
	}

	private FilingView visible(UUID id) {
		FilingView f = filings.get(id);
		DataScope scope = scopes.current();
		if (!scope.includesOrg(f.orgId()) && !scope.includesOrg(f.reviewerOrgId())) {
			throw NotFoundException.of("normative_filing", id);
		}
		return f;
	}

	private void reviewable(UUID id) {
		FilingView f = filings.get(id);
		if (!scopes.current().includesOrg(f.reviewerOrgId())) {
			throw NotFoundException.of("normative_filing", id);
		}
	}
}
