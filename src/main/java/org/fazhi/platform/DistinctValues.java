package org.fazhi.platform;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distinct values of an indexed column, one index probe each: a loose index scan written as a recursive query,
 * for a filter's choices over a table of millions of rows holding a few dozen values. Both databases run it.
 */
public final class DistinctValues {

	private DistinctValues() {
	}

	/**
	 * @param table the table, read as alias {@code x}
	 * @param column an indexed column of it (with an index led by it)
	 * @param condition a condition on {@code x} (may be "1=1"), from code, never from the request
	 */
	public static List<String> of(JdbcClient jdbc, String table, String column, String condition,
			Map<String, ?> params) {
		return jdbc.sql("""
				with recursive v (val) as (
				  select min(x.%2$s) from %1$s x where %3$s
				  union all
				  select (select min(x.%2$s) from %1$s x where x.%2$s > v.val and %3$s) from v where v.val is not null)
				select val from v where val is not null order by val""".formatted(table, column, condition))
			.params(params)
			.query(String.class)
			.list();
	}
}
