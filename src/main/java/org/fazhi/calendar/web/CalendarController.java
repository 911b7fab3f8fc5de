package org.fazhi.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.DayInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 工作日历: a month view with holidays and 调休 days, their names and the notices they come from. */
@Controller
class CalendarController {

	static final String VIEW = "calendar/month";

	private final CalendarService calendar;

	CalendarController(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/calendar")
	String month(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = parse(month).orElse(YearMonth.from(calendar.today()));
		CalendarService.checkCovered(shown.atDay(1), "month");
		List<DayInfo> days = calendar.month(shown);
		List<List<DayInfo>> weeks = new ArrayList<>();
		List<DayInfo> week = new ArrayList<>();
		int lead = shown.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < lead; i++) {
			week.add(null);
		}
		for (DayInfo day : days) {
			week.add(day);
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("named", days.stream().filter(d -> d.name() != null).toList());
		model.addAttribute("certain", calendar.calendar().isCertain(shown.getYear()));
		model.addAttribute("notice", calendar.year(shown.getYear()).orElse(null));
		model.addAttribute("today", calendar.today());
		model.addAttribute("prev", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("workingDays", days.stream().filter(DayInfo::workingDay).count());
		return VIEW;
	}

	private static java.util.Optional<YearMonth> parse(String month) {
		if (month == null || month.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(YearMonth.parse(month.trim()));
		}
		catch (DateTimeParseException e) {
			throw org.fazhi.platform.InvalidInput.onField("month", "calendar.month.invalid", month);
		}
	}

	static boolean isToday(LocalDate date, LocalDate today) {
		return date != null && date.equals(today);
	}
}
