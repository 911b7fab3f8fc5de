package org.fazhi.calendar;

/** What a day is in the working-day calendar. */
public enum DayKind {

	/** 工作日: Monday to Friday, not a holiday */
	WORKDAY(true),
	/** 休息日: Saturday or Sunday, not a make-up working day */
	WEEKEND(false),
	/** 法定节假日 (and the weekend days joined to it) */
	HOLIDAY(false),
	/** 调休上班日: a weekend day worked to make up for a holiday */
	MAKEUP_WORKDAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}

	public String messageKey() {
		return "calendar.kind." + name();
	}
}
