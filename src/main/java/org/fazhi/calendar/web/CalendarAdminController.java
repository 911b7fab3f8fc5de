package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DayLines;
import org.fazhi.calendar.OfficialDay;
import org.fazhi.calendar.YearNotice;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 工作日历维护 (系统管理员): a new year's notice, corrections, local closures — each with a reason, audited. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
class CalendarAdminController {

	static final String VIEW = "calendar/admin";

	private static final String URL_PATTERN = "^$|^https?://.{3,290}$";

	private final CalendarService calendar;

	private final Problems problems;

	CalendarAdminController(CalendarService calendar, Problems problems) {
		this.calendar = calendar;
		this.problems = problems;
	}

	record YearForm(@NotNull(message = "{calendar.year.required}") @Min(value = 1990, message = "{calendar.year.invalid}")
	@Max(value = 2100, message = "{calendar.year.invalid}") Integer year,
			@NotBlank(message = "{calendar.notice.required}") @Size(max = 200, message = "{calendar.notice.size}") String notice,
			@Size(max = 60, message = "{calendar.number.size}") String documentNumber,
			@Pattern(regexp = URL_PATTERN, message = "{calendar.url.invalid}") String url,
			@NotBlank(message = "{calendar.lines.empty}") String days,
			@NotBlank(message = "{calendar.reason.required}") @Size(max = 300, message = "{calendar.reason.size}") String reason) {
	}

	record DayForm(@NotNull(message = "{calendar.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull(message = "{calendar.day.kind}") DayKind kind,
			@NotBlank(message = "{calendar.name.required}") @Size(max = 60, message = "{calendar.name.size}") String name,
			@NotBlank(message = "{calendar.notice.required}") @Size(max = 200, message = "{calendar.notice.size}") String notice,
			@Size(max = 60, message = "{calendar.number.size}") String documentNumber,
			@Pattern(regexp = URL_PATTERN, message = "{calendar.url.invalid}") String url, Boolean local,
			@NotBlank(message = "{calendar.reason.required}") @Size(max = 300, message = "{calendar.reason.size}") String reason) {
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? calendar.today().getYear() : year;
		if (!model.containsAttribute("yearForm")) {
			model.addAttribute("yearForm", new YearForm(shown + 1, "国务院办公厅关于" + (shown + 1) + "年部分节假日安排的通知",
					"", "", "", ""));
		}
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm(null, DayKind.HOLIDAY, "", "", "", "", true, ""));
		}
		return view(shown, model);
	}

	@PostMapping("/years")
	String recordYear(@Valid @ModelAttribute("yearForm") YearForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> {
			YearNotice notice = new YearNotice(form.year(), form.notice().trim(), form.documentNumber(), form.url());
			List<OfficialDay> days = DayLines.parse(form.days(), notice);
			calendar.recordYear(notice, days, form.reason());
		})) {
			model.addAttribute("dayForm", new DayForm(null, DayKind.HOLIDAY, "", "", "", "", true, ""));
			return view(form.year() == null ? calendar.today().getYear() : form.year(), model);
		}
		Flash.success(redirect, "calendar.year.recorded", form.year());
		return "redirect:/admin/calendar?year=" + form.year();
	}

	@PostMapping("/days")
	String saveDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> calendar.saveDay(new OfficialDay(form.date(),
				form.kind(), form.name(), form.notice(), form.documentNumber(), form.url(), Boolean.TRUE.equals(form.local())),
				form.reason()))) {
			model.addAttribute("yearForm", new YearForm(null, "", "", "", "", ""));
			return view(form.date() == null ? calendar.today().getYear() : form.date().getYear(), model);
		}
		Flash.success(redirect, "calendar.day.saved", form.date());
		return "redirect:/admin/calendar?year=" + form.date().getYear();
	}

	@PostMapping("/days/{date}/remove")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return Actions.perform(redirect, problems, "/admin/calendar?year=" + date.getYear(),
				() -> calendar.removeDay(date, reason), "calendar.day.removed", date);
	}

	private String view(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("years", calendar.years());
		model.addAttribute("days", calendar.officialDays(year));
		model.addAttribute("notice", calendar.year(year).orElse(null));
		model.addAttribute("kinds", List.of(DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY));
		return VIEW;
	}
}
