package org.fazhi.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.decision.CatalogView;
import org.fazhi.decision.DecisionCatalogs;
import org.fazhi.decision.DecisionCatalogs.ItemInput;
import org.fazhi.decision.Procedure;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Actions;
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

/** 决策事项目录: compiling, approving, the 党委's agreement, publication and adjustments. */
@Controller
@RequestMapping("/decisions/catalogs")
@PreAuthorize("hasAuthority('DECISION_VIEW')")
class CatalogController {

	private final DecisionCatalogs catalogs;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	CatalogController(DecisionCatalogs catalogs, OrganizationService orgs, DataScopes scopes, Problems problems,
			Clock clock) {
		this.catalogs = catalogs;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("catalogs", catalogs.list(scopes.current()));
		model.addAttribute("year", LocalDate.now(clock).getYear());
		return "decision/catalogs";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String create(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		try {
			UUID id = catalogs.create(CurrentUser.require().orgId(), year);
			Flash.success(redirect, "decision.catalog.created", year);
			return "redirect:/decisions/catalogs/" + id;
		}
		catch (FazhiException e) {
			Flash.refused(redirect, problems.text(e));
			return "redirect:/decisions/catalogs";
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CatalogView c = visible(id);
		model.addAttribute("c", c);
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("orgs", orgs.activeTree().stream()
			.filter(n -> orgs.subtree(c.orgId()).contains(n.org().id()))
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
		return "decision/catalog";
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		CatalogView c = visible(id);
		List<? extends List<?>> rows = c.items().stream()
			.map(i -> List.<Object>of(i.seq(), i.name(), i.leadOrgName(), plannedText(i.planned()), i.plannedTiming(),
					i.withdrawn() ? problems.text("decision.item.withdrawn") + "：" + i.withdrawnReason() : ""))
			.toList();
		String title = problems.text("decision.catalog.name", c.orgName(), c.year());
		return ExcelExport.response(title, ExcelExport.write(title,
				List.of(problems.text("decision.item.seq"), problems.text("decision.item.name"),
						problems.text("decision.item.lead-org-label"), problems.text("decision.item.planned"),
						problems.text("decision.item.timing-label"), problems.text("decision.item.withdrawn")),
				rows));
	}

	@PostMapping("/{id}/items")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String addItem(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) UUID leadOrgId,
			@RequestParam(required = false) List<Procedure> planned,
			@RequestParam(required = false) String plannedTiming, @RequestParam(required = false) String description,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		visible(id);
		Set<Procedure> set = EnumSet.noneOf(Procedure.class);
		if (planned != null) {
			planned.stream().filter(java.util.Objects::nonNull).forEach(set::add);
		}
		return act(redirect, id, () -> {
			if (leadOrgId != null && !scopes.current().includesOrg(leadOrgId)) {
				throw org.fazhi.platform.InvalidInput.onField("leadOrgId", "decision.item.lead-org-scope");
			}
			catalogs.addItem(id, new ItemInput(name, leadOrgId, set, plannedTiming, description), reason,
					CurrentUser.require().displayName());
		}, "decision.item.added");
	}

	@PostMapping("/{id}/items/{itemId}/withdraw")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String withdraw(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		CatalogView c = visible(id);
		CatalogView.Item item = c.items()
			.stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("decision_catalog_item", itemId));
		if (!scopes.current().includesOrg(item.leadOrgId())) {
			throw org.fazhi.platform.Forbidden.of("decision.item.not-in-scope", item.leadOrgName());
		}
		return act(redirect, id, () -> catalogs.withdrawItem(itemId, reason, CurrentUser.require().displayName()),
				"decision.item.withdrawn-saved");
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAuthority('LEADER_APPROVE')")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> catalogs.approve(id, CurrentUser.require().displayName(), LocalDate.now(clock)),
				"decision.catalog.approved");
	}

	@PostMapping("/{id}/party-agreement")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String party(@PathVariable UUID id, @RequestParam(required = false) LocalDate partyAgreedOn,
			@RequestParam(required = false) String partyAgreement, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> catalogs.recordPartyAgreement(id, partyAgreedOn, partyAgreement),
				"decision.catalog.party-saved");
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> catalogs.publish(id, LocalDate.now(clock)), "decision.catalog.published");
	}

	private String plannedText(Set<Procedure> planned) {
		return planned.stream().map(p -> problems.text(p.messageKey())).reduce((a, b) -> a + "、" + b).orElse("");
	}

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/decisions/catalogs/" + id, action, success);
	}

	private CatalogView visible(UUID id) {
		CatalogView c = catalogs.get(id);
		DataScope scope = scopes.current();
		if (!scope.all() && scope.orgIds().stream().noneMatch(o -> orgs.unitOf(o).id().equals(c.orgId()))) {
			throw NotFoundException.of("decision_catalog", id);
		}
		return c;
	}
}
