package org.fazhi.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.dashboard.TaskSource;
import org.fazhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * What enforcement waits for: the officers' cases at each step against the decision clock, the publications due and
 * the withdrawals due, and the certificates expiring or due for 审核注册 (the legal reviews of major decisions wait in
 * the review module's queue).
 */
@Component
class EnforcementTasks implements TaskProvider {

	private static final String OPEN = "c.status not in ('DONE_ON_TIME', 'DONE_LATE', 'DONE')";

	@Override
	public List<TaskSource> sources(TaskQuery query) {
		List<TaskSource> sources = new ArrayList<>();
		boolean handle = query.can(EnforcementPermission.ENFORCEMENT_HANDLE);
		boolean manage = query.can(EnforcementPermission.ENFORCEMENT_MANAGE);
		if (!handle && !manage) {
			return sources;
		}
		DataScope.SqlCondition caseScope = query.scope().where("k.org_id", "k.created_by");
		Map<String, Object> params = new HashMap<>(caseScope.params());
		if (handle) {
			sources.add(new TaskSource("select concat('task.enforcement.case.', k.status) as kind, "
					+ "concat(k.case_number, ' ', k.title) as title, cast(null as bigint) as amount, "
					+ "concat('/enforcement/cases/', k.id) as link, k.decide_clock_id as clock_id, k.registered_on as since "
					+ "from enforcement_case k where k.status in ('REGISTERED', 'INVESTIGATING', 'EXAMINING') and "
					+ caseScope.sql(), params));
			sources.add(new TaskSource("select 'task.enforcement.serve' as kind, concat(k.case_number, ' ', k.title) as title, "
					+ "cast(null as bigint) as amount, concat('/enforcement/cases/', k.id) as link, "
					+ "(select c.id from deadline_clock c where c.subject_type = 'enforcement_case' and "
					+ "c.subject_id = cast(k.id as varchar(36)) and c.rule_code = 'EN_SERVICE' and " + OPEN
					+ " order by c.created_at limit 1) as clock_id, k.decided_on as since "
					+ "from enforcement_case k where k.status = 'DECIDED' and " + caseScope.sql(), params));
		}
		DataScope.SqlCondition pubScope = query.scope().where("p.org_id", null);
		Map<String, Object> pubParams = new HashMap<>(pubScope.params());
		sources.add(new TaskSource("select 'task.enforcement.publish' as kind, concat(k.case_number, ' ', p.matter) as title, "
				+ "cast(null as bigint) as amount, concat('/enforcement/publications/', p.id) as link, p.due_clock_id as clock_id, "
				+ "p.decided_on as since from enforcement_publication p join enforcement_case k on k.id = p.case_id "
				+ "where p.published_on is null and p.withdrawn_on is null and " + pubScope.sql(), pubParams));
		sources.add(new TaskSource("select 'task.enforcement.withdraw' as kind, concat(k.case_number, ' ', p.matter) as title, "
				+ "cast(null as bigint) as amount, concat('/enforcement/publications/', p.id) as link, p.withdraw_clock_id as clock_id, "
				+ "k.revoked_on as since from enforcement_publication p join enforcement_case k on k.id = p.case_id "
				+ "where p.withdraw_clock_id is not null and p.withdrawn_on is null and " + pubScope.sql(), pubParams));
		if (manage) {
			DataScope.SqlCondition officerScope = query.scope().where("o.org_id", "o.user_id");
			sources.add(new TaskSource("select 'task.enforcement.certificate' as kind, concat(o.name, ' ', o.certificate_no) as title, "
					+ "cast(null as bigint) as amount, concat('/enforcement/officers/', o.id) as link, c.id as clock_id, "
					+ "c.start_date as since from enforcement_officer o join deadline_clock c on c.id in "
					+ "(o.expiry_clock_id, o.registration_clock_id) where o.status <> 'REVOKED' and c.status in "
					+ "('DUE_SOON', 'OVERDUE') and " + officerScope.sql(), new HashMap<>(officerScope.params())));
		}
		return sources;
	}
}
