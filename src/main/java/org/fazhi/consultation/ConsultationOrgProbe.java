package org.fazhi.consultation;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization that held consultations is never deleted. */
@Component
class ConsultationOrgProbe extends OrgTablesProbe {

	ConsultationOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.consultation", "consultation", "consultation_channel");
	}
}
