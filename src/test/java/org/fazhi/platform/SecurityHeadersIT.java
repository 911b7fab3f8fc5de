package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;

/** Headers, cookies and CSRF as a browser meets them. */
class SecurityHeadersIT extends IntegrationTest {

	@Test
	void everyPageCarriesThePermissionsOpenerAndResourcePoliciesAndNoHstsWithoutTls() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
			.andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
			.andExpect(header().string("Cross-Origin-Resource-Policy", "same-origin"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/gk", "/gk/normative", "/gk/consultations", "/gk/decisions" })
	void aVisitorReadingThePortalGetsNoSession(String page) throws Exception {
		MvcResult result = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getCookie("SESSION")).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
	}

	@Test
	void theCsrfTokenIsTakenFromTheFormButNeverFromTheQueryString() throws Exception {
		MvcResult form = mvc.perform(get("/admin/orgs/new").with(as("sysadmin"))).andExpect(status().isOk()).andReturn();
		Cookie cookie = form.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).as("the token's cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		String token = Pages.html(form).select("meta[name=_csrf]").attr("content");
		String header = Pages.html(form).select("meta[name=_csrf_header]").attr("content");
		assertThat(token).isNotBlank();
		assertThat(header).isNotBlank();

		mvc.perform(post("/admin/orgs/new?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8")).with(as("sysadmin"))
			.cookie(cookie)
			.param("name", "")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/orgs/new").with(as("sysadmin")).cookie(cookie).param("_csrf", token).param("name", ""))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/admin/orgs/new").with(as("sysadmin")).cookie(cookie).header(header, token)
			.param("name", "")).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void theActuatorsInformationNamesItsCharset() throws Exception {
		MvcResult info = mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andReturn();
		assertThat(info.getResponse().getContentType()).as(info.getResponse().getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(info.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("法治政府建设工作平台");
	}
}
