package org.fazhi.deadline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.platform.CorePermission;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.ClockOverview;
import org.fazhi.deadline.ClockOverview.ClockFilter;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Forbidden;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 期限总览: every clock in the user's data scope, and each clock's explanation and history. */
@Controller
@RequestMapping("/clocks")
@PreAuthorize("hasAuthority('CLOCK_VIEW')")
class ClockController {

	static final String LIST = "deadline/clocks";

	static final String TABLE = "deadline/partials/clock-table";

	static final String DETAIL = "deadline/clock";

	private final Clocks clocks;

	private final ClockOverview overview;

	private final DeadlineRules rules;

	private final DataScopes scopes;

	private final AuditLog audit;

	private final Problems problems;

	private final java.time.Clock clock;

	ClockController(Clocks clocks, ClockOverview overview, DeadlineRules rules, DataScopes scopes, AuditLog audit, Problems problems,
			java.time.Clock clock) {
		this.clock = clock;
		this.clocks = clocks;
		this.overview = overview;
		this.rules = rules;
		this.scopes = scopes;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping
	String overview(@RequestParam(required = false) String module, @RequestParam(required = false) String rule,
			@RequestParam(required = false) ClockStatus status, @RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ClockFilter filter = new ClockFilter(module, rule, status, open ? Boolean.TRUE : null);
		DataScope scope = scopes.current();
		Page<ClockView> result = overview.page(filter, scope, Paging.clamp(page, Paging.pageSize(size, 20)));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("open", open);
		// a clock with only a floor has no due date, hence no remaining days (null): a HashMap keeps such entries
		java.util.Map<java.util.UUID, Integer> remaining = new java.util.HashMap<>();
		result.getContent().forEach(c -> remaining.put(c.id(), clocks.remainingWorkingDays(c)));
		model.addAttribute("remaining", remaining);
		if (htmx != null) {
			return TABLE;
		}
		java.util.Set<String> inUse = overview.rulesInUse(scope);
		List<DeadlineRules.RuleHistory> all = rules.catalog().stream().filter(r -> inUse.contains(r.code())).toList();
		model.addAttribute("counts", overview.counts(filter, scope));
		model.addAttribute("rules", all);
		model.addAttribute("statuses", ClockStatus.values());
		model.addAttribute("modules", all.stream().map(DeadlineRules.RuleHistory::module).distinct().sorted().toList());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String module,
			@RequestParam(required = false) String rule, @RequestParam(required = false) ClockStatus status,
			@RequestParam(defaultValue = "true") boolean open) {
		List<ClockView> all = overview.page(new ClockFilter(module, rule, status, open ? Boolean.TRUE : null),
				scopes.current(), Paging.export()).getContent();
		List<? extends List<?>> rows = all.stream()
			.map(c -> java.util.Arrays.<Object>asList(c.title(), problems.text("module." + c.module()), c.ruleName(),
					c.startDate(), c.dueDate(), c.earliestDate(), problems.text(c.status().messageKey()),
					c.ownerName() == null ? "" : c.ownerName()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("clock.list.title"),
				List.of(problems.text("clock.title"), problems.text("clock.module"), problems.text("clock.rule"),
						problems.text("clock.start"), problems.text("clock.due"), problems.text("clock.earliest"),
						problems.text("clock.status"),
						problems.text("clock.owner")),
				rows);
		return ExcelExport.response(problems.text("clock.export.file"), xlsx);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ClockView clock = visible(id);
		model.addAttribute("clock", clock);
		model.addAttribute("rule", rules.version(clock.ruleCode(), clock.ruleFrom()));
		model.addAttribute("explanation", clocks.explain(id));
		model.addAttribute("remaining", clocks.remainingWorkingDays(clock));
		model.addAttribute("history", audit.history("deadline_clock", id.toString()));
		model.addAttribute("mayAct", mayAct(clock));
		model.addAttribute("mayExtend", CurrentUser.require().can(CorePermission.LEADER_APPROVE));
		model.addAttribute("today", LocalDate.now(this.clock));
		return DETAIL;
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable UUID id, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		requireMayAct(visible(id));
		return Actions.perform(redirect, problems, "/clocks/" + id, () -> clocks.suspend(id, on, reason),
				"clock.suspended");
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable UUID id, @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
		requireMayAct(visible(id));
		return Actions.perform(redirect, problems, "/clocks/" + id, () -> clocks.resume(id, on), "clock.resumed");
	}

	@PostMapping("/{id}/extend")
	@PreAuthorize("hasAuthority('LEADER_APPROVE')")
	String extend(@PathVariable UUID id, @RequestParam(required = false) Integer amount,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		visible(id);
		CurrentUser me = CurrentUser.require();
		return Actions.perform(redirect, problems, "/clocks/" + id,
				() -> clocks.extend(id, amount == null ? 0 : amount, me.displayName(), me.id(), reason, version),
				"clock.extended");
	}

	private ClockView visible(UUID id) {
		ClockView clock = clocks.get(id);
		if (!scopes.current().includes(clock.orgId(), clock.ownerId())) {
			throw NotFoundException.of("deadline_clock", id);
		}
		return clock;
	}

	private static boolean mayAct(ClockView clock) {
		CurrentUser me = CurrentUser.require();
		return clock.running() && (me.id().equals(clock.ownerId()) || me.can(CorePermission.LEADER_APPROVE));
	}

	private static void requireMayAct(ClockView clock) {
		CurrentUser me = CurrentUser.require();
		if (!me.id().equals(clock.ownerId()) && !me.can(CorePermission.LEADER_APPROVE)) {
			throw Forbidden.of("clock.act.forbidden");
		}
	}
}
