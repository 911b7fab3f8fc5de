package org.fazhi.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.assessment.AssessmentPermission;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.deadline.ClockOverview;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.DeadlinePermission;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作台: the user's tasks from every module (overdue first), the clocks in his scope that are due soon or overdue,
 * his latest notices and the year's key indicators of his unit.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/index";

	static final int SHOWN = 10;

	static final int TASKS_SHOWN = 15;

	private final TaskList tasks;

	private final ClockOverview overview;

	private final Clocks clocks;

	private final DataScopes scopes;

	private final NotificationService notifications;

	private final DashboardFigures figures;

	private final OrganizationService orgs;

	private final java.time.Clock clock;

	DashboardController(TaskList tasks, ClockOverview overview, Clocks clocks, DataScopes scopes,
			NotificationService notifications, DashboardFigures figures, OrganizationService orgs, java.time.Clock clock) {
		this.tasks = tasks;
		this.overview = overview;
		this.clocks = clocks;
		this.scopes = scopes;
		this.notifications = notifications;
		this.figures = figures;
		this.orgs = orgs;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser me = CurrentUser.require();
		DataScope scope = scopes.of(me);
		TaskQuery query = new TaskQuery(me, scope);
		TaskList.Read read = tasks.read(query, null, PageRequest.of(0, TASKS_SHOWN));
		TaskList.Summary summary = read.summary();
		model.addAttribute("tasks", read.page().getContent());
		model.addAttribute("taskTotal", summary.total());
		model.addAttribute("taskCounts", summary.counts());
		model.addAttribute("overdueTasks", summary.overdue());

		List<ClockView> attention = me.can(DeadlinePermission.CLOCK_VIEW) ? overview.attention(scope, SHOWN) : List.of();
		model.addAttribute("attention", attention);
		model.addAttribute("remaining", attention.stream()
			.collect(Collectors.toMap(ClockView::id, clocks::remainingWorkingDays, (a, b) -> a)));
		model.addAttribute("notices", notifications.inbox(me.id(), false, PageRequest.of(0, 5)).getContent());

		int year = LocalDate.now(clock).getYear();
		DashboardFigures.Figures figures = null;
		if (me.can(AssessmentPermission.INDICATOR_VIEW)) {
			figures = this.figures.of(orgs.unitOf(me.orgId()).id(), year);
		}
		model.addAttribute("indicatorsAt", figures == null ? null : figures.computedAt());
		List<IndicatorValue> values = figures == null ? List.of() : figures.values();
		model.addAttribute("indicators", values);
		model.addAttribute("year", year);
		return VIEW;
	}

	/** 全部待办: every task of the user, of one kind or all, a page at a time in the 工作台's order. */
	@GetMapping("/tasks")
	String all(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, Model model) {
		CurrentUser me = CurrentUser.require();
		TaskQuery query = new TaskQuery(me, scopes.of(me));
		TaskList.Read read = tasks.read(query, kind, Paging.clamp(page, Paging.pageSize(size, Paging.SIZES.get(0))));
		model.addAttribute("summary", read.summary());
		model.addAttribute("kind", kind != null && read.summary().counts().containsKey(kind) ? kind : null);
		model.addAttribute("page", read.page());
		return "dashboard/tasks";
	}
}
