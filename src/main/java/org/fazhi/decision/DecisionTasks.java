package org.fazhi.decision;

import java.util.List;

import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.dashboard.TaskSource;
import org.fazhi.platform.CorePermission;
import org.fazhi.platform.DataScope;
import org.springframework.stereotype.Component;

/** For a leader: the compiled 决策事项目录 of his scope awaiting the decision body's approval. */
@Component
class DecisionTasks implements TaskProvider {

	@Override
	public List<TaskSource> sources(TaskQuery query) {
		if (!query.can(CorePermission.LEADER_APPROVE)) {
			return List.of();
		}
		DataScope.SqlCondition scope = query.scope().where("c.org_id", null);
		return List.of(new TaskSource("""
				select 'task.decision.catalog-approve' as kind, cast(c.year_num as varchar(4)) as title,
				  count(*) as amount, concat('/decisions/catalogs/', c.id) as link, cast(null as uuid) as clock_id,
				  cast(null as date) as since
				from decision_catalog c join decision_catalog_item i on i.catalog_id = c.id and i.withdrawn = false
				where c.status = 'DRAFT' and\s""" + scope.sql() + " group by c.id, c.year_num", scope.params()));
	}
}
