package org.fazhi.normative;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization that drafted, filed or cleaned up normative documents is never deleted. */
@Component
class NormativeOrgProbe extends OrgTablesProbe {

	NormativeOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.normative_document", "normative_document", "normative_filing", "normative_cleanup",
				"normative_cleanup_item");
	}
}
