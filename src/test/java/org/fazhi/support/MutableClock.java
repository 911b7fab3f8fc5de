package org.fazhi.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The clock of the integration tests: pinned, and movable by a test (reset after each). */
public class MutableClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A Monday in the current year; the demo data's "current-year" items are created relative to it. */
	public static final Instant DEFAULT = LocalDate.of(2026, 6, 15).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();

	private volatile Instant instant = DEFAULT;

	public void set(Instant instant) {
		this.instant = instant;
	}

	public void setDate(LocalDate date) {
		this.instant = date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
	}

	public void advance(java.time.Duration duration) {
		this.instant = instant.plus(duration);
	}

	public void reset() {
		this.instant = DEFAULT;
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant, zone);
	}

	@Override
	public Instant instant() {
		return instant;
	}
}
