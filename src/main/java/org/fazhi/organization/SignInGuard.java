package org.fazhi.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins of a subject — a user name as typed, or a client address — and locks it after too many
 * within the window. Each failure takes the subject's row lock, so that parallel attempts are counted one by one:
 * twenty wrong passwords at once lock after the fifth, and the other fifteen meet the lock.
 */
@Component
class SignInGuard {

	/** What a failure did. */
	sealed interface Outcome {
	}

	/** Counted; not locked yet. */
	record Counted(int failures) implements Outcome {
	}

	/** This failure locked the subject. */
	record LockedNow(Instant until) implements Outcome {
	}

	/** The subject was locked already (a parallel attempt locked it). */
	record WasLocked(Instant until) implements Outcome {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountSecurityProperties properties;

	SignInGuard(JdbcClient jdbc, Clock clock, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	static String name(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "user:" + (name.length() > 100 ? name.substring(0, 100) : name);
	}

	static String address(String remoteAddress) {
		return "addr:" + (remoteAddress == null ? "" : remoteAddress);
	}

	Optional<Instant> lockedUntil(String subject) {
		return jdbc.sql("select locked_until from organization_sign_in_guard where subject = :s")
			.param("s", subject)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(clock.instant()));
	}

	/** Counts one failure, in a transaction of its own so that it stays counted whatever the request does next. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome fail(String subject, int max) {
		Instant now = clock.instant();
		jdbc.sql("insert into organization_sign_in_guard (subject, failures) values (:s, 0) on conflict do nothing")
			.param("s", subject)
			.update();
		record Row(int failures, Timestamp first, Timestamp until) {
		}
		Row row = jdbc.sql("select failures, first_failure_at, locked_until from organization_sign_in_guard "
				+ "where subject = :s for update")
			.param("s", subject)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)))
			.single();
		if (row.until() != null && row.until().toInstant().isAfter(now)) {
			return new WasLocked(row.until().toInstant());
		}
		boolean fresh = row.first() == null || row.first().toInstant().plus(properties.failureWindow()).isBefore(now);
		int failures = (fresh ? 0 : row.failures()) + 1;
		Instant first = fresh ? now : row.first().toInstant();
		if (failures >= max) {
			Instant until = now.plus(properties.lockDuration());
			jdbc.sql("update organization_sign_in_guard set failures = 0, first_failure_at = null, locked_until = :u "
					+ "where subject = :s")
				.param("u", Timestamp.from(until))
				.param("s", subject)
				.update();
			return new LockedNow(until);
		}
		jdbc.sql("update organization_sign_in_guard set failures = :f, first_failure_at = :first, locked_until = null "
				+ "where subject = :s")
			.param("f", failures)
			.param("first", Timestamp.from(first))
			.param("s", subject)
			.update();
		return new Counted(failures);
	}

	/** A successful sign-in, or an administrator's unlocking, forgets the name's failures. */
	void clear(String subject) {
		jdbc.sql("delete from organization_sign_in_guard where subject = :s").param("s", subject).update();
	}

	/** Forgets what no longer counts: locks that ended and failures older than the window. */
	int forgetExpired() {
		Instant now = clock.instant();
		return jdbc.sql("""
				delete from organization_sign_in_guard
				where (locked_until is null or locked_until < :now)
				  and (first_failure_at is null or first_failure_at < :old)""")
			.param("now", Timestamp.from(now))
			.param("old", Timestamp.from(now.minus(properties.failureWindow())))
			.update();
	}
}
