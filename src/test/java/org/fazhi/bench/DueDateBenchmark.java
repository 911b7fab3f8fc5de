package org.fazhi.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.support.OfficialCalendar;
import org.junit.jupiter.api.Test;

/** Due-date computations per second on one thread, on the real calendar 2007–2026. Prints; asserts nothing. */
class DueDateBenchmark {

	@Test
	void dueDatesPerSecondOnOneThread() {
		WorkingCalendar calendar = OfficialCalendar.official();
		long first = LocalDate.of(2007, 1, 1).toEpochDay();
		int span = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - first);
		int n = 2_000_000;
		LocalDate[] starts = new LocalDate[n];
		int[] amounts = new int[n];
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < n; i++) {
			starts[i] = LocalDate.ofEpochDay(first + random.nextInt(span));
			amounts[i] = 1 + random.nextInt(60);
		}
		for (PeriodUnit unit : PeriodUnit.values()) {
			run(calendar, starts, amounts, unit, n / 4);
			long sink = 0;
			long t0 = System.nanoTime();
			for (int i = 0; i < n; i++) {
				DueDate due = calendar.due(starts[i], unit == PeriodUnit.MONTH ? 1 + amounts[i] % 12 : amounts[i], unit,
						true);
				sink += due.due().toEpochDay();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("[bench] due dates, unit %-11s: %,.0f per second on one thread (%,d in %.2f s; %d)%n",
					unit, n / seconds, n, seconds, sink % 7);
		}
	}

	private static void run(WorkingCalendar calendar, LocalDate[] starts, int[] amounts, PeriodUnit unit, int n) {
		for (int i = 0; i < n; i++) {
			calendar.due(starts[i], unit == PeriodUnit.MONTH ? 1 + amounts[i] % 12 : amounts[i], unit, true);
		}
	}
}
