package org.fazhi.decision;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fazhi.dashboard.Task;
import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.platform.CorePermission;
import org.fazhi.platform.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For a leader: the compiled 决策事项目录 of his scope awaiting the decision body's approval. One query. */
@Component
class DecisionTasks implements TaskProvider {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	DecisionTasks(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(TaskQuery query) {
		if (!query.can(CorePermission.LEADER_APPROVE)) {
			return List.of();
		}
		DataScope.SqlCondition scope = query.scope().where("c.org_id", null);
		return jdbc.sql("""
				select c.id, c.year_num, count(*) as items from decision_catalog c
				join decision_catalog_item i on i.catalog_id = c.id and i.withdrawn = false
				where c.status = 'DRAFT' and\s""" + scope.sql() + " group by c.id, c.year_num order by c.year_num")
			.params(scope.params())
			.query((rs, n) -> new Task("task.decision.catalog-approve",
					messages.getMessage("decision.catalog.task-title", new Object[] { String.valueOf(rs.getInt("year_num")),
							rs.getLong("items") }, Locale.SIMPLIFIED_CHINESE),
					"/decisions/catalogs/" + rs.getObject("id", UUID.class), null, null))
			.list();
	}
}
