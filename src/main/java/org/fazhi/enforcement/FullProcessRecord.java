package org.fazhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's full-process record (行政处罚法 第四十七条): entries are only ever added, never changed or removed. Each
 * entry's SM3 fingerprint goes into the audit chain with it, so that an entry changed afterwards — by anyone, through
 * any door — no longer matches what the chain holds.
 */
@Component
class FullProcessRecord {

	static final String ENTITY = "enforcement_record";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	FullProcessRecord(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** What to add: everything but the place in the record, which follows the entries already there. */
	record Addition(RecordKind kind, CaseStatus step, RecordedAct act, String title, String content,
			Instant occurredAt, String place, String device, UUID fileId, String fileSha256, UUID correctsId,
			String officers, String enteredBy) {

		static Addition step(CaseStatus step, String title, String content, Instant at, String by) {
			return new Addition(RecordKind.STEP, step, null, title, content, at, null, null, null, null, null, null, by);
		}
	}

	UUID append(UUID orgId, UUID caseId, Addition a, Instant now) {
		// entries of one case are numbered one after another: two officers adding at once wait for each other here
		jdbc.sql("select id from enforcement_case where id = :c for update").param("c", caseId).query(UUID.class).list();
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from enforcement_record where case_id = :c")
			.param("c", caseId)
			.query(Integer.class)
			.single();
		UUID id = Ids.newId();
		// stored to the millisecond, as both databases keep it, so that the fingerprint reads back the same
		Instant occurred = a.occurredAt().truncatedTo(ChronoUnit.MILLIS);
		String fingerprint = RecordEntry.fingerprint(caseId, seq, a.kind(), a.step(), a.act(), a.title(), a.content(),
				occurred, a.place(), a.device(), a.fileId(), a.fileSha256(), a.correctsId(), a.officers(), a.enteredBy());
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("case", caseId);
		p.put("seq", seq);
		p.put("kind", a.kind().name());
		p.put("step", a.step() == null ? null : a.step().name());
		p.put("act", a.act() == null ? null : a.act().name());
		p.put("title", a.title());
		p.put("content", a.content());
		p.put("occurred", Timestamp.from(occurred));
		p.put("place", a.place());
		p.put("device", a.device());
		p.put("file", a.fileId());
		p.put("sha", a.fileSha256());
		p.put("corrects", a.correctsId());
		p.put("officers", a.officers());
		p.put("fp", fingerprint);
		p.put("by", a.enteredBy());
		p.put("at", Timestamp.from(now));
		jdbc.sql("""
				insert into enforcement_record (id, case_id, seq, kind, step, act, title, content, occurred_at, place,
				  device, file_id, file_sha256, corrects_id, officers, fingerprint, entered_by, entered_at)
				values (:id, :case, :seq, :kind, :step, :act, :title, :content, :occurred, :place, :device, :file, :sha,
				  :corrects, :officers, :fp, :by, :at)""")
			.params(p)
			.update();
		audit.append(AuditRecord.of(orgId, "ENFORCEMENT_RECORD_ADDED", ENTITY, id)
			.summary("第" + seq + "条 " + a.title())
			.after(Map.of("case", caseId.toString(), "seq", seq, "fingerprint", fingerprint)));
		return id;
	}

	/** The case's entries in order, each checked against its fingerprint and the audit chain's record of it. */
	List<RecordEntry> entries(UUID caseId) {
		List<RecordEntry> rows = jdbc.sql("select * from enforcement_record where case_id = :c order by seq")
			.param("c", caseId)
			.query(FullProcessRecord::map)
			.list();
		Map<String, String> chained = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("select entity_id, after_state from audit_entry where entity_type = :t and action = 'ENFORCEMENT_RECORD_ADDED' "
					+ "and entity_id in (select cast(id as varchar(36)) from enforcement_record where case_id = :c)")
				.param("t", ENTITY)
				.param("c", caseId)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.forEach(e -> chained.put(e.getKey(), e.getValue()));
		}
		List<RecordEntry> out = new ArrayList<>(rows.size());
		for (RecordEntry r : rows) {
			String after = chained.get(r.id().toString());
			boolean intact = r.fingerprint().equals(r.recomputed()) && after != null
					&& after.contains("\"" + r.fingerprint() + "\"");
			out.add(new RecordEntry(r.id(), r.caseId(), r.seq(), r.kind(), r.step(), r.act(), r.title(), r.content(),
					r.occurredAt(), r.place(), r.device(), r.fileId(), r.fileSha256(), r.correctsId(), r.officers(),
					r.fingerprint(), r.enteredBy(), r.enteredAt(), intact));
		}
		return out;
	}

	/** The case an entry belongs to, or {@code null} when there is no such entry. */
	UUID caseOf(UUID entryId) {
		return jdbc.sql("select case_id from enforcement_record where id = :id")
			.param("id", entryId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}


	static RecordEntry map(ResultSet rs, int n) throws SQLException {
		String step = rs.getString("step");
		String act = rs.getString("act");
		return new RecordEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("seq"),
				RecordKind.valueOf(rs.getString("kind")), step == null ? null : CaseStatus.valueOf(step),
				act == null ? null : RecordedAct.valueOf(act), rs.getString("title"), rs.getString("content"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("place"), rs.getString("device"),
				rs.getObject("file_id", UUID.class), rs.getString("file_sha256"), rs.getObject("corrects_id", UUID.class),
				rs.getString("officers"), rs.getString("fingerprint"), rs.getString("entered_by"),
				rs.getTimestamp("entered_at").toInstant(), true);
	}
}
