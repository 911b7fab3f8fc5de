package org.fazhi.consultation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fazhi.dashboard.Task;
import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Public comments still without a response, one task per consultation of the user's scope. One query. */
@Component
class ConsultationTasks implements TaskProvider {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsultationTasks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(TaskQuery query) {
		if (!query.can(ConsultationPermission.CONSULTATION_MANAGE)) {
			return List.of();
		}
		DataScope.SqlCondition scope = query.scope().where("c.org_id", "c.created_by");
		return jdbc.sql("""
				select c.id, c.title, c.closes_on, count(*) as waiting, min(m.received_at) as first_received from consultation c
				join consultation_comment m on m.consultation_id = c.id
				where c.status in ('OPEN', 'CLOSED') and m.response is null and m.hidden = false and\s""" + scope.sql()
				+ " group by c.id, c.title, c.closes_on order by c.closes_on")
			.params(scope.params())
			.query((rs, n) -> new Task("task.consultation.respond",
					rs.getString("title") + "（" + rs.getLong("waiting") + "）",
					"/consultations/" + rs.getObject("id", UUID.class), null,
					rs.getTimestamp("first_received").toInstant().atZone(clock.getZone()).toLocalDate()))
			.list();
	}
}
