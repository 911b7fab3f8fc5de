package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fazhi.audit.AuditPermission;
import org.fazhi.calendar.CalendarPermission;
import org.fazhi.deadline.DeadlinePermission;
import org.fazhi.platform.RuleViolation;
import org.junit.jupiter.api.Test;

class ThreeAdministratorsSeparationTests {

	@Test
	void roleCombiningSystemAndAuditAdministrationIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkRole("超级管理员",
				List.of(OrganizationPermission.USER_MANAGE, AuditPermission.AUDIT_READ)))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("role.three-admins.mixed");
	}

	@Test
	void accountHoldingSecurityAndAuditAdministrationIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkAccount("admin",
				List.of(OrganizationPermission.ROLE_MANAGE, AuditPermission.AUDIT_READ)))
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("user.three-admins.combined");
	}

	@Test
	void oneAdministratorKindWithBusinessPermissionsIsAllowed() {
		assertThatCode(() -> ThreeAdministratorsSeparation.checkAccount("admin", List.of(OrganizationPermission.ORG_MANAGE,
				OrganizationPermission.USER_MANAGE, CalendarPermission.CALENDAR_MANAGE, DeadlinePermission.CLOCK_VIEW)))
			.doesNotThrowAnyException();
	}
}
