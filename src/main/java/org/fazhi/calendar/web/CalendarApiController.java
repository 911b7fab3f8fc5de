package org.fazhi.calendar.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.DayInfo;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.PeriodUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public working-day calendar API (no sign-in): other modules and outside systems rely on these shapes. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "工作日历", description = "法定节假日、调休与期限计算（公开接口，无需登录）")
class CalendarApiController {

	private final CalendarService calendar;

	CalendarApiController(CalendarService calendar) {
		this.calendar = calendar;
	}

	record Day(LocalDate date, boolean workingDay, DayKind kind, String name, String source, boolean certain) {
	}

	record Due(LocalDate start, LocalDate due, boolean certain, String explanation) {
	}

	record WorkingDays(int workingDays, boolean certain) {
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "某日是否工作日", description = "kind：WORKDAY 工作日、WEEKEND 休息日、HOLIDAY 法定节假日、MAKEUP_WORKDAY 调休上班日")
	Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		DayInfo info = calendar.day(date);
		return new Day(info.date(), info.workingDay(), info.kind(), info.name(), info.source(), info.certain());
	}

	@GetMapping("/due")
	@Operation(summary = "计算期限届满日", description = "起算日不计入；WORKING_DAY 按工作日，DAY 按日，MONTH 按月；"
			+ "rollForward（DAY、MONTH 默认 true）：届满日为休息日或法定节假日的顺延至其后第一个工作日")
	Due due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam int amount, @RequestParam PeriodUnit unit,
			@Parameter(description = "DAY、MONTH 默认 true；WORKING_DAY 忽略") @RequestParam(required = false) Boolean rollForward) {
		boolean roll = unit != PeriodUnit.WORKING_DAY && (rollForward == null || rollForward);
		DueDate due = calendar.due(start, amount, unit, roll);
		return new Due(due.start(), due.due(), due.certain(), calendar.explain(due));
	}

	@GetMapping("/working-days")
	@Operation(summary = "两日之间的工作日数", description = "from 之后（不含）至 to（含）之间的工作日数")
	WorkingDays workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		int days = calendar.workingDays(from, to);
		return new WorkingDays(days, calendar.calendar().certain(from, to));
	}
}
