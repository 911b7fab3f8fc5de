package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class UserAdminIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	private String org() {
		return orgs.findByCode(DemoOrgCodes.HIGHTECH).orElseThrow().id().toString();
	}

	@Test
	void newAccountMustChangeItsPasswordAtFirstSignIn() throws Exception {
		String username = "u" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users/new").with(as("sysadmin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "新同事")
			.param("orgId", org())
			.param("password", "Welcome#2026")).andExpect(redirectedUrl("/admin/users"));
		assertThat(users.findByUsername(username).orElseThrow().mustChangePassword()).isTrue();
	}

	@Test
	void weakPasswordIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/users/new").with(as("sysadmin"))
				.with(csrf())
				.param("username", "weakling")
				.param("displayName", "弱口令")
				.param("orgId", org())
				.param("password", "abcdefgh"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("密码须包含大写字母、小写字母、数字、符号中的至少 3 类");
		assertThat(users.findByUsername("weakling")).isEmpty();
	}

	@Test
	void duplicateUserNameIsRefused() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/users/new").with(as("sysadmin"))
				.with(csrf())
				.param("username", "reviewer")
				.param("displayName", "重名")
				.param("orgId", org())
				.param("password", "Welcome#2026"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("用户名「reviewer」已被使用");
	}

	@Test
	void accountWithoutOrganizationIsRefused() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/users/new").with(as("sysadmin"))
				.with(csrf())
				.param("username", "noorg")
				.param("displayName", "无组织")
				.param("orgId", "")
				.param("password", "Welcome#2026"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("请选择所属组织");
		assertThat(users.findByUsername("noorg")).isEmpty();
	}

	@Test
	void securityAdministratorCannotGiveOneAccountTwoAdministratorRoles() throws Exception {
		UUID officer = users.findByUsername("officer").orElseThrow().id();
		MvcResult result = mvc
			.perform(post("/admin/users/{id}/roles", officer).with(as("secadmin"))
				.with(csrf())
				.param("roles", Roles.SYSTEM_ADMIN, Roles.AUDIT_ADMIN))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("三员分立", "不能同时担任系统管理员、安全管理员、审计管理员中的两个角色");
		assertThat(users.get(officer).roleCodes()).containsExactly(Roles.OFFICER);
	}

	@Test
	void onlyTheSecurityAdministratorAssignsRoles() throws Exception {
		UUID officer = users.findByUsername("officer").orElseThrow().id();
		mvc.perform(post("/admin/users/{id}/roles", officer).with(as("sysadmin")).with(csrf()).param("roles", "LEADER"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(as("auditor"))).andExpect(status().isForbidden());
	}

	@Test
	void userListForHtmxIsThePartialWithoutPageChrome() throws Exception {
		MvcResult result = mvc.perform(get("/admin/users").param("keyword", "李华")
			.header("HX-Request", "true")
			.with(as("sysadmin"))).andExpect(status().isOk()).andReturn();
		Document html = Pages.html(result);
		assertThat(html.select("header, nav.fz-sidebar, footer")).isEmpty();
		assertThat(html.select("table tbody tr")).hasSize(1);
		assertThat(html.text()).contains("李华", "政策法规处", "法规处审查员");
	}

	@Test
	void userListIsFilteredByOrganizationIncludingItsDivisions() throws Exception {
		String justice = orgs.findByCode(DemoOrgCodes.JUSTICE).orElseThrow().id().toString();
		MvcResult result = mvc.perform(get("/admin/users").param("orgId", justice).with(as("sysadmin")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Pages.html(result).select("#user-table tbody tr").text()).contains("周敏").doesNotContain("李华");
	}
}
