package org.fazhi.deadline;

import org.fazhi.calendar.CalendarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A change of the working-day calendar recomputes every open clock and tells the owners whose due dates moved. */
@Component
class CalendarChangeListener {

	private static final Logger log = LoggerFactory.getLogger(CalendarChangeListener.class);

	private final OpenClocks clocks;

	CalendarChangeListener(OpenClocks clocks) {
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(CalendarChanged changed) {
		OpenClocks.Recomputed result = clocks.recomputeOpen(changed.reason(), changed.version(), changed.dates());
		log.info("工作日历已变更（{}）：重新计算 {} 个可能受影响的进行中期限，其中 {} 个届满日变化", changed.dates(), result.clocks(),
				result.moved());
	}
}
