package org.fazhi.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The probe of a module's tables: the rows of each whose {@code org_id} is the organization's. */
public abstract class OrgTablesProbe implements OrgDataProbe {

	private final JdbcClient jdbc;

	private final String labelKey;

	private final List<String> tables;

	/** @param tables the module's tables with an {@code org_id} column (names from code, never from input) */
	protected OrgTablesProbe(JdbcClient jdbc, String labelKey, String... tables) {
		this.jdbc = jdbc;
		this.labelKey = labelKey;
		this.tables = List.of(tables);
	}

	@Override
	public String labelKey() {
		return labelKey;
	}

	@Override
	public long countFor(UUID orgId) {
		long total = 0;
		for (String table : tables) {
			total += jdbc.sql("select count(*) from " + table + " where org_id = :o")
				.param("o", orgId)
				.query(Long.class)
				.single();
		}
		return total;
	}

	@Override
	public Set<String> tables() {
		return new LinkedHashSet<>(tables);
	}
}
