package org.fazhi.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.OfficialDay;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.calendar.YearNotice;

/** The platform's own official-days data file, read without a database, for the pure calendar and clock tests. */
public final class OfficialCalendar {

	private static WorkingCalendar official;

	private OfficialCalendar() {
	}

	public static synchronized WorkingCalendar official() {
		if (official == null) {
			List<OfficialDay> days = new ArrayList<>();
			for (String[] r : read("calendar/official-days.csv")) {
				days.add(new OfficialDay(LocalDate.parse(r[0]), DayKind.valueOf(r[1]), r[2], r[3], r[4], r[5], false));
			}
			List<YearNotice> years = new ArrayList<>();
			for (String[] r : read("calendar/official-years.csv")) {
				years.add(new YearNotice(Integer.parseInt(r[0]), r[1], r[2], r[3]));
			}
			official = WorkingCalendar.of(days, years, 1);
		}
		return official;
	}

	private static List<String[]> read(String resource) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				OfficialCalendar.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			return in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
