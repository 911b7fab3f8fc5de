package org.fazhi.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.platform.DataScope;
import org.fazhi.platform.DistinctValues;
import org.fazhi.platform.Ids;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point that writes the audit trail. It appends and it reads; there is no way to change or remove an
 * entry ({@link AuditIntegrity} finds it if someone does so in the database). Appending joins the caller's
 * transaction, so a change and its record commit or roll back together.
 */
@Service
public class AuditLog {

	/** The chain of installation-wide records: the calendar, time-limit rules, sign-ins of unknown names. */
	public static final UUID GLOBAL_CHAIN = new UUID(0L, 0L);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final OrgHierarchy orgs;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final AuditKeys keys;

	private final TransactionTemplate transactions;

	AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, JsonMapper json, Clock clock,
			OrgHierarchy orgs, AuditKeys keys, PlatformTransactionManager transactionManager) {
		this.keys = keys;
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
		this.clock = clock;
		this.orgs = orgs;
	}

	/**
	 * Appends a record to the trail, in the caller's transaction. Within a transaction the record is kept (with its
	 * actor and time as of now) and written just before the transaction commits, in the order appended: the chain
	 * heads and the installation-wide counter are then locked only for the append itself, not for the business work
	 * that precedes it, so one busy organization is not a single queue. If the transaction rolls back, so does the
	 * record. Outside a transaction it is written at once.
	 */
	public void append(AuditRecord record) {
		appendAll(List.of(record));
	}

	/** Appends several records, in the order given (see {@link #append}). */
	public void appendAll(List<AuditRecord> records) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditActor current = AuditActor.current();
		List<Pending> pending = records.stream()
			.map(r -> new Pending(r.actor() == null ? r.by(current) : r, now))
			.toList();
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			transactions.executeWithoutResult(status -> write(pending));
			return;
		}
		Flush flush = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(s -> s instanceof Flush f && f.log() == this)
			.map(Flush.class::cast)
			.findFirst()
			.orElse(null);
		if (flush == null) {
			flush = new Flush(this, new ArrayList<>());
			TransactionSynchronizationManager.registerSynchronization(flush);
		}
		flush.add(pending);
	}

	/** A record with the actor and time it had when it was appended. */
	private record Pending(AuditRecord record, Instant at) {
	}

	/**
	 * The records of one transaction, written in its before-commit phase, last of its synchronizations; a record
	 * appended after that (by another synchronization) is written at once, the transaction being still open.
	 */
	private static final class Flush implements TransactionSynchronization {

		private final AuditLog log;

		private final List<Pending> pending;

		private boolean written;

		Flush(AuditLog log, List<Pending> pending) {
			this.log = log;
			this.pending = pending;
		}

		AuditLog log() {
			return log;
		}

		void add(List<Pending> more) {
			if (written) {
				log.write(more);
			}
			else {
				pending.addAll(more);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			if (!pending.isEmpty()) {
				log.write(pending);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}

	/**
	 * Writes records in the current transaction. The installation-wide counter is locked first, then each
	 * organization's chain head once; the entries are numbered in both, signed with the current key and inserted in
	 * one batch, in the order given.
	 */
	private void write(List<Pending> records) {
		Map<UUID, List<Integer>> byChain = new java.util.LinkedHashMap<>();
		for (int i = 0; i < records.size(); i++) {
			UUID chain = records.get(i).record().orgId() == null ? GLOBAL_CHAIN : records.get(i).record().orgId();
			byChain.computeIfAbsent(chain, c -> new ArrayList<>()).add(i);
		}
		String keyId = keys.currentId();
		long global = jdbc.sql("select last_global from audit_sequence where id = 1 for update")
			.query(Long.class)
			.single();
		for (Map.Entry<UUID, List<Integer>> group : byChain.entrySet()) {
			UUID chain = group.getKey();
			jdbc.sql("insert into audit_chain (org_id, last_seq, last_hash) values (:org, 0, :genesis) "
					+ "on conflict do nothing")
				.param("org", chain)
				.param("genesis", ChainHash.GENESIS)
				.update();
			Head head = jdbc.sql("select last_seq, last_hash from audit_chain where org_id = :org for update")
				.param("org", chain)
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
				.single();
			long seq = head.seq();
			String prev = head.hash();
			List<AuditEntry> batch = new ArrayList<>();
			for (int index : group.getValue()) {
				AuditRecord record = records.get(index).record();
				AuditActor actor = record.actor();
				AuditEntry unsigned = new AuditEntry(Ids.newId(), chain, ++seq, records.get(index).at(), actor.id(),
						truncate(actor.name(), 100), record.action(), record.entityType(),
						truncate(record.entityId(), 100), truncate(record.summary(), 500), toJson(record.before()),
						toJson(record.after()), prev, null, ++global, keyId);
				AuditEntry signed = unsigned.signed(keys.sign(keyId, ChainHash.input(unsigned)).orElseThrow());
				prev = signed.hash();
				batch.add(signed);
			}
			insert(batch);
			jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where org_id = :org")
				.param("seq", seq)
				.param("hash", prev)
				.param("org", chain)
				.update();
		}
		jdbc.sql("update audit_sequence set last_global = :g where id = 1").param("g", global).update();
	}

	private void insert(List<AuditEntry> entries) {
		jdbcTemplate.batchUpdate("""
				insert into audit_entry (id, org_id, seq, occurred_at, actor_id, actor_name, action, entity_type,
				  entity_id, summary, before_state, after_state, prev_hash, hash, global_seq, key_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 500, (ps, e) -> {
			ps.setObject(1, e.id());
			ps.setObject(2, e.orgId());
			ps.setLong(3, e.seq());
			ps.setTimestamp(4, Timestamp.from(e.occurredAt()));
			ps.setObject(5, e.actorId());
			ps.setString(6, e.actorName());
			ps.setString(7, e.action());
			ps.setString(8, e.entityType());
			ps.setString(9, e.entityId());
			ps.setString(10, e.summary());
			ps.setString(11, e.beforeState());
			ps.setString(12, e.afterState());
			ps.setString(13, e.prevHash());
			ps.setString(14, e.hash());
			ps.setLong(15, e.globalSeq());
			ps.setString(16, e.keyId());
		});
	}

	/** Search criteria of the auditor's pages; {@code null} or blank means any. */
	public record AuditFilter(String entityType, String entityId, String actor, String action,
			java.time.LocalDate from, java.time.LocalDate to) {
	}

	/** Entries matching the filter in the chains the scope covers, newest first. */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<AuditEntry> search(AuditFilter filter, DataScope scope,
			java.time.ZoneId zone, org.springframework.data.domain.Pageable pageable) {
		Map<String, Object> params = new java.util.HashMap<>();
		StringBuilder where = new StringBuilder();
		if (scope.all()) {
			where.append("1=1");
		}
		else if (scope.orgIds().isEmpty()) {
			where.append("1=0");
		}
		else {
			where.append("e.org_id = any(:orgs)");
			params.put("orgs", scope.orgArray());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" and e.entity_type = :type");
			params.put("type", filter.entityType().trim());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.append(" and e.entity_id = :entity");
			params.put("entity", filter.entityId().trim());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and e.actor_name like :actor escape '\\'");
			params.put("actor", org.fazhi.platform.Paging.contains(filter.actor()));
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" and e.action = :action");
			params.put("action", filter.action().trim());
		}
		if (filter.from() != null) {
			where.append(" and e.occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and e.occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return org.fazhi.platform.Paging.query(jdbc, "select e.*", "from audit_entry e", where.toString(), params,
				"e.occurred_at desc, e.seq desc", pageable, AuditLog::map);
	}

	/** The action codes recorded so far, for the search form. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return distinct("action");
	}

	/** The kinds of entity the trail holds records of. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return distinct("entity_type");
	}

	private List<String> distinct(String column) {
		return DistinctValues.of(jdbc, "audit_entry", column, "1=1", Map.of());
	}

	/** Every record about one entity, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, String entityId) {
		return jdbc.sql("select * from audit_entry where entity_type = :type and entity_id = :id order by occurred_at, seq")
			.param("type", entityType)
			.param("id", entityId)
			.query(AuditLog::map)
			.list();
	}

	String chainName(UUID org) {
		return GLOBAL_CHAIN.equals(org) ? "平台（全局）" : orgs.name(org).orElse(org.toString());
	}

	static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"),
				rs.getObject("global_seq") == null ? null : rs.getLong("global_seq"), rs.getString("key_id"));
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return state instanceof String s ? s : json.writeValueAsString(state);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private record Head(long seq, String hash) {
	}
}
