package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

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
	void roleCombiningAdministrationWithBusinessWorkIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkRole("系统管理员兼办事员",
				List.of(OrganizationPermission.USER_MANAGE, DeadlinePermission.CLOCK_VIEW)))
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("role.three-admins.business");
	}

	@Test
	void roleOfOneAdministratorKindAloneIsAllowed() {
		assertThatCode(() -> ThreeAdministratorsSeparation.checkRole("系统管理员", List.of(
				OrganizationPermission.ORG_MANAGE, OrganizationPermission.USER_MANAGE, CalendarPermission.CALENDAR_MANAGE,
				DeadlinePermission.RULE_MANAGE)))
			.doesNotThrowAnyException();
	}

	@Test
	void accountHoldingSecurityAndAuditAdministrationIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkAccount("admin",
				List.of(Set.of(OrganizationPermission.ROLE_MANAGE), Set.of(AuditPermission.AUDIT_READ))))
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("user.three-admins.combined");
	}

	@Test
	void accountHoldingAnAdministratorRoleAndABusinessRoleIsRefused() {
		assertThatThrownBy(() -> ThreeAdministratorsSeparation.checkAccount("admin",
				List.of(Set.of(OrganizationPermission.USER_MANAGE), Set.of(DeadlinePermission.CLOCK_VIEW))))
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("user.three-admins.alone");
	}

	@Test
	void accountHoldingSeveralBusinessRolesIsAllowed() {
		assertThatCode(() -> ThreeAdministratorsSeparation.checkAccount("staff",
				List.of(Set.of(DeadlinePermission.CLOCK_VIEW), Set.of(DeadlinePermission.CLOCK_VIEW))))
			.doesNotThrowAnyException();
	}
}
