package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fazhi.organization.UserService.CreateUser;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class SignInIT extends IntegrationTest {

	@Autowired
	UserService users;

	@Autowired
	OrganizationService orgs;

	@Test
	void demoAccountSignsInLandsOnTheDashboardAndTheSignInIsAudited() throws Exception {
		long before = countAudit("LOGIN_SUCCEEDED", "reviewer");
		MvcResult login = mvc.perform(formLogin("/login").user("reviewer").password("Fazhi@2019"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MvcResult dashboard = mvc.perform(get("/").cookie(session(login))).andExpect(status().isOk()).andReturn();
		assertThat(Pages.text(dashboard)).contains("李华，您好", "工作台");
		assertThat(countAudit("LOGIN_SUCCEEDED", "reviewer")).isEqualTo(before + 1);
	}

	@Test
	void wrongPasswordIsToldInChineseAndAudited() throws Exception {
		String username = newAccount("wrongpw");
		MvcResult failed = mvc.perform(formLogin("/login").user(username).password("Wrong@pass1"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		MvcResult page = mvc.perform(get("/login?error").cookie(session(failed))).andReturn();
		assertThat(Pages.text(page)).contains("用户名或密码错误", "连续 5 次错误，账户将锁定 15 分钟");
		assertThat(countAudit("LOGIN_FAILED", username)).isEqualTo(1);
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() throws Exception {
		String username = newAccount("locked");
		MvcResult last = null;
		for (int i = 0; i < 5; i++) {
			last = mvc.perform(formLogin("/login").user(username).password("Wrong@pass" + i)).andReturn();
		}
		String lockMessage = Pages.text(mvc.perform(get("/login?error").cookie(session(last))).andReturn());
		assertThat(lockMessage).contains("连续 5 次密码错误，账户已锁定至 2026-06-15 09:15");
		assertThat(countAudit("ACCOUNT_LOCKED", username)).isEqualTo(1);

		MvcResult refused = mvc.perform(formLogin("/login").user(username).password("Initial@2026"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(Pages.text(mvc.perform(get("/login?error").cookie(session(refused))).andReturn()))
			.contains("该账户已被锁定，请于 2026-06-15 09:15 后再试");

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(formLogin("/login").user(username).password("Initial@2026")).andExpect(redirectedUrl("/"));
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		String username = newAccount("gone");
		UUID id = users.findByUsername(username).orElseThrow().id();
		users.disable(id, null);
		MvcResult refused = mvc.perform(formLogin("/login").user(username).password("Initial@2026")).andReturn();
		assertThat(Pages.text(mvc.perform(get("/login?error").cookie(session(refused))).andReturn()))
			.contains("该账户已停用");
	}

	@Test
	void accountCreatedByAnAdministratorMustChangeItsPasswordBeforeAnythingElse() throws Exception {
		String username = newAccount("newcomer");
		Cookie session = session(
				mvc.perform(formLogin("/login").user(username).password("Initial@2026")).andReturn());

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		MvcResult api = mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isForbidden()).andReturn();
		assertThat(Pages.body(api)).contains("请先修改初始密码");

		MvcResult mismatch = mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "Initial@2026")
				.param("newPassword", "Changed#2026")
				.param("confirmPassword", "Changed#2027"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Pages.text(mismatch)).contains("两次输入的新密码不一致");

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", "Initial@2026")
			.param("newPassword", "Changed#2026")
			.param("confirmPassword", "Changed#2026")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void demoAccountsNeedNotChangeTheirPassword() throws Exception {
		Cookie session = session(
				mvc.perform(formLogin("/login").user("staff").password("Fazhi@2019")).andReturn());
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/orgs/new").with(as("sysadmin")).param("name", "x")).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	private String newAccount(String prefix) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 6);
		UUID org = orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
		UUID id = users.create(new CreateUser(username, "测试" + prefix, org, null, null, "Initial@2026"));
		users.assignRoles(id, Set.of(Roles.STAFF));
		return username;
	}

	private long countAudit(String action, String username) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and summary like :u")
			.param("a", action)
			.param("u", "%" + username + "%")
			.query(Long.class)
			.single();
	}

	private static Cookie session(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}
}
