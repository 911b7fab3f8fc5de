package org.fazhi.platform;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A signed-in request no longer writes its session row each time. Spring Session stamps the last access on every
 * request, and its update would lock, write and flush the row at every click; on PostgreSQL the update here changes
 * the row only when something else changed or the stamp is a minute old ({@value #STAMP_MILLIS} ms), so that a busy
 * user's requests read their session and write it once a minute. A session therefore expires at most a minute
 * before its 30 minutes of inactivity are over. (On the embedded H2, one node, the standard update stays.)
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

	static final long STAMP_MILLIS = 60_000;

	static final String UPDATE = """
			UPDATE %TABLE_NAME% AS s SET SESSION_ID = p.sid, LAST_ACCESS_TIME = p.lat, MAX_INACTIVE_INTERVAL = p.mii,
			  EXPIRY_TIME = p.exp, PRINCIPAL_NAME = p.pn
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(100)),
			  CAST(? AS CHAR(36)))) AS p (sid, lat, mii, exp, pn, pid)
			WHERE s.PRIMARY_ID = p.pid AND (s.SESSION_ID <> p.sid OR s.MAX_INACTIVE_INTERVAL <> p.mii
			  OR s.PRINCIPAL_NAME IS DISTINCT FROM p.pn OR p.lat - s.LAST_ACCESS_TIME >= """ + STAMP_MILLIS + ")";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWritesOncePerMinute(DataSource dataSource) {
		return repository -> {
			if (isPostgres(dataSource)) {
				repository.setUpdateSessionQuery(UPDATE);
			}
		};
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String url = JdbcUtils.extractDatabaseMetaData(dataSource, java.sql.DatabaseMetaData::getURL);
			return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
		}
		catch (org.springframework.jdbc.support.MetaDataAccessException e) {
			return false;
		}
	}
}
