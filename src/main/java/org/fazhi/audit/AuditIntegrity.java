package org.fazhi.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.audit.ChainVerification.Break;
import org.fazhi.platform.AfterCommit;
import org.fazhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds any change to the audit trail made around the application (等保 8.1.4.3 审计记录的保护): recomputes every
 * entry's HMAC-SM3 signature and link, checks the installation-wide sequence for gaps, and compares the chains with the
 * last signed checkpoint outside the database. Runs at start and daily; a break is recorded, audited and sent to
 * every audit administrator, and the entries after it are marked wherever they are shown.
 */
@Service
public class AuditIntegrity {

	/** The row of {@code audit_break} that records a gap in the installation-wide sequence. */
	static final UUID ALL_CHAINS = new UUID(-1L, -1L);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	private final ApplicationEventPublisher events;

	private final AfterCommit afterCommit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AuditIntegrity(JdbcClient jdbc, AuditLog audit, AuditKeys keys, AuditCheckpoints checkpoints,
			ApplicationEventPublisher events, AfterCommit afterCommit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.audit = audit;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.events = events;
		this.afterCommit = afterCommit;
		this.clock = clock;
	}

	/** Recomputes the chains the scope covers (the installation-wide checks only for a scope over everything). */
	@Transactional(readOnly = true)
	public ChainVerification verify(DataScope scope) {
		long lastGlobal = jdbc.sql("select last_global from audit_sequence where id = 1").query(Long.class).single();
		Map<UUID, long[]> anchored = new HashMap<>();
		Map<UUID, String> anchoredHash = new HashMap<>();
		Optional<AuditCheckpoints.Read> checkpoint = checkpoints.latestVerified();
		checkpoint.filter(AuditCheckpoints.Read::authentic).ifPresent(read -> read.checkpoint().chains().forEach(h -> {
			anchored.put(h.org(), new long[] { h.seq() });
			anchoredHash.put(h.org(), h.hash());
		}));
		List<Map<String, Object>> heads = jdbc.sql("select org_id, last_seq, last_hash from audit_chain order by org_id")
			.query()
			.listOfRows();
		List<ChainVerification.Chain> chains = new ArrayList<>();
		Set<UUID> present = new java.util.HashSet<>();
		long total = 0;
		for (Map<String, Object> head : heads) {
			UUID org = (UUID) head.get("org_id");
			present.add(org);
			if (!covers(scope, org)) {
				continue;
			}
			long headSeq = ((Number) head.get("last_seq")).longValue();
			long[] anchor = anchored.get(org);
			ChainWalk walk = new ChainWalk(headSeq, (String) head.get("last_hash"), anchor == null ? 0 : anchor[0],
					anchoredHash.get(org));
			jdbc.sql("select * from audit_entry where org_id = :org and seq <= :head order by seq")
				.param("org", org)
				.param("head", headSeq)
				.query(rs -> {
					walk.accept(AuditLog.map(rs, 0));
				});
			walk.finish();
			total += walk.count;
			chains.add(new ChainVerification.Chain(org, audit.chainName(org), walk.count, walk.broken == null,
					walk.broken, walk.reason));
		}
		anchored.keySet()
			.stream()
			.filter(org -> !present.contains(org) && covers(scope, org))
			.forEach(org -> chains.add(new ChainVerification.Chain(org, audit.chainName(org), 0, false, 0L, Break.MISSING)));
		Long missing = scope.all() ? firstMissingGlobal(lastGlobal, checkpoint) : null;
		ChainVerification.Checkpoint anchor = checkpoint
			.map(r -> new ChainVerification.Checkpoint(r.file(), r.checkpoint().writtenAt(), r.checkpoint().globalSeq(),
					r.authentic()))
			.orElse(null);
		boolean valid = chains.stream().allMatch(ChainVerification.Chain::valid) && missing == null
				&& (anchor == null || anchor.valid());
		Long firstBroken = chains.stream()
			.map(ChainVerification.Chain::firstBrokenSeq)
			.filter(java.util.Objects::nonNull)
			.min(Long::compare)
			.orElse(null);
		return new ChainVerification(valid, total, firstBroken, chains, missing, anchor);
	}

