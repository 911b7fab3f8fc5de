package db.migration.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the project's data file of official days (calendar/official-days.csv, derived from holiday-cn, 2007–2026)
 * and the notice of each year (calendar/official-years.csv).
 */
public class V5__calendar_official_days extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement years = context.getConnection()
			.prepareStatement("insert into calendar_year (year_number, notice, document_number, url, recorded_at) "
					+ "values (?, ?, ?, ?, ?)")) {
			for (String[] row : read("calendar/official-years.csv", 4)) {
				years.setInt(1, Integer.parseInt(row[0]));
				years.setString(2, row[1]);
				years.setString(3, row[2].isEmpty() ? null : row[2]);
				years.setString(4, row[3]);
				years.setTimestamp(5, now);
				years.addBatch();
			}
			years.executeBatch();
		}
		try (PreparedStatement days = context.getConnection()
			.prepareStatement("insert into calendar_day (day_date, kind, name, notice, document_number, url, "
					+ "local_decision, recorded_at) values (?, ?, ?, ?, ?, ?, false, ?)")) {
			for (String[] row : read("calendar/official-days.csv", 6)) {
				days.setDate(1, Date.valueOf(LocalDate.parse(row[0])));
				days.setString(2, row[1]);
				days.setString(3, row[2]);
				days.setString(4, row[3]);
				days.setString(5, row[4].isEmpty() ? null : row[4]);
				days.setString(6, row[5]);
				days.setTimestamp(7, now);
				days.addBatch();
			}
			days.executeBatch();
		}
	}

	private static List<String[]> read(String resource, int fields) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = V5__calendar_official_days.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] row = line.split(",", -1);
				if (row.length != fields) {
					throw new IllegalStateException(resource + ": bad line " + line);
				}
				rows.add(row);
			}
		}
		return rows;
	}
}
