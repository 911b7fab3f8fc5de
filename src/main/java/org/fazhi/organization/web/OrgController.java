package org.fazhi.organization.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrgNode;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织机构管理 (系统管理员). */
@Controller
@RequestMapping("/admin/orgs")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class OrgController {

	static final String LIST = "organization/orgs";

	static final String FORM = "organization/org-form";

	private final OrganizationService orgs;

	private final Problems problems;

	OrgController(OrganizationService orgs, Problems problems) {
		this.orgs = orgs;
		this.problems = problems;
	}

	record OrgForm(@NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.size}") String name,
			@Size(max = 40, message = "{org.short-name.size}") String shortName,
			@NotBlank(message = "{org.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{2,40}",
					message = "{org.code.pattern}") String code,
			@NotNull(message = "{org.kind.required}") OrgKind kind, UUID parentId,
			@NotNull(message = "{org.sort.required}") @Min(value = 0, message = "{org.sort.range}") @Max(value = 9999,
					message = "{org.sort.range}") Integer sortOrder) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tree", orgs.tree());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		List<? extends List<?>> rows = orgs.tree()
			.stream()
			.map(n -> List.<Object>of("　".repeat(n.depth()) + n.org().name(), n.org().code(),
					problems.text(n.org().kind().messageKey()), n.users(),
					problems.text(n.org().active() ? "org.active" : "org.inactive")))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("org.list.title"),
				List.of(problems.text("org.name"), problems.text("org.code"), problems.text("org.kind"),
						problems.text("org.users"), problems.text("org.status")),
				rows);
		return ExcelExport.response(problems.text("org.export.file"), xlsx);
	}

	@GetMapping("/new")
	String initCreateForm(@RequestParam(required = false) UUID parentId, Model model) {
		model.addAttribute("form", new OrgForm("", "", "", parentId == null ? OrgKind.DEPARTMENT : OrgKind.DIVISION,
				parentId, 0));
		return createView(model);
	}

	@PostMapping("/new")
	String processCreateForm(@Valid @ModelAttribute("form") OrgForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> orgs.create(new CreateOrg(form.parentId(), form.code(),
				form.name(), form.shortName(), form.kind(), form.sortOrder())))) {
			return createView(model);
		}
		Flash.success(redirect, "org.created", form.name());
		return "redirect:/admin/orgs";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		OrgView org = orgs.get(id);
		model.addAttribute("form", new OrgForm(org.name(), org.shortName(), org.code(), org.kind(), org.parentId(),
				org.sortOrder()));
		return updateView(org, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") OrgForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgView org = orgs.get(id);
		if (result.hasErrors() || !Forms.attempt(result,
				() -> orgs.update(id, form.name(), form.shortName(), form.sortOrder(), form.parentId()))) {
			return updateView(org, model);
		}
		Flash.success(redirect, "org.updated", form.name());
		return "redirect:/admin/orgs";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		String name = orgs.get(id).name();
		return Actions.perform(redirect, problems, "/admin/orgs", () -> orgs.deactivate(id), "org.deactivated", name);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		String name = orgs.get(id).name();
		return Actions.perform(redirect, problems, "/admin/orgs", () -> orgs.activate(id), "org.activated", name);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		String name = orgs.get(id).name();
		return Actions.perform(redirect, problems, "/admin/orgs", () -> orgs.delete(id), "org.deleted", name);
	}

	private String createView(Model model) {
		model.addAttribute("editing", false);
		model.addAttribute("parents", orgs.activeTree());
		model.addAttribute("kinds", OrgKind.values());
		return FORM;
	}

	private String updateView(OrgView org, Model model) {
		model.addAttribute("editing", true);
		model.addAttribute("org", org);
		List<OrgNode> parents = orgs.activeTree()
			.stream()
			.filter(n -> !orgs.subtree(org.id()).contains(n.org().id()))
			.toList();
		model.addAttribute("parents", parents);
		model.addAttribute("kinds", OrgKind.values());
		return FORM;
	}
}
