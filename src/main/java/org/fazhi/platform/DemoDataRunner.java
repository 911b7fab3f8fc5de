package org.fazhi.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration data when it is enabled: first the loaders ordered before the past (the organizations and
 * accounts), then every module's past in date order in one transaction, then the loaders of the current year — each
 * loader in its own transaction.
 */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

	/** Loaders with an {@code @Order} below this run before the past; the others after it. */
	static final int PAST = 20;

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final PlatformProperties properties;

	private final List<DemoDataLoader> loaders;

	private final List<DemoTimeline> timelines;

	private final TransactionTemplate tx;

	DemoDataRunner(PlatformProperties properties, List<DemoDataLoader> loaders, List<DemoTimeline> timelines,
			TransactionTemplate tx) {
		this.properties = properties;
		this.loaders = loaders;
		this.timelines = timelines;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		long started = System.nanoTime();
		for (DemoDataLoader loader : loaders) {
			if (order(loader) < PAST) {
				tx.executeWithoutResult(status -> loader.load());
			}
		}
		tx.executeWithoutResult(status -> past());
		for (DemoDataLoader loader : loaders) {
			if (order(loader) >= PAST) {
				tx.executeWithoutResult(status -> loader.load());
			}
		}
		log.info("演示数据已就绪（{} 个模块，{} ms）", loaders.size() + timelines.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void past() {
		if (timelines.stream().allMatch(DemoTimeline::loaded)) {
			return;
		}
		List<DemoTimeline.Step> steps = new ArrayList<>();
		for (DemoTimeline timeline : timelines) {
			if (!timeline.loaded()) {
				steps.addAll(timeline.steps());
			}
		}
		// a stable sort: steps of one day keep the order of their modules and of their writing
		steps.sort(Comparator.comparing(DemoTimeline.Step::on));
		PastReplay.run(() -> steps.forEach(step -> step.action().run()));
	}

	private static int order(Object loader) {
		return org.springframework.core.annotation.OrderUtils.getOrder(loader.getClass(), Integer.MAX_VALUE);
	}
}
