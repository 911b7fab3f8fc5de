package org.fazhi.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.platform.InvalidInput;

/**
 * Reads the days of a year's notice as an administrator types them, one per line: {@code 2027-01-01 休 元旦} for a
 * holiday, {@code 2027-02-07 班 春节} for a make-up working day. Every fault is reported with its line number.
 */
public final class DayLines {

	private DayLines() {
	}

	public static List<OfficialDay> parse(String text, YearNotice notice) {
		List<OfficialDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			int number = i + 1;
			String[] parts = line.split("\\s+", 3);
			if (parts.length < 3) {
				throw InvalidInput.onField("days", "calendar.lines.format", number, line);
			}
			LocalDate date;
			try {
				date = LocalDate.parse(parts[0]);
			}
			catch (DateTimeParseException e) {
				throw InvalidInput.onField("days", "calendar.lines.date", number, parts[0]);
			}
			// a notice names the days of its year, and sometimes of the December before or the January after
			if (date.isBefore(LocalDate.of(notice.year() - 1, 12, 1)) || date.isAfter(LocalDate.of(notice.year() + 1, 1, 31))) {
				throw InvalidInput.onField("days", "calendar.lines.outside-year", number, date, notice.year());
			}
			DayKind kind = switch (parts[1]) {
				case "休" -> DayKind.HOLIDAY;
				case "班" -> DayKind.MAKEUP_WORKDAY;
				default -> throw InvalidInput.onField("days", "calendar.lines.kind", number, parts[1]);
			};
			if (kind == DayKind.MAKEUP_WORKDAY && date.getDayOfWeek().getValue() < 6) {
				throw InvalidInput.onField("days", "calendar.lines.makeup-on-weekday", number, date);
			}
			if (!seen.add(date)) {
				throw InvalidInput.onField("days", "calendar.lines.duplicate", number, date);
			}
			String name = parts[2].trim();
			if (name.length() > 60) {
				throw InvalidInput.onField("days", "calendar.lines.name", number);
			}
			days.add(new OfficialDay(date, kind, name, notice.notice(), notice.documentNumber(), notice.url(), false));
		}
		if (days.isEmpty()) {
			throw InvalidInput.onField("days", "calendar.lines.empty");
		}
		return days;
	}
}
