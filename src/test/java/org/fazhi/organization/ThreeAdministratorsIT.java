package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** 三员分立 as the administrators meet it, and sessions that end when an account changes. */
class ThreeAdministratorsIT extends IntegrationTest {

	@Autowired
	UserService users;

	@Autowired
	RoleService roles;

	@Autowired
	OrganizationService orgs;

	@Test
	void anAdministratorRoleIsHeldAlone() throws Exception {
		UUID officer = id("officer");
		MvcResult refused = mvc
			.perform(post("/admin/users/{id}/roles", officer).with(as("secadmin"))
				.with(csrf())
				.param("roles", Roles.OFFICER, Roles.AUDIT_ADMIN))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(refused)).contains("担任管理员角色，不能再持有其他角色");
		assertThat(users.get(officer).roleCodes()).containsExactly(Roles.OFFICER);
	}

	@Test
	void aRoleDoesNotMixAdministrationWithBusinessWork() throws Exception {
		MvcResult refused = mvc
			.perform(post("/admin/roles/new").with(as("secadmin"))
				.with(csrf())
				.param("code", "SYS_AND_CLOCKS")
				.param("name", "系统管理兼期限查看")
				.param("scope", "ALL")
				.param("permissions", "USER_MANAGE", "CLOCK_VIEW"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(refused)).contains("包含管理员权限，不能再包含业务权限");
		assertThat(roles.list()).noneMatch(r -> r.code().equals("SYS_AND_CLOCKS"));
	}

	@Test
	void theSecurityAdministratorDoesNotChangeHisOwnRoles() throws Exception {
		MvcResult refused = mvc
			.perform(post("/admin/users/{id}/roles", id("secadmin")).with(as("secadmin"))
				.with(csrf())
				.param("roles", Roles.SECURITY_ADMIN, Roles.STAFF))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(refused)).contains("不能修改自己账户的角色");
		assertThat(users.get(id("secadmin")).roleCodes()).containsExactly(Roles.SECURITY_ADMIN);
	}

	@Test
	void theLastAccountThatManagesRolesKeepsThatPermission() throws Exception {
		assertThat(activeHoldersOf("ROLE_MANAGE")).as("only the demo security administrator manages roles").isEqualTo(1);
		MvcResult disable = mvc
			.perform(post("/admin/users/{id}/disable", id("secadmin")).with(as("sysadmin")).with(csrf()))
			.andReturn();
		assertThat(((org.fazhi.platform.web.Flash) disable.getFlashMap().get(org.fazhi.platform.web.Flash.ATTRIBUTE))
			.text()).contains("最后一个可以分配角色的在用账户");
		assertThat(users.get(id("secadmin")).status()).isEqualTo(UserStatus.ACTIVE);

		MvcResult edit = mvc
			.perform(post("/admin/roles/{code}/edit", Roles.SECURITY_ADMIN).with(as("secadmin"))
				.with(csrf())
				.param("code", Roles.SECURITY_ADMIN)
				.param("name", "安全管理员")
				.param("scope", "ALL")
				.param("permissions", "CALENDAR_MANAGE"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(edit)).contains("将没有在用账户能够分配角色");
		assertThat(roles.permissionsOf(Roles.SECURITY_ADMIN)).containsExactly(OrganizationPermission.ROLE_MANAGE);
	}

	@Test
	void theSystemAdministratorResetsBusinessPasswordsOnlyAndTheSecurityAdministratorAdministratorsButNotHisOwn()
			throws Exception {
		for (String administrator : new String[] { "secadmin", "auditor" }) {
			mvc.perform(get("/admin/users/{id}/password", id(administrator)).with(as("sysadmin")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/{id}/password", id(administrator)).with(as("sysadmin"))
				.with(csrf())
				.param("password", "Taken#Over2026")).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/users/{id}/password", id("secadmin")).with(as("secadmin"))
			.with(csrf())
			.param("password", "Mine#Again2026")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{id}/password", id("staff")).with(as("secadmin"))
			.with(csrf())
			.param("password", "Taken#Over2026")).andExpect(status().isForbidden());
		assertThat(users.findByUsername("secadmin").orElseThrow().mustChangePassword()).isFalse();

		UUID sysadmin = newAccount(username("sys"), Roles.SYSTEM_ADMIN);
		mvc.perform(post("/admin/users/{id}/password", sysadmin).with(as("secadmin"))
			.with(csrf())
			.param("password", "Reset#By2026Sec")).andExpect(redirectedUrl("/admin/users"));
		assertThat(users.get(sysadmin).mustChangePassword()).isTrue();
	}

	@Test
	void noAdministratorDownloadsABusinessAttachment() throws Exception {
		UUID attachment = jdbc.sql("select id from attachment_file order by id").query(UUID.class).list()
			.stream().findFirst().orElseThrow(() -> new AssertionError("the demo data holds attachments"));
		for (String administrator : new String[] { "sysadmin", "secadmin", "auditor" }) {
			MvcResult refused = mvc.perform(get("/attachments/{id}", attachment).with(as(administrator)))
				.andExpect(status().isForbidden())
				.andReturn();
			assertThat(Pages.text(refused)).contains("管理员账户不能下载业务附件");
		}
	}

	@Test
	void disablingAnAccountEndsItsLiveSessionAtOnce() throws Exception {
		String username = username("disabled");
		UUID id = newAccount(username, Roles.STAFF);
		Cookie session = signIn(username);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{id}/disable", id).with(as("sysadmin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(liveSessions(username)).isZero();
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingAnAccountsRolesOrResettingItsPasswordEndsItsLiveSession() throws Exception {
		String username = username("changed");
		UUID id = newAccount(username, Roles.STAFF);
		Cookie first = signIn(username);
		mvc.perform(post("/admin/users/{id}/roles", id).with(as("secadmin")).with(csrf()).param("roles", Roles.OFFICER))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/login"));

		Cookie second = signIn(username);
		mvc.perform(post("/admin/users/{id}/password", id).with(as("sysadmin"))
			.with(csrf())
			.param("password", "Reset#By2026Sys")).andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login"));
		assertThat(liveSessions(username)).isZero();
	}

	@Test
	void changingARoleEndsTheSessionsOfItsHoldersAndARefusedChangeEndsNone() throws Exception {
		roles.create(new RoleService.RoleCommand("CLOCK_READER", "期限查看员", null,
				org.fazhi.platform.ScopeKind.SELF, Set.of("CLOCK_VIEW")));
		String username = username("holder");
		newAccount(username, "CLOCK_READER");
		Cookie session = signIn(username);

		mvc.perform(post("/admin/roles/{code}/edit", "CLOCK_READER").with(as("secadmin"))
			.with(csrf())
			.param("code", "CLOCK_READER")
			.param("name", "期限查看员")
			.param("scope", "SELF")
			.param("permissions", "CLOCK_VIEW", "USER_MANAGE")).andExpect(status().isUnprocessableEntity());
		assertThat(liveSessions(username)).isOne();

		mvc.perform(post("/admin/roles/{code}/edit", "CLOCK_READER").with(as("secadmin"))
			.with(csrf())
			.param("code", "CLOCK_READER")
			.param("name", "期限查看员")
			.param("scope", "DIVISION")
			.param("permissions", "CLOCK_VIEW")).andExpect(redirectedUrl("/admin/roles"));
		assertThat(liveSessions(username)).isZero();
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	private Cookie signIn(String username) throws Exception {
		MvcResult login = mvc.perform(formLogin("/login").user(username).password("Fazhi@2019"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie cookie = login.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		assertThat(liveSessions(username)).isOne();
		return cookie;
	}

	private long liveSessions(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long activeHoldersOf(String permission) {
		return jdbc.sql("""
				select count(distinct u.id) from organization_user u
				join organization_user_role ur on ur.user_id = u.id
				join organization_role_permission rp on rp.role_code = ur.role_code
				where rp.permission = :p and u.status = 'ACTIVE'""").param("p", permission).query(Long.class).single();
	}

	private UUID id(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	private static String username(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 6);
	}

	private UUID newAccount(String username, String role) {
		UUID org = orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
		return TestAccounts.account(users, username, "测试" + username, org, role);
	}
}
