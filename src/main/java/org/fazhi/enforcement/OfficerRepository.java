package org.fazhi.enforcement;

import static org.fazhi.platform.SqlDates.date;
import static org.fazhi.platform.SqlDates.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores officers; every save checks the version it was loaded with. */
@Repository
class OfficerRepository {

	static final String ENTITY = "enforcement_officer";

	private final JdbcClient jdbc;

	OfficerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Officer load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	Optional<Officer> find(UUID id) {
		return jdbc.sql("select * from enforcement_officer where id = :id").param("id", id).query(OfficerRepository::map).optional();
	}

	List<Officer> loadAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from enforcement_officer where id = any(:ids) order by name, certificate_no")
			.param("ids", UuidArray.of(ids))
			.query(OfficerRepository::map)
			.list();
	}

	boolean certificateTaken(String number, UUID except) {
		return jdbc.sql("select count(*) from enforcement_officer where certificate_no = :n and id <> :id")
			.param("n", number)
			.param("id", except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Officer o) {
		o.version = 0;
		jdbc.sql("""
				insert into enforcement_officer (id, org_id, body_id, user_id, name, certificate_no, verify_code, areas,
				  issued_on, expires_on, registered_on, training_hours, status, status_reason, created_at, version)
				values (:id, :org, :body, :user, :name, :no, :code, :areas, :issued, :expires, :registered, :hours,
				  :status, :reason, :at, 0)""")
			.params(params(o))
			.param("org", o.orgId)
			.param("code", o.verifyCode)
			.param("at", Timestamp.from(o.createdAt))
			.update();
	}

	void save(Officer o) {
		int rows = jdbc.sql("""
				update enforcement_officer set body_id = :body, user_id = :user, name = :name, certificate_no = :no,
				  areas = :areas, issued_on = :issued, expires_on = :expires, registered_on = :registered,
				  training_hours = :hours, status = :status, status_reason = :reason, expiry_clock_id = :expiryClock,
				  registration_clock_id = :registrationClock, version = version + 1
				where id = :id and version = :version""")
			.params(params(o))
			.param("version", o.version)
			.param("expiryClock", o.expiryClockId)
			.param("registrationClock", o.registrationClockId)
			.update();
		StaleWrite.checkUpdated(rows, ENTITY, o.id);
		o.version++;
	}

	private static Map<String, Object> params(Officer o) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", o.id);
		p.put("body", o.bodyId);
		p.put("user", o.userId);
		p.put("name", o.name);
		p.put("no", o.certificateNo);
		p.put("areas", o.areasText());
		p.put("issued", date(o.issuedOn));
		p.put("expires", date(o.expiresOn));
		p.put("registered", date(o.registeredOn));
		p.put("hours", o.trainingHours);
		p.put("status", o.status.name());
		p.put("reason", o.statusReason);
		return p;
	}

	static Officer map(ResultSet rs, int row) throws SQLException {
		Officer o = new Officer();
		o.id = rs.getObject("id", UUID.class);
		o.orgId = rs.getObject("org_id", UUID.class);
		o.bodyId = rs.getObject("body_id", UUID.class);
		o.userId = rs.getObject("user_id", UUID.class);
		o.name = rs.getString("name");
		o.certificateNo = rs.getString("certificate_no");
		o.verifyCode = rs.getString("verify_code");
		o.areas = new java.util.LinkedHashSet<>(List.of(rs.getString("areas").split("、")));
		o.issuedOn = local(rs, "issued_on");
		o.expiresOn = local(rs, "expires_on");
		o.registeredOn = local(rs, "registered_on");
		o.trainingHours = rs.getInt("training_hours");
		o.status = OfficerStatus.valueOf(rs.getString("status"));
		o.statusReason = rs.getString("status_reason");
		o.expiryClockId = rs.getObject("expiry_clock_id", UUID.class);
		o.registrationClockId = rs.getObject("registration_clock_id", UUID.class);
		o.createdAt = rs.getTimestamp("created_at").toInstant();
		o.version = rs.getLong("version");
		return o;
	}
}
