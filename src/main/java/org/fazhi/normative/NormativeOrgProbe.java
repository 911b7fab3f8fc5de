package org.fazhi.normative;

import java.util.UUID;

import org.fazhi.platform.OrgDataProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization that drafted normative documents is never deleted. */
@Component
class NormativeOrgProbe implements OrgDataProbe {

	private final JdbcClient jdbc;

	NormativeOrgProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String labelKey() {
		return "entity.normative_document";
	}

	@Override
	public long countFor(UUID orgId) {
		return jdbc.sql("select count(*) from normative_document where org_id = :o or unit_id = :o")
			.param("o", orgId)
			.query(Long.class)
			.single();
	}
}
