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
import org.fazhi.platform.Ids;
import org.fazhi.platform.OrgHierarchy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point that writes the audit trail. It appends, it reads, it verifies; there is no way to change or
 * remove an entry. Appending joins the caller's transaction, so a change and its record commit or roll back together.
 */
@Service
public class AuditLog {

	/** The chain of installation-wide records: the calendar, time-limit rules, sign-ins of unknown names. */
	public static final UUID GLOBAL_CHAIN = new UUID(0L, 0L);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final OrgHierarchy orgs;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, OrgHierarchy orgs) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.orgs = orgs;
	}

	@Transactional
	public AuditEntry append(AuditRecord record) {
		UUID chain = record.orgId() == null ? GLOBAL_CHAIN : record.orgId();
		AuditActor actor = record.actor() == null ? AuditActor.current() : record.actor();
		jdbc.sql("insert into audit_chain (org_id, last_seq, last_hash) values (:org, 0, :genesis) "
				+ "on conflict do nothing")
			.param("org", chain)
			.param("genesis", ChainHash.GENESIS)
			.update();
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain where org_id = :org for update")
			.param("org", chain)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditEntry unsigned = new AuditEntry(Ids.newId(), chain, head.seq() + 1, now, actor.id(),
				truncate(actor.name(), 100), record.action(), record.entityType(), truncate(record.entityId(), 100),
				truncate(record.summary(), 500), toJson(record.before()), toJson(record.after()), head.hash(), null);
		String hash = ChainHash.of(unsigned);
		jdbc.sql("""
				insert into audit_entry (id, org_id, seq, occurred_at, actor_id, actor_name, action, entity_type,
				  entity_id, summary, before_state, after_state, prev_hash, hash)
				values (:id, :org, :seq, :at, :actorId, :actorName, :action, :type, :entityId, :summary, :before,
				  :after, :prev, :hash)""")
			.param("id", unsigned.id())
			.param("org", chain)
			.param("seq", unsigned.seq())
			.param("at", Timestamp.from(now))
			.param("actorId", unsigned.actorId())
			.param("actorName", unsigned.actorName())
			.param("action", unsigned.action())
			.param("type", unsigned.entityType())
			.param("entityId", unsigned.entityId())
			.param("summary", unsigned.summary())
			.param("before", unsigned.beforeState())
			.param("after", unsigned.afterState())
			.param("prev", unsigned.prevHash())
			.param("hash", hash)
			.update();
		jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where org_id = :org")
			.param("seq", unsigned.seq())
			.param("hash", hash)
			.param("org", chain)
			.update();
		return new AuditEntry(unsigned.id(), chain, unsigned.seq(), now, unsigned.actorId(), unsigned.actorName(),
				unsigned.action(), unsigned.entityType(), unsigned.entityId(), unsigned.summary(),
				unsigned.beforeState(), unsigned.afterState(), unsigned.prevHash(), hash);
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

	/** Recomputes every chain the scope covers (the global chain only for a scope over everything). */
	@Transactional(readOnly = true)
	public ChainVerification verify(DataScope scope) {
		List<Map<String, Object>> heads = jdbc.sql("select org_id, last_seq, last_hash from audit_chain order by org_id")
			.query()
			.listOfRows();
		List<ChainVerification.Chain> chains = new ArrayList<>();
		long total = 0;
		Long firstBroken = null;
		for (Map<String, Object> head : heads) {
			UUID org = (UUID) head.get("org_id");
			if (!(scope.all() || (!GLOBAL_CHAIN.equals(org) && scope.includesOrg(org)))) {
				continue;
			}
			ChainWalk walk = new ChainWalk(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
			jdbc.sql("select * from audit_entry where org_id = :org order by seq")
				.param("org", org)
				.query(rs -> {
					walk.accept(map(rs, 0));
				});
			Long broken = walk.finish();
			total += walk.count;
			if (broken != null && (firstBroken == null || broken < firstBroken)) {
				firstBroken = broken;
			}
			chains.add(new ChainVerification.Chain(org, chainName(org), walk.count, broken == null, broken));
		}
		boolean valid = chains.stream().allMatch(ChainVerification.Chain::valid);
		return new ChainVerification(valid, total, firstBroken, chains);
	}

	String chainName(UUID org) {
		return GLOBAL_CHAIN.equals(org) ? "平台（全局）" : orgs.name(org).orElse(org.toString());
	}

	static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
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

	/** Walks one chain in sequence order and remembers the first link that does not hold. */
	private static final class ChainWalk {

		private final long headSeq;

		private final String headHash;

		private long count;

		private long expectedSeq = 1;

		private String expectedPrev = ChainHash.GENESIS;

		private Long broken;

		ChainWalk(long headSeq, String headHash) {
			this.headSeq = headSeq;
			this.headHash = headHash;
		}

		void accept(AuditEntry entry) {
			count++;
			if (broken != null) {
				return;
			}
			if (entry.seq() != expectedSeq) {
				broken = Math.min(entry.seq(), expectedSeq);
				return;
			}
			if (!entry.prevHash().equals(expectedPrev) || !ChainHash.of(entry).equals(entry.hash())) {
				broken = entry.seq();
				return;
			}
			expectedSeq++;
			expectedPrev = entry.hash();
		}

		Long finish() {
			if (broken == null && (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash))) {
				broken = expectedSeq - 1 < headSeq ? expectedSeq : headSeq;
			}
			return broken;
		}
	}
}
