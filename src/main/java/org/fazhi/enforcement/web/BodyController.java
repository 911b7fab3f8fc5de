package org.fazhi.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.enforcement.Bodies;
import org.fazhi.enforcement.Bodies.BodyCommand;
import org.fazhi.enforcement.Bodies.PlanCommand;
import org.fazhi.enforcement.Bodies.PowerCommand;
import org.fazhi.enforcement.BodyNature;
import org.fazhi.enforcement.EnforcementQueries;
import org.fazhi.enforcement.EnforcementViews.BodyView;
import org.fazhi.enforcement.EnforcementViews.PowerView;
import org.fazhi.enforcement.PowerType;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 执法主体与权责清单, and the unit's 三项制度 implementation plan. */
@Controller
@RequestMapping("/enforcement")
@PreAuthorize("hasAuthority('ENFORCEMENT_VIEW')")
class BodyController {

	private final Bodies bodies;

	private final EnforcementQueries queries;

	private final OrganizationService orgs;

	private final Clock clock;

	BodyController(Bodies bodies, EnforcementQueries queries, OrganizationService orgs, Clock clock) {
		this.bodies = bodies;
		this.queries = queries;
		this.orgs = orgs;
		this.clock = clock;
	}

	record BodyForm(String name, BodyNature nature, String category, String legalBasis, String process, Long version) {

		BodyCommand command() {
			return new BodyCommand(name, nature, category, legalBasis, process);
		}
	}

	record PowerForm(String code, String name, PowerType type, String area, String basisLaw, String basisArticle,
			String procedure, String remedy, boolean randomInspection, String inspectionScope, Long version) {

		PowerCommand command() {
			return new PowerCommand(code, name, type, area, basisLaw, basisArticle, procedure, remedy, randomInspection,
					inspectionScope);
		}
	}

	@GetMapping("/bodies")
	String list(Model model) {
		return listPage(model);
	}

	private String listPage(Model model) {
		UUID unit = unit();
		model.addAttribute("bodies", queries.bodies(unit));
		model.addAttribute("plan", queries.plan(unit).orElse(null));
		model.addAttribute("natures", BodyNature.values());
		if (!model.containsAttribute("bodyForm")) {
			model.addAttribute("bodyForm", new BodyForm("", null, "", "", "", null));
		}
		return "enforcement/bodies";
	}

	@PostMapping("/bodies")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String create(@ModelAttribute("bodyForm") BodyForm f, BindingResult result, Model model, RedirectAttributes redirect) {
		UUID[] id = new UUID[1];
		if (!result.hasErrors() && Forms.attempt(result, () -> id[0] = bodies.createBody(CurrentUser.require().orgId(),
				f.command()))) {
			Flash.success(redirect, "enforcement.body.created");
			return "redirect:/enforcement/bodies/" + id[0];
		}
		model.addAttribute(Forms.REFUSED, "bodyForm");
		return listPage(model);
	}

	@GetMapping("/bodies/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	private String detailPage(UUID id, Model model) {
		BodyView b = visible(id);
		model.addAttribute("b", b);
		model.addAttribute("natures", BodyNature.values());
		model.addAttribute("types", PowerType.values());
		if (!model.containsAttribute("bodyForm")) {
			model.addAttribute("bodyForm", new BodyForm(b.name(), b.nature(), b.category(), b.legalBasis(), b.process(),
					b.version()));
		}
		if (!model.containsAttribute("powerForm")) {
			model.addAttribute("powerForm", new PowerForm("", "", null, "", "", "", "", "", false, "", null));
		}
		return "enforcement/body";
	}

	@PostMapping("/bodies/{id}")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String update(@PathVariable UUID id, @ModelAttribute("bodyForm") BodyForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> bodies.updateBody(id, f.command(), f.version()), redirect,
				"/enforcement/bodies/" + id, () -> detailPage(id, model), "enforcement.body.updated");
	}

	@PostMapping("/bodies/{id}/powers")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String addPower(@PathVariable UUID id, @ModelAttribute("powerForm") PowerForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> bodies.addPower(id, f.command()), redirect, "/enforcement/bodies/" + id,
				() -> detailPage(id, model), "enforcement.power.added");
	}

	@GetMapping("/powers/{id}")
	String power(@PathVariable UUID id, Model model) {
		return powerPage(id, model);
	}

	private String powerPage(UUID id, Model model) {
		PowerView p = queries.powerView(id);
		BodyView b = visible(p.bodyId());
		model.addAttribute("p", p);
		model.addAttribute("b", b);
		model.addAttribute("types", PowerType.values());
		if (!model.containsAttribute("powerForm")) {
			model.addAttribute("powerForm", new PowerForm(p.code(), p.name(), p.type(), p.area(), p.basisLaw(),
					p.basisArticle(), p.procedure(), p.remedy(), p.randomInspection(), p.inspectionScope(), p.version()));
		}
		return "enforcement/power";
	}

	@PostMapping("/powers/{id}")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String updatePower(@PathVariable UUID id, @ModelAttribute("powerForm") PowerForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(queries.powerView(id).bodyId());
		return Forms.submit(result, () -> bodies.updatePower(id, f.command(), f.version()), redirect,
				"/enforcement/powers/" + id, () -> powerPage(id, model), "enforcement.power.updated");
	}

	record PlanForm(String title, String documentNumber, LocalDate adoptedOn, String text, Long version) {
	}

	@GetMapping("/plan")
	String plan(Model model) {
		return planPage(model);
	}

	private String planPage(Model model) {
		var plan = queries.plan(unit()).orElse(null);
		model.addAttribute("plan", plan);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", plan == null ? new PlanForm("", "", LocalDate.now(clock), "", null)
					: new PlanForm(plan.title(), plan.documentNumber(), plan.adoptedOn(), plan.text(), plan.version()));
		}
		return "enforcement/plan";
	}

	@PostMapping("/plan")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String savePlan(@ModelAttribute("form") PlanForm f, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> bodies.savePlan(CurrentUser.require().orgId(), new PlanCommand(f.title(),
				f.documentNumber(), f.adoptedOn(), f.text()), f.version()), redirect, "/enforcement/plan",
				() -> planPage(model), "enforcement.plan.saved");
	}

	private UUID unit() {
		return orgs.unitOf(CurrentUser.require().orgId()).id();
	}

	/** A body of the signed-in user's own unit; those of other units are not found here (the portal shows them). */
	private BodyView visible(UUID id) {
		BodyView b = queries.body(id);
		if (!b.orgId().equals(unit())) {
			throw NotFoundException.of("enforcement_body", id);
		}
		return b;
	}
}
