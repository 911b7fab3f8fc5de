package org.fazhi.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.fazhi.assessment.IndicatorValue;
import org.fazhi.assessment.Indicators;
import org.springframework.stereotype.Component;

/**
 * The year's key indicators the 工作台 shows, computed at most once a minute per unit and year on each node. A unit's
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

	private final Map<Key, Figures> computed = new ConcurrentHashMap<>();

	private final Indicators indicators;

	private final Clock clock;

	DashboardFigures(Indicators indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	Figures of(UUID unit, int year) {
		Instant now = clock.instant();
		Figures last = computed.get(new Key(unit, year));
		if (last != null && !last.computedAt().isBefore(now.minus(FRESH)) && !last.computedAt().isAfter(now)) {
			return last;
		}
		Figures fresh = new Figures(indicators.of(unit, year).stream().filter(IndicatorValue::applicable).limit(SHOWN)
			.toList(), now);
		if (computed.size() > 10_000) {
			computed.clear();
		}
		computed.put(new Key(unit, year), fresh);
		return fresh;
	}
}
