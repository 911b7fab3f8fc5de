package org.fazhi.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台. */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/index";

	@GetMapping("/")
	String dashboard() {
		return VIEW;
	}
}
