package org.fazhi.attachment;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization whose files are kept is never deleted. */
@Component
class AttachmentOrgProbe extends OrgTablesProbe {

	AttachmentOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.attachment_file", "attachment_file");
	}
}
