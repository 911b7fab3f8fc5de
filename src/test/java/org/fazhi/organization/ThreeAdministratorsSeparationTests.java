package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fazhi.platform.Permission;
import org.fazhi.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class ThreeAdministratorsSeparationTests {

	@Test
	void roleCombiningSystemAndAuditAdministrationIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkRole("超级管理员",
				List.of(Permission.USER_MANAGE, Permission.AUDIT_READ)))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("role.three-admins.mixed");
	}

	@Test
	void accountHoldingSecurityAndAuditAdministrationIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkAccount("admin",
				List.of(Permission.ROLE_MANAGE, Permission.AUDIT_READ)))
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("user.three-admins.combined");
	}

	@Test
	void oneAdministratorKindWithBusinessPermissionsIsAllowed() {
		assertThatCode(() -> ThreeAdministratorsSeparation.checkAccount("admin", List.of(Permission.ORG_MANAGE,
				Permission.USER_MANAGE, Permission.CALENDAR_MANAGE, Permission.CLOCK_VIEW)))
			.doesNotThrowAnyException();
	}
}