	/**
	 * Verifies the whole installation, records what it found (the breaks, an audit entry, an alert to every audit
	 * administrator when something does not hold) and writes a new checkpoint. Run at start, daily, and when an audit
	 * administrator asks.
	 */
	public ChainVerification verifyAndRecord(AuditActor by) {
		recordKeyRotation();
		ChainVerification result = verify(DataScope.everything());
		transactions.executeWithoutResult(status -> record(result, by));
		transactions.executeWithoutResult(status -> writeCheckpoint(result.valid()));
		return result;
	}

	/** A new current key is recorded in the chain the first time it signs (its predecessor still verifies). */
	private void recordKeyRotation() {
		String last = jdbc.sql("""
				select key_id from audit_entry
				where global_seq = (select last_global from audit_sequence where id = 1)""")
			.query(String.class)
			.optional()
			.orElse(null);
		if (last != null && !last.equals(keys.currentId())) {
			audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "AUDIT_KEY_ROTATED", "audit_key", keys.currentId())
				.summary("审计签名密钥由「" + last + "」更换为「" + keys.currentId() + "」")
				.by(AuditActor.SYSTEM));
		}
	}

	private void record(ChainVerification result, AuditActor by) {
		Instant now = clock.instant();
		jdbc.sql("delete from audit_break").update();
		for (ChainVerification.Chain chain : result.chains()) {
			if (!chain.valid()) {
				insertBreak(chain.orgId(), chain.firstBrokenSeq(), chain.reason().name(), now);
			}
		}
		if (result.missingGlobalSeq() != null) {
			insertBreak(ALL_CHAINS, result.missingGlobalSeq(), "GLOBAL_SEQUENCE", now);
		}
		if (result.valid()) {
			audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "AUDIT_VERIFIED", "audit_chain", null)
				.summary("%d 条审计链、%d 条记录完整".formatted(result.chains().size(), result.entries()))
				.by(by));
			return;
		}
		String summary = describe(result);
		audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "AUDIT_CHAIN_BROKEN", "audit_chain", null)
			.summary(summary)
			.by(by));
		AuditChainBroken alert = new AuditChainBroken(summary, now);
		afterCommit.run(() -> events.publishEvent(alert));
	}

	/** Anchors every chain's head and the sequence as they are now, in a new signed file outside the database. */
	private void writeCheckpoint(boolean verified) {
		long global = jdbc.sql("select last_global from audit_sequence where id = 1 for update")
			.query(Long.class)
			.single();
		List<AuditCheckpoints.Head> heads = jdbc.sql("select org_id, last_seq, last_hash from audit_chain")
			.query((rs, n) -> new AuditCheckpoints.Head(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)))
			.list();
		checkpoints.write(clock.instant().truncatedTo(ChronoUnit.MILLIS), global, verified, heads);
	}

	/** Of the entries given, those written after a break of their chain or of the installation-wide sequence. */
	@Transactional(readOnly = true)
	public Set<UUID> afterABreak(Collection<AuditEntry> entries) {
		Map<UUID, Long> breaks = jdbc.sql("select chain_id, first_broken_seq from audit_break")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (breaks.isEmpty()) {
			return Set.of();
		}
		Long gap = breaks.get(ALL_CHAINS);
		return entries.stream()
			.filter(e -> (breaks.containsKey(e.orgId()) && e.seq() >= breaks.get(e.orgId()))
					|| (gap != null && e.globalSeq() != null && e.globalSeq() >= gap))
			.map(AuditEntry::id)
			.collect(Collectors.toSet());
	}

	private Long firstMissingGlobal(long lastGlobal, Optional<AuditCheckpoints.Read> checkpoint) {
		long anchoredGlobal = checkpoint.filter(AuditCheckpoints.Read::authentic)
			.map(r -> r.checkpoint().globalSeq())
			.orElse(0L);
		long expected = Math.max(lastGlobal, anchoredGlobal);
		if (expected == 0) {
			return null;
		}
		long numbered = jdbc.sql("select count(*) from audit_entry where global_seq between 1 and :g")
			.param("g", expected)
			.query(Long.class)
			.single();
		if (numbered == expected) {
			return null;
		}
		boolean first = jdbc.sql("select count(*) from audit_entry where global_seq = 1").query(Long.class).single() > 0;
		if (!first) {
			return 1L;
		}
		return jdbc.sql("""
				select min(e.global_seq) + 1 from audit_entry e
				where e.global_seq < :g and not exists (select 1 from audit_entry f where f.global_seq = e.global_seq + 1)""")
			.param("g", expected)
			.query(Long.class)
			.optional()
			.orElse(expected);
	}

	private String describe(ChainVerification result) {
		List<String> parts = new ArrayList<>();
		result.chains()
			.stream()
			.filter(c -> !c.valid())
			.forEach(c -> parts.add("审计链「%s」自第 %d 条起不成立（%s）".formatted(c.org(), c.firstBrokenSeq(),
					c.reason().name())));
		if (result.missingGlobalSeq() != null) {
			parts.add("全局序号自 %d 起缺失记录".formatted(result.missingGlobalSeq()));
		}
		if (result.checkpoint() != null && !result.checkpoint().valid()) {
			parts.add("校验点 %s 的签名不成立".formatted(result.checkpoint().file()));
		}
		String text = String.join("；", parts);
		return text.length() > 480 ? text.substring(0, 480) + "…" : text;
	}

	private void insertBreak(UUID org, long seq, String reason, Instant at) {
		jdbc.sql("insert into audit_break (chain_id, first_broken_seq, reason, found_at) values (:o, :s, :r, :t)")
			.param("o", org)
			.param("s", seq)
			.param("r", reason)
			.param("t", Timestamp.from(at))
			.update();
	}

	private static boolean covers(DataScope scope, UUID org) {
		return scope.all() || (!AuditLog.GLOBAL_CHAIN.equals(org) && scope.includesOrg(org));
	}

	/** Walks one chain in number order and remembers the first link that does not hold. */
	private final class ChainWalk {

		private final long headSeq;

		private final String headHash;

		private final long anchoredSeq;

		private final String anchoredHash;

		private long count;

		private long expectedSeq = 1;

		private String expectedPrev = ChainHash.GENESIS;

		private Long broken;

		private Break reason;

		ChainWalk(long headSeq, String headHash, long anchoredSeq, String anchoredHash) {
			this.headSeq = headSeq;
			this.headHash = headHash;
			this.anchoredSeq = anchoredSeq;
			this.anchoredHash = anchoredHash;
		}

		void accept(AuditEntry entry) {
			count++;
			if (broken != null) {
				return;
			}
			if (entry.seq() != expectedSeq) {
				breakAt(Math.min(entry.seq(), expectedSeq), Break.SEQUENCE);
				return;
			}
			if (!entry.prevHash().equals(expectedPrev)) {
				breakAt(entry.seq(), Break.LINK);
				return;
			}
			if (entry.globalSeq() == null || !keys.knows(entry.keyId())) {
				breakAt(entry.seq(), Break.KEY);
				return;
			}
			if (!keys.sign(entry.keyId(), ChainHash.input(entry)).map(entry.hash()::equals).orElse(false)) {
				breakAt(entry.seq(), Break.SIGNATURE);
				return;
			}
			if (entry.seq() == anchoredSeq && !entry.hash().equals(anchoredHash)) {
				breakAt(entry.seq(), Break.CHECKPOINT);
				return;
			}
			expectedSeq++;
			expectedPrev = entry.hash();
		}

		void finish() {
			if (broken != null) {
				return;
			}
			long last = expectedSeq - 1;
			if (last < anchoredSeq) {
				breakAt(last + 1, Break.CHECKPOINT);
			}
			else if (last != headSeq || !expectedPrev.equals(headHash)) {
				breakAt(last < headSeq ? last + 1 : headSeq, Break.HEAD);
			}
		}

		private void breakAt(long seq, Break why) {
			broken = seq;
			reason = why;
		}
	}
}
