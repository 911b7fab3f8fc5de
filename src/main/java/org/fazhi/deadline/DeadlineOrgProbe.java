package org.fazhi.deadline;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization whose time limits run or ran is never deleted. */
@Component
class DeadlineOrgProbe extends OrgTablesProbe {

	DeadlineOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.deadline_clock", "deadline_clock");
	}
}
