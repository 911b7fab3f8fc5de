package org.fazhi.organization.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.organization.RoleService;
import org.fazhi.organization.RoleService.RoleCommand;
import org.fazhi.organization.RoleView;
import org.fazhi.platform.Permission;
import org.fazhi.platform.Permissions;
import org.fazhi.platform.ScopeKind;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
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

/** 角色与权限 (安全管理员). */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('ROLE_MANAGE')")
class RoleController {

	static final String LIST = "organization/roles";

	static final String FORM = "organization/role-form";

	private final RoleService roles;

	private final Problems problems;

	private final Permissions registry;

	RoleController(RoleService roles, Problems problems, Permissions registry) {
		this.roles = roles;
		this.problems = problems;
		this.registry = registry;
	}

	record RoleForm(
			@NotBlank(message = "{role.code.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}",
					message = "{role.code.pattern}") String code,
			@NotBlank(message = "{role.name.required}") @Size(max = 50, message = "{role.name.size}") String name,
			@Size(max = 200, message = "{role.description.size}") String description,
			@NotNull(message = "{role.scope.required}") ScopeKind scope, Set<String> permissions) {

		RoleCommand command() {
			return new RoleCommand(code, name, description, scope, permissions == null ? Set.of() : permissions);
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("roles", roles.list());
		return LIST;
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new RoleForm("", "", "", ScopeKind.DIVISION, Set.of()));
		return formView(false, model);
	}

	@PostMapping("/new")
	String processCreateForm(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> roles.create(form.command()))) {
			return formView(false, model);
		}
		Flash.success(redirect, "role.created", form.name());
		return "redirect:/admin/roles";
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		RoleView role = roles.get(code);
		model.addAttribute("form",
				new RoleForm(role.code(), role.name(), role.description(), role.scope(),
						role.permissions().stream().map(Permission::name).collect(java.util.stream.Collectors.toSet())));
		model.addAttribute("role", role);
		return formView(true, model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") RoleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RoleView role = roles.get(code);
		model.addAttribute("role", role);
		if (result.hasErrors() || !Forms.attempt(result, () -> roles.update(code, form.command()))) {
			return formView(true, model);
		}
		Flash.success(redirect, "role.updated", form.name());
		return "redirect:/admin/roles";
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect) {
		String name = roles.get(code).name();
		return Actions.perform(redirect, problems, "/admin/roles", () -> roles.delete(code), "role.deleted", name);
	}

	private String formView(boolean editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("scopes", ScopeKind.values());
		model.addAttribute("permissions", registry.all());
		return FORM;
	}
}
