package org.fazhi.calendar;

/** How a statutory period is counted (DESIGN.md, Statutory clocks). */
public enum PeriodUnit {

	/** 工作日: the N-th working day after the start; 调休 weekend days count, holidays do not */
	WORKING_DAY,
	/** 日: N calendar days after the start */
	DAY,
	/** 月: the same day N months after the start, clamped to the month's end */
	MONTH;

	public String messageKey() {
		return "calendar.unit." + name();
	}
}
