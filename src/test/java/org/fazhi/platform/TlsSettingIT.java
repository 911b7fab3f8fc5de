package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.fazhi.support.DatabaseAvailable;
import org.fazhi.support.TestClockConfiguration;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With {@code fazhi.tls=true} every answer carries HSTS and every cookie is Secure. */
@SpringBootTest(properties = { "fazhi.tls=true", "fazhi.demo.enabled=false" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ExtendWith(DatabaseAvailable.class)
class TlsSettingIT {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, "fazhi-tls", true);
	}

	@Test
	void hstsAndSecureCookiesAreOn() throws Exception {
		MvcResult login = mvc.perform(get("/login"))
			.andExpect(header().string("Strict-Transport-Security",
					org.hamcrest.Matchers.containsString("max-age=31536000")))
			.andReturn();
		assertThat(login.getResponse().getHeaders("Set-Cookie")).isNotEmpty()
			.allMatch(cookie -> cookie.contains("Secure"));
	}
}
