package org.fazhi.organization;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class MeApiIT extends IntegrationTest {

	@Test
	void anonymousCallerGets401ProblemInChinese() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("未登录"))
			.andExpect(jsonPath("$.detail").value("未登录或会话已过期，请先登录。"));
	}

	@Test
	void signedInUserSeesHisNameOrganizationAndRoles() throws Exception {
		mvc.perform(get("/api/v1/me").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("reviewer"))
			.andExpect(jsonPath("$.displayName").value("李华"))
			.andExpect(jsonPath("$.org.name").value("政策法规处"))
			.andExpect(jsonPath("$.org.id").isNotEmpty())
			.andExpect(jsonPath("$.roles[0]").value("LEGAL_REVIEWER"));
	}

	@Test
	void unknownApiPathIs404Problem() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(as("reviewer")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("您访问的页面不存在。"));
	}

	@Test
	void apiDocumentationIsForSignedInUsersOnly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/v3/api-docs").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
	}

	@Test
	void actuatorExposesHealthAndInfoOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env").with(as("sysadmin"))).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans").with(as("sysadmin"))).andExpect(status().isNotFound());
	}
}
