package org.fazhi.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	/** Counts the statements of a request, for the tests that bound a page's queries. */
	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}
}
