package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.UUID;

import org.fazhi.FazhiApplication;
import org.fazhi.platform.DataScope;
import org.fazhi.support.DatabaseAvailable;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The chain is checked from what is stored, not from what the application remembers: an entry edited directly in
 * the database while the application is stopped is found at the next start.
 */
@ExtendWith(DatabaseAvailable.class)
class AuditTamperWhileStoppedIT {

	@Test
	void entryEditedWhileTheApplicationIsStoppedIsFoundAfterRestart() throws Exception {
		String[] connection = database();
		UUID chain = UUID.randomUUID();
		long seq;
		try (ConfigurableApplicationContext app = start(connection)) {
			AuditLog audit = app.getBean(AuditLog.class);
			audit.append(AuditRecord.of(chain, "TEST_RECORDED", "test", 1).summary("停机前第一条").by(AuditActor.SYSTEM));
			seq = audit.append(AuditRecord.of(chain, "TEST_RECORDED", "test", 2).summary("停机前第二条").by(AuditActor.SYSTEM))
				.seq();
			assertThat(verify(audit, chain).valid()).isTrue();
		}
		edit(connection, chain, seq, "{\"篡改\":true}");
		try (ConfigurableApplicationContext app = start(connection)) {
			ChainVerification.Chain result = verify(app.getBean(AuditLog.class), chain);
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			// on PostgreSQL the database is shared with the rest of the suite: leave the chain as it was
			edit(connection, chain, seq, null);
		}
	}

	private static void edit(String[] connection, UUID chain, long seq, String afterState) throws Exception {
		try (Connection c = DriverManager.getConnection(connection[0], connection[1], connection[2]);
				PreparedStatement update = c
					.prepareStatement("update audit_entry set after_state = ? where org_id = ? and seq = ?")) {
			update.setString(1, afterState);
			update.setObject(2, chain);
			update.setLong(3, seq);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static ChainVerification.Chain verify(AuditLog audit, UUID chain) {
		return audit.verify(DataScope.everything())
			.chains()
			.stream()
			.filter(c -> c.orgId().equals(chain))
			.findFirst()
			.orElseThrow();
	}

	private static ConfigurableApplicationContext start(String[] connection) {
		// command-line arguments outrank application.properties
		return new SpringApplicationBuilder(FazhiApplication.class).run("--server.port=0", "--fazhi.demo.enabled=false",
				"--spring.datasource.url=" + connection[0], "--spring.datasource.username=" + connection[1],
				"--spring.datasource.password=" + connection[2], "--spring.main.banner-mode=off");
	}

	/** A file database of its own on H2 (so that "stopped" means closed); the run's database on PostgreSQL. */
	private static String[] database() throws Exception {
		if (TestDatabase.isPostgres()) {
			return TestDatabase.postgresConnection();
		}
		Path dir = Path.of("target", "tamper-h2");
		if (Files.exists(dir)) {
			try (var files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return new String[] { "jdbc:h2:file:./target/tamper-h2/fazhi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "" };
	}
}
