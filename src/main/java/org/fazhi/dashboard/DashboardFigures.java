package org.fazhi.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fazhi.assessment.IndicatorValue;
import org.fazhi.assessment.Indicators;
import org.springframework.stereotype.Component;

/**
 * The year's key indicators the 工作台 shows, computed at most once a minute per unit and year on each node, by one
 * request at a time. A unit's
 * figures at region level read every register of a thousand organizations (0.6 s on the generated region), and the
 * 工作台 is everyone's start page; the page says when they were computed, and the indicators page itself is always
 * computed afresh.
 */
@Component
class DashboardFigures {

	static final Duration FRESH = Duration.ofMinutes(1);

	static final int SHOWN = 6;

	/** The figures and when they were computed. */
	record Figures(List<IndicatorValue> values, Instant computedAt) {
	}

	private record Key(UUID unit, int year) {
	}

	/** The last figures of a key, and whether a request is computing newer ones. */
	private static final class Entry {

		volatile Figures figures;

		final AtomicBoolean refreshing = new AtomicBoolean();

		Entry(Figures figures) {
			this.figures = figures;
		}
	}

	private final Map<Key, Entry> computed = new ConcurrentHashMap<>();

	private final Indicators indicators;

	private final Clock clock;

	DashboardFigures(Indicators indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	/**
	 * The figures of a unit and year. The first request computes them while the others asking for the same wait; once
	 * they are a minute old, one request computes them again while the others are shown the last ones (with their
	 * time) — fifty people opening the 工作台 at once compute a region's figures once, not fifty times.
	 */
	Figures of(UUID unit, int year) {
		Instant now = clock.instant();
		if (computed.size() > 10_000) {
			computed.clear();
		}
		Key key = new Key(unit, year);
		Entry entry = computed.computeIfAbsent(key, k -> new Entry(compute(k, now)));
		Figures last = entry.figures;
		boolean fresh = !last.computedAt().isBefore(now.minus(FRESH)) && !last.computedAt().isAfter(now);
		if (!fresh && entry.refreshing.compareAndSet(false, true)) {
			try {
				entry.figures = compute(key, now);
			}
			finally {
				entry.refreshing.set(false);
			}
		}
		return entry.figures;
	}

	private Figures compute(Key key, Instant now) {
		return new Figures(indicators.of(key.unit(), key.year()).stream().filter(IndicatorValue::applicable)
			.limit(SHOWN).toList(), now);
	}
}
