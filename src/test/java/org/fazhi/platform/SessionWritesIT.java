package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A signed-in user's requests read the session and write it once a minute on PostgreSQL (several nodes share it
 * there), not at every request.
 */
class SessionWritesIT extends IntegrationTest {

	@Test
	void requestsWithinAMinuteLeaveTheSessionRowAloneAndAMinuteLaterOneWritesIt() throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user("leader").password("Fazhi@2019"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		long stamped = lastAccess();
		for (int i = 0; i < 5; i++) {
			Thread.sleep(5);
			mvc.perform(get("/normative").cookie(session)).andExpect(status().isOk());
		}
		if (TestDatabase.isPostgres()) {
			assertThat(lastAccess()).as("no write within the minute").isEqualTo(stamped);
			jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where principal_name = 'leader'")
				.update();
			long before = lastAccess();
			mvc.perform(get("/normative").cookie(session)).andExpect(status().isOk());
			assertThat(lastAccess()).as("a minute later the request stamps it").isGreaterThan(before);
		}
		else {
			assertThat(lastAccess()).as("the embedded database keeps the standard update").isGreaterThan(stamped);
		}
	}

	private long lastAccess() {
		return jdbc.sql("select max(last_access_time) from spring_session where principal_name = 'leader'")
			.query(Long.class)
			.single();
	}
}
