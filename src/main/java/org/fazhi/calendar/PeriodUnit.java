package org.fazhi.calendar;

/** How a statutory period is counted (docs/architecture.md, Time). */
public enum PeriodUnit {

	/** 工作日: the N-th working day after the start; 调休 weekend days count, holidays do not */
	WORKING_DAY,
	/** 日: N calendar days after the start */
	DAY,
	/** 月: the same day N months after the start, clamped to the month's end */
	MONTH,
	/** 年: the same day N years after the start (29 February: the 28th in a common year) */
	YEAR,
	/**
	 * 每年固定日期 (e.g. 每年1月31日前, 3月1日前): the amount is the month and day as MMDD ({@code 131}, {@code 301}); the
	 * due date is the first such day after the start
	 */
	ANNUAL_DATE;

	/** Whether the amount counts units (everything but a fixed day of the year). */
	public boolean counts() {
		return this != ANNUAL_DATE;
	}

	public String messageKey() {
		return "calendar.unit." + name();
	}
}
