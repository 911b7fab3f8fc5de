package org.fazhi.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.DataGenerator;
import org.fazhi.platform.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generated region's organizations: each unit a 工作部门 under the regional government, with its divisions, in
 * one batch, each creation audited in its own chain as {@link OrganizationService#create} would.
 */
@Component
class OrganizationGenerator implements DataGenerator {

	private final JdbcTemplate jdbc;

	private final OrganizationService orgs;

	private final AuditLog audit;

	private final Clock clock;

	OrganizationGenerator(JdbcTemplate jdbc, OrganizationService orgs, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "organization";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public long generate(Generation run, Generation.Unit unit) {
		OrgView region = orgs.findByCode(DemoOrgCodes.REGION)
			.orElseThrow(() -> new IllegalStateException("生成数据需要先载入演示数据中的自治区政府（" + DemoOrgCodes.REGION + "）"));
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { unit.id(), region.id(), unit.code(), unit.name(), null, OrgKind.DEPARTMENT.name(),
				1000 + unit.index(), true, now });
		List<AuditRecord> records = new ArrayList<>();
		records.add(created(unit.id(), unit.name(), OrgKind.DEPARTMENT));
		int order = 10;
		for (Generation.Division d : unit.divisions()) {
			rows.add(new Object[] { d.id(), unit.id(), d.code(), d.name(), null, OrgKind.DIVISION.name(), order, true,
					now });
			records.add(created(d.id(), d.name(), OrgKind.DIVISION));
			order += 10;
		}
		jdbc.batchUpdate("insert into organization_org (id, parent_id, code, name, short_name, kind, sort_order, active, "
				+ "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
		audit.appendAll(records);
		return rows.size() + records.size();
	}

	private static AuditRecord created(java.util.UUID id, String name, OrgKind kind) {
		return AuditRecord.of(id, "ORG_CREATED", "organization", id).summary(name + "（" + kind.name() + "）")
			.by(AuditActor.SYSTEM);
	}
}
