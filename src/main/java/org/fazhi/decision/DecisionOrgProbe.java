package org.fazhi.decision;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization that leads decisions or keeps a decision catalog is never deleted. */
@Component
class DecisionOrgProbe extends OrgTablesProbe {

	DecisionOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.decision", "decision", "decision_catalog");
	}
}
