package org.fazhi.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.enforcement.EnforcementQueries;
import org.fazhi.enforcement.EnforcementQueries.PublicationFilter;
import org.fazhi.enforcement.EnforcementViews.PublicationView;
import org.fazhi.enforcement.Publications;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Forms;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 执法决定公示: the publication records, their publication and their withdrawal. */
@Controller
@RequestMapping("/enforcement/publications")
@PreAuthorize("hasAuthority('ENFORCEMENT_VIEW')")
class PublicationController {

	private final Publications publications;

	private final EnforcementQueries queries;

	private final DataScopes scopes;

	private final Clock clock;

	PublicationController(Publications publications, EnforcementQueries queries, DataScopes scopes, Clock clock) {
		this.publications = publications;
		this.queries = queries;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Boolean published, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		PublicationFilter filter = new PublicationFilter(published, year);
		Page<PublicationView> result = queries.publicationList(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20)));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return "enforcement/partials/publication-table";
		}
		return "enforcement/publications";
	}

	record PublishForm(LocalDate on, Long version) {
	}

	record WithdrawForm(String reason, LocalDate on, Long version) {
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	private String detailPage(UUID id, Model model) {
		PublicationView p = visible(id);
		model.addAttribute("p", p);
		if (!model.containsAttribute("publishForm")) {
			model.addAttribute("publishForm", new PublishForm(LocalDate.now(clock), p.version()));
		}
		if (!model.containsAttribute("withdrawForm")) {
			model.addAttribute("withdrawForm", new WithdrawForm(p.revocationKind() == null ? null : "", LocalDate.now(clock),
					p.version()));
		}
		return "enforcement/publication";
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAnyAuthority('ENFORCEMENT_MANAGE', 'ENFORCEMENT_HANDLE')")
	String publish(@PathVariable UUID id, @ModelAttribute("publishForm") PublishForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> publications.publish(id, f.on(), f.version()), redirect,
				"/enforcement/publications/" + id, () -> detailPage(id, model), "enforcement.publication.published");
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyAuthority('ENFORCEMENT_MANAGE', 'ENFORCEMENT_HANDLE')")
	String withdraw(@PathVariable UUID id, @ModelAttribute("withdrawForm") WithdrawForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> publications.withdraw(id, f.reason(), f.on(), f.version()), redirect,
				"/enforcement/publications/" + id, () -> detailPage(id, model), "enforcement.publication.withdrawn-done");
	}

	private PublicationView visible(UUID id) {
		PublicationView p = queries.publication(id);
		UUID[] where = queries.caseOrg(p.caseId()).orElseThrow();
		if (!scopes.current().includesOrg(where[0]) && !scopes.current().includesOrg(where[1])) {
			throw NotFoundException.of("enforcement_publication", id);
		}
		return p;
	}
}
