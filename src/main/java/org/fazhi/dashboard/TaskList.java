package org.fazhi.dashboard;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's tasks of a user as one: the modules' selects ({@link TaskProvider}) joined with {@code union all}
 * and with their clocks, counted per kind in one statement and read a page at a time in another — overdue first,
 * then due soon, then by due date and by age. What the database does not return never reaches the memory.
 */
@Service
@Transactional(readOnly = true)
public class TaskList {

	/** How many tasks of each kind (the most urgent kinds first), how many in all, how many overdue. */
	public record Summary(Map<String, Long> counts, long total, long overdue) {

		static final Summary NONE = new Summary(Map.of(), 0, 0);

		public long of(String kind) {
			return kind == null ? total : counts.getOrDefault(kind, 0L);
		}
	}

	/**
	 * The tasks with their urgency (0 overdue, 1 due soon, 2 with a due date, 3 without a clock or due date) and their
	 * clocks' due date, each looked up by its key: a join would let the planner hash
	 * every clock of the installation for a few thousand tasks.
	 */
	private record Union(String sql, Map<String, Object> params) {

		String withClocks() {
			return "(select u.*, coalesce((select case when k.status = 'OVERDUE' then 0 when k.status = 'DUE_SOON' "
					+ "then 1 when k.due_date is not null then 2 end from deadline_clock k where k.id = u.clock_id), 3) "
					+ "as urgency, (select k.due_date from deadline_clock k where k.id = u.clock_id) as clock_due from ("
					+ sql + ") u) t";
		}
	}

	private final List<TaskProvider> providers;

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final MessageSource messages;

	TaskList(List<TaskProvider> providers, JdbcClient jdbc, Clocks clocks, MessageSource messages) {
		this.providers = providers;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.messages = messages;
	}

	public Summary summary(TaskQuery query) {
		Union union = union(query);
		if (union == null) {
			return Summary.NONE;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		long[] overdue = { 0 };
		jdbc.sql("select t.kind, count(*), sum(case when t.urgency = 0 then 1 else 0 end), min(t.urgency) from "
				+ union.withClocks() + " group by t.kind order by 4, 1")
			.params(union.params())
			.query((rs, n) -> {
				counts.put(rs.getString(1), rs.getLong(2));
				overdue[0] += rs.getLong(3);
				return null;
			})
			.list();
		return new Summary(counts, counts.values().stream().mapToLong(Long::longValue).sum(), overdue[0]);
	}

	/** A page of the tasks (of one kind, or all when {@code kind} is null), its total from the summary. */
	public Page<TaskLine> page(TaskQuery query, Summary summary, String kind, Pageable pageable) {
		Union union = union(query);
		if (union == null || summary.of(kind) == 0) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		Map<String, Object> params = new HashMap<>(union.params());
		String where = "";
		if (kind != null) {
			where = " where t.kind = :task_kind";
			params.put("task_kind", kind);
		}
		long total = summary.of(kind);
		if (pageable.getOffset() >= total) {
			pageable = PageRequest.of((int) ((total - 1) / pageable.getPageSize()), pageable.getPageSize());
		}
		params.put("task_offset", pageable.getOffset());
		params.put("task_rows", pageable.getPageSize());
		List<Task> tasks = jdbc.sql("select t.kind, t.title, t.amount, t.link, t.clock_id, t.since from "
				+ union.withClocks() + where
				+ " order by t.urgency, t.clock_due, t.since, t.link, t.kind limit :task_rows offset :task_offset")
			.params(params)
			.query((rs, n) -> {
				String taskKind = rs.getString("kind");
				String title = rs.getString("title");
				long amount = rs.getLong("amount");
				if (!rs.wasNull()) {
					title = messages.getMessage(taskKind + ".title", new Object[] { title, amount },
							Locale.SIMPLIFIED_CHINESE);
				}
				Date since = rs.getDate("since");
				return new Task(taskKind, title, rs.getString("link"), rs.getObject("clock_id", UUID.class),
						since == null ? null : since.toLocalDate());
			})
			.list();
		Map<UUID, ClockView> byId = clocks.byIds(tasks.stream().map(Task::clockId).filter(Objects::nonNull).toList());
		List<TaskLine> lines = tasks.stream()
			.map(t -> new TaskLine(t, t.clockId() == null ? null : byId.get(t.clockId())))
			.toList();
		return new PageImpl<>(lines, pageable, total);
	}

	private Union union(TaskQuery query) {
		List<String> selects = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		for (TaskProvider provider : providers) {
			for (TaskSource source : provider.sources(query)) {
				selects.add(source.sql());
				source.params().forEach((name, value) -> {
					Object before = params.putIfAbsent(name, value);
					if (before != null && !before.equals(value)) {
						throw new IllegalStateException("两个待办来源以不同的值使用参数 :" + name);
					}
				});
			}
		}
		return selects.isEmpty() ? null : new Union(String.join("\nunion all\n", selects), params);
	}
}
