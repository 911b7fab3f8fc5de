package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class DataScopeIT extends IntegrationTest {

	@Autowired
	DataScopes scopes;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationService orgs;

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private DataScope scopeOf(String username) {
		return scopes.of((CurrentUser) users.loadUserByUsername(username));
	}

	@Test
	void divisionStaffSeesHisDivisionOnly() {
		DataScope scope = scopeOf("staff");
		assertThat(scope.all()).isFalse();
		assertThat(scope.orgIds()).containsExactly(org(DemoOrgCodes.TRANSFER));
	}

	@Test
	void legalReviewerSeesTheWholeDepartmentButNotOtherDepartments() {
		DataScope scope = scopeOf("reviewer");
		assertThat(scope.orgIds()).contains(org(DemoOrgCodes.DEPARTMENT), org(DemoOrgCodes.LEGAL),
				org(DemoOrgCodes.TRANSFER), org(DemoOrgCodes.PERSONNEL));
		assertThat(scope.orgIds()).doesNotContain(org(DemoOrgCodes.JUSTICE), org(DemoOrgCodes.REGION));
	}

	@Test
	void leaderSeesTheWholeDepartment() {
		assertThat(scopeOf("leader").orgIds()).contains(org(DemoOrgCodes.LEGAL), org(DemoOrgCodes.HIGHTECH));
	}

	@Test
	void filingReviewerSeesHisOwnAuthority() {
		DataScope scope = scopeOf("filing");
		assertThat(scope.orgIds()).contains(org(DemoOrgCodes.JUSTICE)).doesNotContain(org(DemoOrgCodes.DEPARTMENT));
	}

	@Test
	void administratorsSeeEverything() {
		assertThat(scopeOf("sysadmin").all()).isTrue();
	}
}
