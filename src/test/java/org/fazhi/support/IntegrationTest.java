package org.fazhi.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the integration suite: the whole application with the demo data, a pinned clock and MockMvc, on H2 or
 * PostgreSQL (see {@link TestDatabase}). All subclasses share one application context.
 */
@SpringBootTest(properties = "fazhi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ExtendWith(DatabaseAvailable.class)
public abstract class IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private UserDetailsService users;

	/** Acts as the given demo account (its real roles, permissions and scope). */
	protected RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	protected static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, "fazhi-it");
	}

	/**
	 * Puts the clock back on the pinned day. A test that moved it forward and numbered a document there would leave
	 * the 文号 sequences dated after the pinned day, so that the next test's document (dated the pinned day) could not
	 * be numbered in date order: the sequences' last dates come back with the clock.
	 */
	@AfterEach
	void resetClock() {
		clock.reset();
		jdbc.sql("update platform_document_number set last_date = :d where last_date > :d")
			.param("d", java.sql.Date.valueOf(java.time.LocalDate.ofInstant(MutableClock.DEFAULT, MutableClock.ZONE)))
			.update();
	}
}
