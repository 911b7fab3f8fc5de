package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool's PostgreSQL connections run without JIT compilation; the embedded H2 gets no such statement. */
class PostgresSessionsIT extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void everyPostgresConnectionOfThePoolHasJitOff() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		if (TestDatabase.isPostgres()) {
			for (int i = 0; i < 3; i++) {
				assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
			}
			assertThat(pool.getConnectionInitSql()).isEqualTo(PostgresSessions.INIT);
		}
		else {
			assertThat(pool.getConnectionInitSql()).isNull();
		}
	}
}
