package org.fazhi.organization.web;

import jakarta.servlet.http.HttpSession;
import org.fazhi.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "organization/login";

	private static final String ERROR_ATTRIBUTE = "fazhi.login.error";

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/";
		}
		Object error = session.getAttribute(ERROR_ATTRIBUTE);
		if (error != null) {
			model.addAttribute("loginError", error);
			session.removeAttribute(ERROR_ATTRIBUTE);
		}
		return VIEW;
	}
}
