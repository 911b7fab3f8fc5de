package org.fazhi.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.fazhi.organization.UserService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 修改密码: every user's own password, and the obligatory change at first sign-in. */
@Controller
@RequestMapping("/account/password")
class AccountController {

	static final String VIEW = "organization/password";

	private final UserService users;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserService users) {
		this.users = users;
	}

	record PasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
			@NotBlank(message = "{password.new.required}") String newPassword,
			@NotBlank(message = "{password.confirm.required}") String confirmPassword) {
	}

	@GetMapping
	String initForm(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping
	String processForm(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
			Forms.rejectField(result, "confirmPassword", "password.confirm.mismatch");
		}
		CurrentUser me = CurrentUser.require();
		if (result.hasErrors()
				|| !Forms.attempt(result, () -> users.changeOwnPassword(me.id(), form.currentPassword(), form.newPassword()))) {
			return VIEW;
		}
		CurrentUser updated = me.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		Flash.success(redirect, "password.changed");
		return "redirect:/";
	}
}
