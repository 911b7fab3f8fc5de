package org.fazhi.platform;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Days between Java and JDBC, {@code null} for none, for every repository and query. */
public final class SqlDates {

	private SqlDates() {
	}

	/** The day in a date column, or {@code null}. */
	public static LocalDate local(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	/** The day as a JDBC parameter, or {@code null}. */
	public static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
