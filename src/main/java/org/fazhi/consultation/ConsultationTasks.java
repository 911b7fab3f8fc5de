package org.fazhi.consultation;

import java.util.List;

import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.dashboard.TaskSource;
import org.fazhi.platform.DataScope;
import org.springframework.stereotype.Component;

/** Public comments still without a response, one task per consultation of the user's scope. */
@Component
class ConsultationTasks implements TaskProvider {

	@Override
	public List<TaskSource> sources(TaskQuery query) {
		if (!query.can(ConsultationPermission.CONSULTATION_MANAGE)) {
			return List.of();
		}
		DataScope.SqlCondition scope = query.scope().where("c.org_id", "c.created_by");
		return List.of(new TaskSource("""
				select 'task.consultation.respond' as kind, c.title, count(*) as amount,
				  concat('/consultations/', c.id) as link, cast(null as uuid) as clock_id, min(m.received_on) as since
				from consultation c join consultation_comment m on m.consultation_id = c.id
				where c.status in ('OPEN', 'CLOSED') and m.response is null and m.hidden = false and\s""" + scope.sql()
				+ " group by c.id, c.title", scope.params()));
	}
}
