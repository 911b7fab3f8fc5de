package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.ChainVerification.Break;
import org.fazhi.platform.DataScope;
import org.fazhi.support.DatabaseAvailable;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone with the database account but without the audit key changes the trail while the application is stopped —
 * each of the four ways the issue names — and the next start finds every one: it is verified at start, the breaks are
 * recorded and an alert is raised. The chains are checked from what is stored and from the checkpoint outside the
 * database, not from anything the application remembers.
 */
@ExtendWith(DatabaseAvailable.class)
class AuditTamperWhileStoppedIT {

	static final Path CHECKPOINTS = Path.of("target", "audit", "tamper-checkpoints");

	@Test
	void everyWayOfChangingTheTrailInTheDatabaseIsFoundAfterRestart() throws Exception {
		String[] db = database();
		TestDatabase.deleteTree(CHECKPOINTS);
		UUID edited = UUID.randomUUID();
		UUID resigned = UUID.randomUUID();
		UUID deleted = UUID.randomUUID();
		UUID cut = UUID.randomUUID();
		UUID untouched = UUID.randomUUID();
		try (ConfigurableApplicationContext app = start(db)) {
			AuditLog audit = app.getBean(AuditLog.class);
			for (UUID chain : new UUID[] { edited, resigned, deleted, cut, untouched }) {
				for (int i = 1; i <= 3; i++) {
					audit.append(AuditRecord.of(chain, "TEST_RECORDED", "test", i).summary("停机前第" + i + "条")
						.by(AuditActor.SYSTEM));
				}
			}
			ChainVerification before = app.getBean(AuditIntegrity.class).verifyAndRecord(AuditActor.SYSTEM);
			assertThat(before.valid()).isTrue();
		}

		try (Connection c = DriverManager.getConnection(db[0], db[1], db[2])) {
			update(c, "update audit_entry set after_state = '{\"篡改\":true}' where org_id = ? and seq = 2", edited);
			resignWithPlainSm3(c, resigned);
			update(c, "delete from audit_entry where org_id = ?", deleted);
			update(c, "delete from audit_chain where org_id = ?", deleted);
			update(c, "delete from audit_entry where org_id = ? and seq = 3", cut);
			update(c, "update audit_chain set last_seq = 2, last_hash = (select hash from audit_entry where org_id = ? "
					+ "and seq = 2) where org_id = ?", cut, cut);
		}

		try (ConfigurableApplicationContext app = start(db)) {
			ChainVerification after = app.getBean(AuditIntegrity.class).verify(DataScope.everything());
			Map<UUID, ChainVerification.Chain> chains = after.chains()
				.stream()
				.collect(Collectors.toMap(ChainVerification.Chain::orgId, c -> c));
			assertThat(after.valid()).isFalse();
			assertThat(chains.get(edited)).extracting(ChainVerification.Chain::firstBrokenSeq, ChainVerification.Chain::reason)
				.containsExactly(2L, Break.SIGNATURE);
			assertThat(chains.get(resigned)).extracting(ChainVerification.Chain::firstBrokenSeq, ChainVerification.Chain::reason)
				.containsExactly(2L, Break.SIGNATURE);
			assertThat(chains.get(deleted)).extracting(ChainVerification.Chain::firstBrokenSeq, ChainVerification.Chain::reason)
				.containsExactly(0L, Break.MISSING);
			assertThat(chains.get(cut)).extracting(ChainVerification.Chain::firstBrokenSeq, ChainVerification.Chain::reason)
				.containsExactly(3L, Break.CHECKPOINT);
			assertThat(chains.get(untouched).valid()).isTrue();
			assertThat(after.missingGlobalSeq()).as("removed entries leave a gap in the installation-wide sequence")
				.isNotNull();

			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select chain_id from audit_break").query(UUID.class).list())
				.as("the verification at start recorded the breaks")
				.contains(edited, resigned, deleted, cut)
				.doesNotContain(untouched);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_CHAIN_BROKEN'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	/**
	 * Changes the second entry and signs it again as the attacker can — with plain SM3 over the same fields, for the
	 * entry and every one after it, and the chain head — without the key.
	 */
	private static void resignWithPlainSm3(Connection c, UUID chain) throws Exception {
		update(c, "update audit_entry set summary = '被改写的记录' where org_id = ? and seq = 2", chain);
		String prev;
		try (PreparedStatement q = c.prepareStatement("select hash from audit_entry where org_id = ? and seq = 1")) {
			q.setObject(1, chain);
			try (ResultSet rs = q.executeQuery()) {
				rs.next();
				prev = rs.getString(1);
			}
		}
		for (long seq = 2; seq <= 3; seq++) {
			AuditEntry entry;
			try (PreparedStatement q = c.prepareStatement("select * from audit_entry where org_id = ? and seq = ?")) {
				q.setObject(1, chain);
				q.setLong(2, seq);
				try (ResultSet rs = q.executeQuery()) {
					rs.next();
					entry = AuditLog.map(rs, 0);
				}
			}
			AuditEntry relinked = new AuditEntry(entry.id(), entry.orgId(), entry.seq(), entry.occurredAt(),
					entry.actorId(), entry.actorName(), entry.action(), entry.entityType(), entry.entityId(),
					entry.summary(), entry.beforeState(), entry.afterState(), prev, null, entry.globalSeq(),
					entry.keyId());
			String hash = sm3(ChainHash.input(relinked));
			try (PreparedStatement u = c.prepareStatement("update audit_entry set prev_hash = ?, hash = ? where id = ?")) {
				u.setString(1, prev);
				u.setString(2, hash);
				u.setObject(3, entry.id());
				u.executeUpdate();
			}
			prev = hash;
		}
		try (PreparedStatement u = c.prepareStatement("update audit_chain set last_hash = ? where org_id = ?")) {
			u.setString(1, prev);
			u.setObject(2, chain);
			u.executeUpdate();
		}
	}

	private static String sm3(String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private static void update(Connection c, String sql, Object... params) throws Exception {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				s.setObject(i + 1, params[i]);
			}
			assertThat(s.executeUpdate()).as(sql).isPositive();
		}
	}

	private static ConfigurableApplicationContext start(String[] connection) {
		// command-line arguments outrank application.properties
		return new SpringApplicationBuilder(FazhiApplication.class).run("--server.port=0", "--fazhi.demo.enabled=false",
				"--spring.datasource.url=" + connection[0], "--spring.datasource.username=" + connection[1],
				"--spring.datasource.password=" + connection[2], "--spring.main.banner-mode=off",
				"--fazhi.audit.key-directory=target/audit/keys", "--fazhi.audit.checkpoint-directory=" + CHECKPOINTS,
				"--fazhi.secrets-directory=target/audit/secrets");
	}

	/** A file database of its own on H2 (so that "stopped" means closed); one of its own on PostgreSQL. */
	private static String[] database() {
		if (TestDatabase.isPostgres()) {
			return TestDatabase.postgresConnection("tamper");
		}
		TestDatabase.deleteTree(Path.of("target", "tamper-h2"));
		return new String[] { "jdbc:h2:file:./target/tamper-h2/fazhi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
				"tamper-test" };
	}
}
