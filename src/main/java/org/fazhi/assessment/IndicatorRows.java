package org.fazhi.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An indicator defined by one query of its records, so that the figure and the records behind it can never differ:
 * the figure is the count of the rows and of those counted, the drill-down lists the same rows. The query selects
 * {@code id} (the record's, for its link), {@code title}, {@code reference}, {@code on_date}, {@code counted} (1 or
 * 0) and {@code note}.
 */
public final class IndicatorRows {

	/** At most this many records are listed; the figure counts them all. */
	public static final int MAX_LISTED = 10_000;

	private IndicatorRows() {
	}

	/** [rows, rows counted]. */
	public static long[] figures(JdbcClient jdbc, String rows, Map<String, ?> params) {
		return jdbc.sql("select count(*), coalesce(sum(x.counted), 0) from (" + rows + ") x")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** The rows, oldest first, each linked to {@code linkPrefix + id}. */
	public static List<IndicatorRecord> records(JdbcClient jdbc, String rows, Map<String, ?> params, String linkPrefix) {
		return jdbc.sql("select * from (" + rows + ") x order by x.on_date, x.title limit " + MAX_LISTED)
			.params(params)
			.query((rs, n) -> new IndicatorRecord(rs.getString("title"), rs.getString("reference"),
					rs.getDate("on_date") == null ? null : rs.getDate("on_date").toLocalDate(),
					linkPrefix + rs.getObject("id", UUID.class), rs.getInt("counted") == 1, rs.getString("note")))
			.list();
	}
}
