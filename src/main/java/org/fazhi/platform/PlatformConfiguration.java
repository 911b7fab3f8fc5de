package org.fazhi.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module reads "now" from; tests replace it. Domain code never calls {@code now()} itself. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	Clock clock(PlatformProperties properties) {
		return Clock.system(properties.timeZone());
	}
}
