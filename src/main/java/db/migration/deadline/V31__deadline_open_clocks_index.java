package db.migration.deadline;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The overview's open clocks in their order (nearest due date first), read from an index and stopped after a page:
 * on PostgreSQL a partial index over the open clocks only (the planner does not take {@code stopped_on is null} of
 * the index on {@code (stopped_on, due_date)} as an equality that orders by the next column). H2 has no partial
 * indexes; the embedded database keeps that index.
 */
public class V31__deadline_open_clocks_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			try (Statement statement = context.getConnection().createStatement()) {
				statement.execute("create index deadline_clock_open_order on deadline_clock "
						+ "(due_date, earliest_date, created_at, id) where stopped_on is null");
			}
		}
	}
}
