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
			last = mvc.perform(login(username, "Wrong@pass" + i, "192.0.2.9"))
				.andReturn();
		}
		String lockMessage = Pages.text(mvc.perform(get("/login?error").cookie(session(last))).andReturn());
		assertThat(lockMessage).contains("连续 5 次密码错误，账户已锁定至 2026-06-15 09:15（北京时间）");
		assertThat(countAudit("ACCOUNT_LOCKED", username)).isEqualTo(1);

		MvcResult refused = mvc.perform(formLogin("/login").user(username).password("Initial@2026"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(Pages.text(mvc.perform(get("/login?error").cookie(session(refused))).andReturn()))
			.contains("该账户已被锁定，请于 2026-06-15 09:15（北京时间）后再试");

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(formLogin("/login").user(username).password("Initial@2026")).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongPasswordsSentAtOnceLockTheAccountAndTwentyLockItOnce() throws Exception {
		String five = newAccount("five");
		parallel(5, i -> mvc.perform(login(five, "Wrong@pass" + i, "192.0.2.5"))
			.andReturn());
		MvcResult refused = mvc.perform(formLogin("/login").user(five).password("Initial@2026")).andReturn();
		assertThat(Pages.text(mvc.perform(get("/login?error").cookie(session(refused))).andReturn()))
			.contains("该账户已被锁定");

		String twenty = newAccount("twenty");
		parallel(20, i -> mvc.perform(login(twenty, "Wrong@pass" + i, "192.0.2." + (20 + i))).andReturn());
		assertThat(countAudit("ACCOUNT_LOCKED", twenty)).isEqualTo(1);
		clock.advance(Duration.ofMinutes(16));
		mvc.perform(formLogin("/login").user(twenty).password("Initial@2026")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aNameNoAccountHasIsAnsweredExactlyAsAnAccountsName() throws Exception {
		String known = newAccount("known");
		String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 6; i++) {
			String forKnown = Pages.text(mvc.perform(get("/login?error")
				.cookie(session(mvc.perform(login(known, "Wrong@pass1", "192.0.2.77"))
					.andReturn())))
				.andReturn());
			String forUnknown = Pages.text(mvc.perform(get("/login?error")
				.cookie(session(mvc.perform(login(unknown, "Wrong@pass1", "192.0.2.78"))
					.andReturn())))
				.andReturn());
			assertThat(forUnknown).as("answer to attempt %d", i + 1).isEqualTo(forKnown);
		}
	}

	@Test
	void anAddressThatFailsTooOftenIsRefusedWhateverNameItTries() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(login("guess" + i + UUID.randomUUID().toString().substring(0, 4), "Wrong@pass1", "198.51.100.7"));
		}
		String username = newAccount("victim");
		MvcResult refused = mvc.perform(login(username, "Initial@2026", "198.51.100.7"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(Pages.text(mvc.perform(get("/login?error").cookie(session(refused))).andReturn()))
			.contains("本机所在地址登录失败次数过多", "2026-06-15 09:15（北京时间）");
		mvc.perform(login(username, "Initial@2026", "203.0.113.20"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aPasswordOlderThanThePolicyAllowsMustBeChangedFirst(@Autowired org.fazhi.platform.Permissions registry) {
		String username = "aged" + UUID.randomUUID().toString().substring(0, 6);
		TestAccounts.account(users, username, "测试aged", orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id(),
				Roles.STAFF);
		jdbc.sql("update organization_user set password_changed_at = :t where username = :u")
			.param("t", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(91))))
			.param("u", username)
			.update();
		AccountSecurityProperties ninetyDays = new AccountSecurityProperties(5, Duration.ofMinutes(15),
				Duration.ofMinutes(30), 20, Duration.ofDays(90), 0);
		assertThat(new AccountUserDetailsService(jdbc, registry, ninetyDays, clock).loadUserByUsername(username)
			.mustChangePassword()).isTrue();
		assertThat(new AccountUserDetailsService(jdbc, registry, ninetyDays, clock).loadUserByUsername("staff")
			.mustChangePassword()).isFalse();
		AccountSecurityProperties off = new AccountSecurityProperties(5, Duration.ofMinutes(15),
				Duration.ofMinutes(30), 20, Duration.ZERO, 0);
		assertThat(new AccountUserDetailsService(jdbc, registry, off, clock).loadUserByUsername(username)
			.mustChangePassword()).as("off by default").isFalse();
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
			.andExpect(status().isUnprocessableEntity())
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

	interface Attempt {
		void run(int i) throws Exception;
	}

	private static void parallel(int n, Attempt attempt) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			int k = i;
			done.add(pool.submit(() -> {
				start.await();
				attempt.run(k);
				return null;
			}));
		}
		start.countDown();
		for (var f : done) {
			f.get();
		}
		pool.shutdown();
	}

	/** The sign-in form sent from the given client address. */
	private static org.springframework.test.web.servlet.RequestBuilder login(String username, String password,
			String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
