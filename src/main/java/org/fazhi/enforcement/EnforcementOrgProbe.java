package org.fazhi.enforcement;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization with enforcement bodies, officers, cases or publications is never deleted. */
@Component
class EnforcementOrgProbe extends OrgTablesProbe {

	EnforcementOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.enforcement_case", "enforcement_body", "enforcement_power", "enforcement_officer",
				"enforcement_case", "enforcement_publication", "enforcement_plan", "enforcement_legal_qualification");
	}
}
