package org.fazhi.deadline;

/** Where a clock stands (docs/architecture.md, Time). */
public enum ClockStatus {

	/** 正常 (进行中): running, more than the warning threshold left — or a clock without a deadline, which never warns */
	NORMAL(false),
	/** 临期: running, at most the warning threshold of working days left (the due date itself included) */
	DUE_SOON(false),
	/** 超期: running past its due date */
	OVERDUE(false),
	/** 中止: stopped for a while (补正, 听证, third-party consultation); the time does not count */
	SUSPENDED(false),
	/** 按期办结: done on or before the due date */
	DONE_ON_TIME(true),
	/** 逾期办结: done after the due date */
	DONE_LATE(true),
	/** 已办结: done, on a clock that has a floor but no deadline (neither on time nor late) */
	DONE(true);

	private final boolean stopped;

	ClockStatus(boolean stopped) {
		this.stopped = stopped;
	}

	public boolean stopped() {
		return stopped;
	}

	public String messageKey() {
		return "clock.status." + name();
	}
}
