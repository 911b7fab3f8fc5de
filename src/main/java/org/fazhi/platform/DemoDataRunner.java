package org.fazhi.platform;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs every module's demo-data loader, each in its own transaction, when demo data is enabled. */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final PlatformProperties properties;

	private final List<DemoDataLoader> loaders;

	private final TransactionTemplate tx;

	DemoDataRunner(PlatformProperties properties, List<DemoDataLoader> loaders, TransactionTemplate tx) {
		this.properties = properties;
		this.loaders = loaders;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		long started = System.nanoTime();
		for (DemoDataLoader loader : loaders) {
			tx.executeWithoutResult(status -> loader.load());
		}
		log.info("演示数据已就绪（{} 个模块，{} ms）", loaders.size(), (System.nanoTime() - started) / 1_000_000);
	}
}
