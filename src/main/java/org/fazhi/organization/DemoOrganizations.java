package org.fazhi.organization;

import java.util.Set;
import java.util.UUID;

import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.organization.UserService.CreateUser;
import org.fazhi.platform.DemoDataLoader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organizations of the 2019 scenario (docs/demo-2019.md) and one demonstration account per role. The accounts
 * and their password are listed in the README; they need not change it at first sign-in.
 */
@Component
@Order(10)
class DemoOrganizations implements DemoDataLoader {

	/** The one password of every demonstration account. */
	static final String PASSWORD = "Fazhi@2019";

	private final OrganizationService orgs;

	private final UserService users;

	DemoOrganizations(OrganizationService orgs, UserService users) {
		this.orgs = orgs;
		this.users = users;
	}

	@Override
	public void load() {
		if (orgs.findByCode(DemoOrgCodes.DEPARTMENT).isPresent()) {
			return;
		}
		UUID region = orgs.create(new CreateOrg(null, DemoOrgCodes.REGION, "内蒙古自治区人民政府", "自治区政府",
				OrgKind.GOVERNMENT, 0));
		UUID justice = orgs.create(new CreateOrg(region, DemoOrgCodes.JUSTICE, "内蒙古自治区司法厅", "司法厅",
				OrgKind.DEPARTMENT, 10));
		UUID filingDivision = orgs.create(new CreateOrg(justice, "sft-gfxwj", "规范性文件备案审查处", "备案审查处",
				OrgKind.DIVISION, 10));
		UUID dept = orgs.create(new CreateOrg(region, DemoOrgCodes.DEPARTMENT, "内蒙古自治区科学技术厅", "科技厅",
				OrgKind.DEPARTMENT, 20));
		UUID office = orgs.create(new CreateOrg(dept, DemoOrgCodes.OFFICE, "办公室", null, OrgKind.DIVISION, 10));
		UUID legal = orgs.create(new CreateOrg(dept, DemoOrgCodes.LEGAL, "政策法规处", null, OrgKind.DIVISION, 20));
		UUID transfer = orgs.create(new CreateOrg(dept, DemoOrgCodes.TRANSFER, "成果转化与区域创新处", null,
				OrgKind.DIVISION, 30));
		UUID hightech = orgs.create(new CreateOrg(dept, DemoOrgCodes.HIGHTECH, "高新技术发展及产业化处", null,
				OrgKind.DIVISION, 40));
		UUID personnel = orgs.create(new CreateOrg(dept, DemoOrgCodes.PERSONNEL, "人事处", null, OrgKind.DIVISION, 50));

		account("reviewer", "李华", legal, Roles.LEGAL_REVIEWER);
		account("reviewer2", "赵静", legal, Roles.LEGAL_REVIEWER);
		account("office", "孙丽", office, Roles.STAFF);
		account("staff", "王明", transfer, Roles.STAFF);
		account("staff2", "刘芳", personnel, Roles.STAFF);
		account("leader", "张伟", dept, Roles.LEADER);
		account("officer", "陈强", hightech, Roles.OFFICER);
		account("filing", "周敏", filingDivision, Roles.FILING_REVIEWER);
		account("sysadmin", "赵系统", office, Roles.SYSTEM_ADMIN);
		account("secadmin", "钱安全", office, Roles.SECURITY_ADMIN);
		account("auditor", "孙审计", office, Roles.AUDIT_ADMIN);
	}

	private void account(String username, String name, UUID org, String role) {
		users.createDemo(new CreateUser(username, name, org, username + "@kjt.example.gov.cn", null, PASSWORD),
				Set.of(role));
	}
}
