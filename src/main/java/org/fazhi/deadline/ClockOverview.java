package org.fazhi.deadline;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fazhi.platform.DataScope;
import org.fazhi.platform.DistinctValues;
import org.fazhi.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock overview: the clocks a user's scope covers, filtered and paged, nearest due date first, and how many of
 * them are in each status. A page costs a constant number of statements.
 */
@Service
@Transactional(readOnly = true)
public class ClockOverview {

	/** Filters of the clock overview; {@code null} means any. */
	public record ClockFilter(String module, String ruleCode, ClockStatus status, Boolean open) {

		public static ClockFilter openClocks() {
			return new ClockFilter(null, null, null, true);
		}
	}

	/** Nearest due date first, clocks without one (a floor only) last: the database's own null order, indexed. */
	private static final String ORDER = "c.due_date, c.earliest_date, c.created_at, c.id";

	private final JdbcClient jdbc;

	private final Clocks clocks;

	ClockOverview(JdbcClient jdbc, Clocks clocks) {
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	public Page<ClockView> page(ClockFilter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, scope, params);
		Page<UUID> ids = Paging.query(jdbc, "select c.id", "from deadline_clock c", where, params, ORDER, pageable,
				(rs, n) -> rs.getObject(1, UUID.class));
		Map<UUID, ClockView> found = clocks.byIds(ids.getContent());
		List<ClockView> views = ids.getContent().stream().map(found::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(views, ids.getPageable(), ids.getTotalElements());
	}

	public Map<ClockStatus, Long> counts(ClockFilter filter, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		String where = where(new ClockFilter(filter.module(), filter.ruleCode(), null, filter.open()), scope, params);
		Map<ClockStatus, Long> counts = new EnumMap<>(ClockStatus.class);
		for (ClockStatus s : ClockStatus.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select c.status, count(*) from deadline_clock c where " + where + " group by c.status")
			.params(params)
			.query((rs, n) -> counts.put(ClockStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The rules that have clocks in the scope: the filter offers those (and their modules), not every rule there is. */
	public java.util.Set<String> rulesInUse(DataScope scope) {
		DataScope.SqlCondition condition = scope.where("x.org_id", "x.owner_id");
		return new java.util.HashSet<>(
				DistinctValues.of(jdbc, "deadline_clock", "rule_code", condition.sql(), condition.params()));
	}

	/** The first running clocks of the scope that are overdue or due soon, nearest due date first; nothing counted. */
	public List<ClockView> attention(DataScope scope, int limit) {
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.owner_id");
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put("attention_rows", limit);
		List<UUID> ids = jdbc.sql("select c.id from deadline_clock c where c.status in ('OVERDUE', 'DUE_SOON') and c.stopped_on is null and "
				+ condition.sql() + " order by " + ORDER + " limit :attention_rows")
			.params(params)
			.query(UUID.class)
			.list();
		Map<UUID, ClockView> found = clocks.byIds(ids);
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private static String where(ClockFilter filter, DataScope scope, Map<String, Object> params) {
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.owner_id");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		if (filter.module() != null && !filter.module().isBlank()) {
			where.append(" and c.module = :module");
			params.put("module", filter.module());
		}
		if (filter.ruleCode() != null && !filter.ruleCode().isBlank()) {
			where.append(" and c.rule_code = :rule");
			params.put("rule", filter.ruleCode());
		}
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status().name());
		}
		if (Boolean.TRUE.equals(filter.open())) {
			where.append(" and c.stopped_on is null");
		}
		else if (Boolean.FALSE.equals(filter.open())) {
			where.append(" and c.stopped_on is not null");
		}
		return where.toString();
	}
}
