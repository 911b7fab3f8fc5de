package org.fazhi.organization;

import java.util.Set;
import java.util.UUID;

import org.fazhi.organization.OrganizationService.CreateOrg;

/** Organizations and accounts a test makes for itself, away from the demonstration data other tests read. */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** A unit (厅) with one division under the region, as a test's own corner of the data. */
	public static UUID[] unitWithDivision(OrganizationService orgs, String code, String name) {
		UUID region = orgs.findByCode(DemoOrgCodes.REGION).orElseThrow().id();
		UUID unit = orgs.create(new CreateOrg(region, code, name, null, OrgKind.DEPARTMENT, 90));
		UUID division = orgs.create(new CreateOrg(unit, code + "-d", name + "业务处", null, OrgKind.DIVISION, 1));
		return new UUID[] { unit, division };
	}

	/** An account with the roles, signed in without the first-sign-in password change (as the demo accounts). */
	public static UUID account(UserService users, String username, String name, UUID orgId, String... roles) {
		return users.createDemo(new UserService.CreateUser(username, name, orgId, null, null, "Fazhi@2019"),
				Set.of(roles));
	}

	public static final String STAFF = Roles.STAFF;

	public static final String LEGAL_REVIEWER = Roles.LEGAL_REVIEWER;
}
