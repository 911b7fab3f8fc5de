package org.fazhi.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.assessment.AssessmentPermission;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.assessment.Indicators;
import org.fazhi.deadline.ClockOverview;
import org.fazhi.deadline.ClockOverview.ClockFilter;
import org.fazhi.deadline.ClockStatus;
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

/**
 * 工作台: the user's tasks from every module (overdue first), the clocks in his scope that are due soon or overdue,
 * his latest notices and the year's key indicators of his unit.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/index";

	static final int SHOWN = 10;

	static final int TASKS_SHOWN = 15;

	private final List<TaskProvider> providers;

	private final ClockOverview overview;

	private final Clocks clocks;

	private final DataScopes scopes;

	private final NotificationService notifications;

	private final Indicators indicators;

	private final OrganizationService orgs;

	private final java.time.Clock clock;

	DashboardController(List<TaskProvider> providers, ClockOverview overview, Clocks clocks, DataScopes scopes,
			NotificationService notifications, Indicators indicators, OrganizationService orgs, java.time.Clock clock) {
		this.providers = providers;
		this.overview = overview;
		this.clocks = clocks;
		this.scopes = scopes;
		this.notifications = notifications;
		this.indicators = indicators;
		this.orgs = orgs;
		this.clock = clock;
	}

	/** A task with its clock (or none), as the page shows it. */
	record TaskLine(Task task, ClockView clock) {

		public boolean overdue() {
			return clock != null && clock.status() == ClockStatus.OVERDUE;
		}

		public boolean dueSoon() {
			return clock != null && clock.status() == ClockStatus.DUE_SOON;
		}

		public int urgency() {
			return overdue() ? 0 : dueSoon() ? 1 : clock != null && clock.dueDate() != null ? 2 : 3;
		}

		public LocalDate dueDate() {
			return clock == null ? null : clock.dueDate();
		}
	}

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser me = CurrentUser.require();
		DataScope scope = scopes.of(me);
		List<TaskLine> tasks = tasks(new TaskQuery(me, scope));
		Map<String, Long> counts = new LinkedHashMap<>();
		tasks.forEach(t -> counts.merge(t.task().kind(), 1L, Long::sum));
		model.addAttribute("tasks", tasks.stream().limit(TASKS_SHOWN).toList());
		model.addAttribute("taskTotal", tasks.size());
		model.addAttribute("taskCounts", counts);
		model.addAttribute("overdueTasks", tasks.stream().filter(TaskLine::overdue).count());

		List<ClockView> attention = new ArrayList<>();
		if (me.can(DeadlinePermission.CLOCK_VIEW)) {
			for (ClockStatus status : List.of(ClockStatus.OVERDUE, ClockStatus.DUE_SOON)) {
				attention.addAll(overview.page(new ClockFilter(null, null, status, true), scope, Paging.clamp(0, SHOWN))
					.getContent());
			}
			attention.sort(Comparator.comparing(ClockView::dueDate));
		}
		model.addAttribute("attention", attention.stream().limit(SHOWN).toList());
		model.addAttribute("remaining", attention.stream()
			.collect(Collectors.toMap(ClockView::id, clocks::remainingWorkingDays, (a, b) -> a)));
		model.addAttribute("notices", notifications.inbox(me.id(), false, PageRequest.of(0, 5)).getContent());

		int year = LocalDate.now(clock).getYear();
		List<IndicatorValue> values = List.of();
		if (me.can(AssessmentPermission.INDICATOR_VIEW)) {
			UUID unit = orgs.unitOf(me.orgId()).id();
			values = indicators.of(unit, year).stream().filter(IndicatorValue::applicable).limit(6).toList();
		}
		model.addAttribute("indicators", values);
		model.addAttribute("year", year);
		return VIEW;
	}

	/** Every provider's tasks with their clocks (read in one query), overdue first, then by due date and age. */
	private List<TaskLine> tasks(TaskQuery query) {
		List<Task> all = new ArrayList<>();
		providers.forEach(p -> all.addAll(p.tasks(query)));
		Map<UUID, ClockView> byId = clocks.byIds(all.stream().map(Task::clockId).filter(Objects::nonNull).toList());
		return all.stream()
			.map(t -> new TaskLine(t, t.clockId() == null ? null : byId.get(t.clockId())))
			.sorted(Comparator.comparingInt(TaskLine::urgency)
				.thenComparing(TaskLine::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(t -> t.task().since(), Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}
}
