package org.fazhi.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fazhi.deadline.DeadlinePermission;
import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.ClockOverview;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.ClockOverview.ClockFilter;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台: the clocks that need attention first (overdue, then due soon), in the user's data scope. */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/index";

	private static final int SHOWN = 10;

	private final ClockOverview overview;

	private final Clocks clocks;

	private final DataScopes scopes;

	DashboardController(ClockOverview overview, Clocks clocks, DataScopes scopes) {
		this.overview = overview;
		this.clocks = clocks;
		this.scopes = scopes;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser me = CurrentUser.require();
		List<ClockView> attention = new ArrayList<>();
		if (me.can(DeadlinePermission.CLOCK_VIEW)) {
			DataScope scope = scopes.of(me);
			for (ClockStatus status : List.of(ClockStatus.OVERDUE, ClockStatus.DUE_SOON)) {
				attention.addAll(overview.page(new ClockFilter(null, null, status, true), scope, Paging.clamp(0, SHOWN))
					.getContent());
			}
			attention.sort(Comparator.comparing(ClockView::dueDate));
		}
		model.addAttribute("attention", attention.stream().limit(SHOWN).toList());
		model.addAttribute("remaining", attention.stream()
			.collect(java.util.stream.Collectors.toMap(ClockView::id, clocks::remainingWorkingDays, (a, b) -> a)));
		return VIEW;
	}
}
