package org.fazhi.organization.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.RoleService;
import org.fazhi.organization.UserService;
import org.fazhi.organization.UserService.CreateUser;
import org.fazhi.organization.UserService.UpdateUser;
import org.fazhi.organization.UserService.UserFilter;
import org.fazhi.organization.UserStatus;
import org.fazhi.organization.UserView;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
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

/** 用户管理: accounts (系统管理员) and their roles (安全管理员). */
@Controller
@RequestMapping("/admin/users")
class UserController {

	static final String LIST = "organization/users";

	static final String TABLE = "organization/partials/user-table";

	static final String FORM = "organization/user-form";

	static final String PASSWORD = "organization/user-password";

	static final String ROLES = "organization/user-roles";

	private final UserService users;

	private final OrganizationService orgs;

	private final RoleService roles;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	UserController(UserService users, OrganizationService orgs, RoleService roles, DataScopes scopes,
			Problems problems, Clock clock) {
		this.users = users;
		this.orgs = orgs;
		this.roles = roles;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record UserForm(
			@NotBlank(message = "{user.username.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{3,40}",
					message = "{user.username.pattern}") String username,
			@NotBlank(message = "{user.display-name.required}") @Size(max = 50,
					message = "{user.display-name.size}") String displayName,
			@NotNull(message = "{user.org.required}") UUID orgId,
			@Email(message = "{user.email.invalid}") @Size(max = 100, message = "{user.email.invalid}") String email,
			@Pattern(regexp = "[0-9+\\- ]{0,30}", message = "{user.phone.invalid}") String phone,
			String password) {
	}

	record PasswordForm(@NotBlank(message = "{password.new.required}") String password) {
	}

	record RolesForm(Set<String> roles) {
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'ROLE_MANAGE')")
	String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) UUID orgId,
			@RequestParam(required = false) UserStatus status, @RequestParam(required = false) String role,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		UserFilter filter = new UserFilter(keyword, orgId, status, role);
		Page<UserView> result = users.search(filter, scopes.current(), Paging.clamp(page, Paging.pageSize(size, 20)));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("now", clock.instant());
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("orgs", orgs.tree());
		model.addAttribute("roles", roles.list());
		model.addAttribute("statuses", UserStatus.values());
		return LIST;
	}

	@GetMapping("/export")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'ROLE_MANAGE')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
			@RequestParam(required = false) UUID orgId, @RequestParam(required = false) UserStatus status,
			@RequestParam(required = false) String role) {
		List<UserView> all = users
			.search(new UserFilter(keyword, orgId, status, role), scopes.current(), Paging.export())
			.getContent();
		List<? extends List<?>> rows = all.stream()
			.map(u -> List.<Object>of(u.username(), u.displayName(), u.orgName(), String.join("、", u.roleNames()),
					problems.text(u.status().messageKey()), u.email() == null ? "" : u.email()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("user.list.title"),
				List.of(problems.text("user.username"), problems.text("user.display-name"), problems.text("user.org"),
						problems.text("user.roles"), problems.text("user.status"), problems.text("user.email")),
				rows);
		return ExcelExport.response(problems.text("user.export.file"), xlsx);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String initCreateForm(Model model) {
		model.addAttribute("form", new UserForm("", "", null, "", "", ""));
		return formView(false, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String processCreateForm(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> users.create(new CreateUser(form.username(),
				form.displayName(), form.orgId(), form.email(), form.phone(), form.password())))) {
			return formView(false, model);
		}
		Flash.success(redirect, "user.created", form.username());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		UserView user = users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("form",
				new UserForm(user.username(), user.displayName(), user.orgId(), user.email(), user.phone(), null));
		return formView(true, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserView user = users.get(id);
		model.addAttribute("user", user);
		if (result.hasErrors() || !Forms.attempt(result, () -> users.update(id,
				new UpdateUser(form.displayName(), form.orgId(), form.email(), form.phone())))) {
			return formView(true, model);
		}
		Flash.success(redirect, "user.updated", user.username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		UserView user = users.get(id);
		return Actions.perform(redirect, problems, "/admin/users",
				() -> users.disable(id, CurrentUser.require().id()), "user.disabled", user.username());
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		UserView user = users.get(id);
		return Actions.perform(redirect, problems, "/admin/users", () -> users.enable(id), "user.enabled",
				user.username());
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		UserView user = users.get(id);
		return Actions.perform(redirect, problems, "/admin/users", () -> users.unlock(id), "user.unlocked",
				user.username());
	}

	@GetMapping("/{id}/password")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'ROLE_MANAGE')")
	String initPasswordForm(@PathVariable UUID id, Model model) {
		users.checkMayResetPassword(id);
		model.addAttribute("user", users.get(id));
		model.addAttribute("form", new PasswordForm(""));
		return PASSWORD;
	}

	@PostMapping("/{id}/password")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'ROLE_MANAGE')")
	String processPasswordForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		users.checkMayResetPassword(id);
		UserView user = users.get(id);
		if (result.hasErrors() || !Forms.attempt(result, () -> users.resetPassword(id, form.password()))) {
			model.addAttribute("user", user);
			return PASSWORD;
		}
		Flash.success(redirect, "user.password-reset", user.username());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/roles")
	@PreAuthorize("hasAuthority('ROLE_MANAGE')")
	String initRolesForm(@PathVariable UUID id, Model model) {
		UserView user = users.get(id);
		model.addAttribute("form", new RolesForm(Set.copyOf(user.roleCodes())));
		return rolesView(user, model);
	}

	@PostMapping("/{id}/roles")
	@PreAuthorize("hasAuthority('ROLE_MANAGE')")
	String processRolesForm(@PathVariable UUID id, @ModelAttribute("form") RolesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserView user = users.get(id);
		Set<String> chosen = form.roles() == null ? Set.of() : form.roles();
		if (!Forms.attempt(result, () -> users.assignRoles(id, chosen))) {
			return rolesView(user, model);
		}
		Flash.success(redirect, "user.roles-assigned", user.username());
		return "redirect:/admin/users";
	}

	private String formView(boolean editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("orgs", orgs.activeTree());
		return FORM;
	}

	private String rolesView(UserView user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", roles.list());
		return ROLES;
	}
}
