package org.fazhi.normative.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.normative.CleanupDecision;
import org.fazhi.normative.CleanupView;
import org.fazhi.normative.Cleanups;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 清理: campaigns, the drafting divisions' proposals and the legal division's confirmations. */
@Controller
@RequestMapping("/cleanups")
@PreAuthorize("hasAnyAuthority('NORMATIVE_MANAGE', 'NORMATIVE_DRAFT')")
class CleanupController {

	private final Cleanups cleanups;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	CleanupController(Cleanups cleanups, OrganizationService orgs, DataScopes scopes, Problems problems, Clock clock) {
		this.cleanups = cleanups;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser me = CurrentUser.require();
		UUID unit = orgs.unitOf(me.orgId()).id();
		model.addAttribute("cleanups", cleanups.list(scopes.current())
			.stream()
			.filter(c -> scopes.current().includesOrg(c.orgId()) || c.orgId().equals(unit))
			.toList());
		model.addAttribute("kinds", CleanupView.Kind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "normative/cleanups";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String open(@RequestParam(required = false) String title, @RequestParam(required = false) CleanupView.Kind kind,
			@RequestParam(required = false) LocalDate openedOn, RedirectAttributes redirect) {
		CurrentUser me = CurrentUser.require();
		try {
			UUID id = cleanups.open(me.orgId(), title, kind, openedOn, me.id());
			Flash.success(redirect, "cleanup.opened", title);
			return "redirect:/cleanups/" + id;
		}
		catch (FazhiException e) {
			Flash.refused(redirect, problems.text(e));
			return "redirect:/cleanups";
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CleanupView c = visible(id);
		model.addAttribute("cleanup", c);
		model.addAttribute("decisions", CleanupDecision.values());
		return "normative/cleanup";
	}

	@PostMapping("/{id}/documents/{documentId}/proposal")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String propose(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestParam(required = false) CleanupDecision proposal, @RequestParam(required = false) String reason,
			@RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
		CleanupView c = visible(id);
		c.items().stream().filter(i -> i.documentId().equals(documentId)).findFirst().ifPresent(i -> {
			if (!scopes.current().includesOrg(i.orgId())) {
				throw NotFoundException.of("normative_document", documentId);
			}
		});
		return Actions.perform(redirect, problems, "/cleanups/" + id, () -> cleanups.propose(id, documentId, proposal,
				reason, CurrentUser.require().displayName(), on == null ? LocalDate.now(clock) : on), "cleanup.proposed");
	}

	@PostMapping("/{id}/documents/{documentId}/confirmation")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String confirm(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestParam(required = false) CleanupDecision decision, @RequestParam(required = false) LocalDate on,
			RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/cleanups/" + id,
				() -> cleanups.confirm(id, documentId, decision, CurrentUser.require().displayName(),
						on == null ? LocalDate.now(clock) : on),
				"cleanup.confirmed");
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String close(@PathVariable UUID id, @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/cleanups/" + id,
				() -> cleanups.close(id, on == null ? LocalDate.now(clock) : on), "cleanup.closed-ok");
	}

	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		CleanupView c = visible(id);
		return ExcelExport.response(c.title() + ".xlsx", cleanups.exportXlsx(id));
	}

	@GetMapping("/{id}/export.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id) {
		CleanupView c = visible(id);
		return Downloads.file(c.title() + ".docx", Downloads.DOCX, cleanups.exportDocx(id));
	}

	private CleanupView visible(UUID id) {
		CleanupView c = cleanups.get(id);
		boolean mine = scopes.current().includesOrg(c.orgId())
				|| c.items().stream().anyMatch(i -> scopes.current().includesOrg(i.orgId()));
		if (!mine) {
			throw NotFoundException.of("normative_cleanup", id);
		}
		return c;
	}
}
