package org.fazhi.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One way to page a list query: the same WHERE for the count and the rows, LIMIT/OFFSET portable SQL. */
public final class Paging {

	public static final int MAX_SIZE = 200;

	/** The most rows an Excel export writes: every row a list can show, within what a sheet holds comfortably. */
	public static final int EXPORT_SIZE = 100_000;

	private Paging() {
	}

	/** A page request with the size kept between 1 and {@link #MAX_SIZE}, whatever the URL said. */
	public static Pageable clamp(int page, int size) {
		return PageRequest.of(Math.max(0, page), Math.min(MAX_SIZE, Math.max(1, size)));
	}

	/** The page sizes a list offers besides its own. */
	public static final java.util.List<Integer> SIZES = java.util.List.of(20, 50, 100);

	/** The page size the user chose, when it is one the lists offer; the list's own otherwise. */
	public static int pageSize(int chosen, int standard) {
		return chosen == standard || SIZES.contains(chosen) ? chosen : standard;
	}

	/** A page request sorted as the URL asked ({@code key} ascending, {@code -key} descending; anything else: none). */
	public static Pageable clamp(int page, int size, String sort) {
		Pageable pageable = clamp(page, size);
		if (sort == null || !sort.matches("-?[A-Za-z]{1,40}")) {
			return pageable;
		}
		Sort order = sort.startsWith("-") ? Sort.by(sort.substring(1)).descending() : Sort.by(sort).ascending();
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
	}

	/**
	 * The ORDER BY of a list: the column the user sorted by, when the list offers it ({@code sortable}: the sort key
	 * and its SQL expression, from code), then the list's own order; never SQL from the request.
	 */
	public static String orderBy(Pageable pageable, Map<String, String> sortable, String standard) {
		for (Sort.Order order : pageable.getSort()) {
			String column = sortable.get(order.getProperty());
			if (column != null) {
				// the database's own null order (nulls high, on H2 too), so that an index on the column serves both
				// directions; "nulls last" on a descending sort made every such page sort the whole table
				return column + (order.isAscending() ? " asc" : " desc") + ", " + standard;
			}
		}
		return standard;
	}

	/** The sort as the URL writes it ({@code key} or {@code -key}), or {@code null}. */
	public static String sortParameter(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			return (order.isAscending() ? "" : "-") + order.getProperty();
		}
		return null;
	}

	/** The whole list for an export (a page of {@link #EXPORT_SIZE}, never clamped to {@link #MAX_SIZE}). */
	public static Pageable export() {
		return PageRequest.of(0, EXPORT_SIZE);
	}

	/**
	 * One page of the rows; a page past the end is answered with the last page.
	 * @param select "select … from … " without WHERE
	 * @param where a condition (may be "1=1")
	 * @param orderBy an ORDER BY expression from code, never from the request
	 */
	public static <T> Page<T> query(JdbcClient jdbc, String select, String from, String where, Map<String, ?> params,
			String orderBy, Pageable pageable, RowMapper<T> mapper) {
		Map<String, Object> all = new HashMap<>(params);
		long total = total(jdbc, from, where, all);
		if (total > 0 && pageable.getOffset() >= total) {
			// a page past the end (an old bookmark, a hand-typed number) shows the last page, not an empty one
			pageable = PageRequest.of((int) ((total - 1) / pageable.getPageSize()), pageable.getPageSize(),
					pageable.getSort());
		}
		all.put("page_limit", pageable.getPageSize());
		all.put("page_offset", pageable.getOffset());
		List<T> rows = jdbc
			.sql(select + " " + from + " where " + where + " order by " + orderBy
					+ " limit :page_limit offset :page_offset")
			.params(all)
			.query(mapper)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Up to this many rows a list counts its rows exactly; beyond, it shows the database's estimate ("约"), so that a
	 * list over a region's 100,000 documents does not count them all at every page (the pager shows 约 for totals above
	 * it: fragments/form :: pager).
	 */
	public static final int EXACT_COUNT = 5_000;

	private static final java.util.regex.Pattern PLANNED_ROWS = java.util.regex.Pattern.compile("rows=(\\d+)");

	/**
	 * The list's total: exact up to {@link #EXACT_COUNT} (counting at most one row more), above it PostgreSQL's
	 * estimate of the query's rows — never below the exact bound; on a database that gives no estimate, the exact count.
	 */
	static long total(JdbcClient jdbc, String from, String where, Map<String, Object> params) {
		long capped = jdbc.sql("select count(*) from (select 1 as one " + from + " where " + where + " limit "
				+ (EXACT_COUNT + 1) + ") capped").params(params).query(Long.class).single();
		if (capped <= EXACT_COUNT) {
			return capped;
		}
		List<String> plan = jdbc.sql("explain select 1 " + from + " where " + where).params(params).query(String.class)
			.list();
		java.util.regex.Matcher rows = plan.isEmpty() ? null : PLANNED_ROWS.matcher(plan.get(0));
		if (rows != null && rows.find()) {
			return Math.max(EXACT_COUNT + 1, Long.parseLong(rows.group(1)));
		}
		return jdbc.sql("select count(*) " + from + " where " + where).params(params).query(Long.class).single();
	}

	/** Escapes LIKE wildcards in user input and wraps it for a contains-search. */
	public static String contains(String keyword) {
		String escaped = keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}
}
