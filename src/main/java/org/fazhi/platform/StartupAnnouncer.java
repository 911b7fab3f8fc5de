package org.fazhi.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where it is and where the demo accounts are listed. */
@Component
class StartupAnnouncer {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncer.class);

	private final Environment environment;

	private final PlatformProperties properties;

	StartupAnnouncer(Environment environment, PlatformProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@EventListener
	void announce(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		log.info("Fazhi 法治 已启动：http://localhost:{}/", port);
		if (properties.demo().enabled()) {
			log.info("演示账户见 README.md 的「演示账户」一节（例如 reviewer / Fazhi@2019）");
		}
	}
}
