package org.fazhi.dashboard;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
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
 * and with their clocks, counted per kind and read a page at a time in one statement — overdue first, then due soon,
 * then by due date and by age. What the database does not return never reaches the memory.
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
	 * clocks' due date, each looked up by its key once per task: a join would let the planner hash every clock of the
	 * installation for a few thousand tasks, and {@code offset 0 rows} keeps PostgreSQL from pulling the subquery up,
	 * which would repeat both lookups wherever the window functions refer to them.
	 */
	private record Union(String sql, Map<String, Object> params) {

		String withClocks() {
			return "(select u.*, coalesce((select case when k.status = 'OVERDUE' then 0 when k.status = 'DUE_SOON' "
					+ "then 1 when k.due_date is not null then 2 end from deadline_clock k where k.id = u.clock_id), 3) "
					+ "as urgency, (select k.due_date from deadline_clock k where k.id = u.clock_id) as clock_due from ("
					+ sql + ") u offset 0 rows) t";
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

	/** The summary of a user's tasks and one page of them. */
	public record Read(Summary summary, Page<TaskLine> page) {
	}

	private record Row(Task task, long rn, long kindRn, long kindCount, long kindOverdue, int kindUrgency) {
	}

	/**
	 * The user's tasks counted per kind and one page of them (of one kind, or all when {@code kind} is null), in one
	 * statement: window functions count each kind over every task, number the tasks in the 工作台's order, and the
	 * statement returns the page's rows and the first row of each kind, which carries its counts.
	 */
	public Read read(TaskQuery query, String kind, Pageable pageable) {
		Union union = union(query);
		if (union == null) {
			return new Read(Summary.NONE, new PageImpl<>(List.of(), pageable, 0));
		}
		List<Row> rows = rows(union, kind, pageable);
		Map<String, Row> firsts = new LinkedHashMap<>();
		rows.stream().filter(r -> r.kindRn() == 1)
			.sorted(Comparator.comparingInt(Row::kindUrgency).thenComparing(r -> r.task().kind()))
			.forEach(r -> firsts.put(r.task().kind(), r));
		Map<String, Long> counts = new LinkedHashMap<>();
		firsts.forEach((k, r) -> counts.put(k, r.kindCount()));
		Summary summary = new Summary(counts, counts.values().stream().mapToLong(Long::longValue).sum(),
				firsts.values().stream().mapToLong(Row::kindOverdue).sum());
		String chosen = kind != null && counts.containsKey(kind) ? kind : null;
		long total = summary.of(chosen);
		boolean again = kind != null && chosen == null;
		if (total > 0 && pageable.getOffset() >= total) {
			// a page past the end (an old bookmark) shows the last page
			pageable = PageRequest.of((int) ((total - 1) / pageable.getPageSize()), pageable.getPageSize());
			again = true;
		}
		if (again) {
			// a kind the user has no task of shows all his tasks
			rows = rows(union, chosen, pageable);
		}
		long from = pageable.getOffset();
		long to = from + pageable.getPageSize();
		List<Task> tasks = rows.stream()
			.filter(r -> chosen == null ? r.rn() > from && r.rn() <= to
					: r.task().kind().equals(chosen) && r.kindRn() > from && r.kindRn() <= to)
			.sorted(Comparator.comparingLong(Row::rn))
			.map(Row::task)
			.toList();
		Map<UUID, ClockView> byId = clocks.byIds(tasks.stream().map(Task::clockId).filter(Objects::nonNull).toList());
		List<TaskLine> lines = tasks.stream()
			.map(t -> new TaskLine(t, t.clockId() == null ? null : byId.get(t.clockId())))
			.toList();
		return new Read(summary, new PageImpl<>(lines, pageable, total));
	}

	private static final String ORDER = "t.urgency, t.clock_due, t.since, t.link";

	private List<Row> rows(Union union, String kind, Pageable pageable) {
		Map<String, Object> params = new HashMap<>(union.params());
		params.put("task_from", pageable.getOffset());
		params.put("task_to", pageable.getOffset() + pageable.getPageSize());
		String page = "x.rn > :task_from and x.rn <= :task_to";
		if (kind != null) {
			page = "x.kind = :task_kind and x.kind_rn > :task_from and x.kind_rn <= :task_to";
			params.put("task_kind", kind);
		}
		return jdbc.sql("select x.* from (select t.kind, t.title, t.amount, t.link, t.clock_id, t.since, "
				+ "count(*) over (partition by t.kind) as kind_count, "
				+ "sum(case when t.urgency = 0 then 1 else 0 end) over (partition by t.kind) as kind_overdue, "
				+ "min(t.urgency) over (partition by t.kind) as kind_urgency, "
				+ "row_number() over (partition by t.kind order by " + ORDER + ") as kind_rn, "
				+ "row_number() over (order by " + ORDER + ", t.kind) as rn from " + union.withClocks()
				+ ") x where x.kind_rn = 1 or (" + page + ")")
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
				Task task = new Task(taskKind, title, rs.getString("link"), rs.getObject("clock_id", UUID.class),
						since == null ? null : since.toLocalDate());
				return new Row(task, rs.getLong("rn"), rs.getLong("kind_rn"), rs.getLong("kind_count"),
						rs.getLong("kind_overdue"), rs.getInt("kind_urgency"));
			})
			.list();
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
