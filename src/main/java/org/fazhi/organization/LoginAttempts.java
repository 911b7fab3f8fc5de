package org.fazhi.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many in a row; records every success, failure and lockout in
 * the audit trail (the account's organization's chain; the global chain for names that match no account).
 */
@Component
class LoginAttempts implements UserDetailsChecker {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final AccountSecurityProperties properties;

	LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** Refuses a locked account before its password is even checked. */
	@Override
	public void check(UserDetails user) {
		lockedUntil(user.getUsername()).ifPresent(until -> {
			throw new AccountLockedException(until);
		});
	}

	Optional<Instant> lockedUntil(String username) {
		Timestamp until = jdbc.sql("select locked_until from organization_user where username = :u")
			.param("u", username)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return Optional.ofNullable(until).map(Timestamp::toInstant).filter(t -> t.isAfter(clock.instant()));
	}

	@Transactional
	void succeeded(CurrentUser user) {
		jdbc.sql("update organization_user set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", user.id())
			.update();
		audit.append(AuditRecord.of(user.orgId(), "LOGIN_SUCCEEDED", "user", user.id())
			.summary(user.getUsername())
			.by(AuditActor.of(user)));
	}

	/** @return the moment the account is locked until, if this failure locked it */
	@Transactional
	Optional<Instant> failed(String username, String reason) {
		record Account(UUID id, UUID orgId, int failures) {
		}
		Optional<Account> account = jdbc.sql("select id, org_id, failed_attempts from organization_user where username = :u")
			.param("u", username)
			.query((rs, n) -> new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
			.optional();
		AuditActor actor = new AuditActor(account.map(Account::id).orElse(null), username);
		if (account.isEmpty()) {
			audit.append(AuditRecord.of(AuditLog.GLOBAL_CHAIN, "LOGIN_FAILED", "user", null)
				.summary(reason + "：" + username)
				.by(actor));
			return Optional.empty();
		}
		Account a = account.get();
		audit.append(AuditRecord.of(a.orgId(), "LOGIN_FAILED", "user", a.id()).summary(reason + "：" + username).by(actor));
		if (!"BAD_CREDENTIALS".equals(reason)) {
			return Optional.empty();
		}
		int failures = a.failures() + 1;
		if (failures >= properties.maxFailedAttempts()) {
			Instant until = clock.instant().plus(properties.lockDuration());
			jdbc.sql("update organization_user set failed_attempts = 0, locked_until = :until where id = :id")
				.param("until", Timestamp.from(until))
				.param("id", a.id())
				.update();
			audit.append(AuditRecord.of(a.orgId(), "ACCOUNT_LOCKED", "user", a.id())
				.summary(username + " 连续" + failures + "次登录失败，锁定至 " + until)
				.by(actor));
			return Optional.of(until);
		}
		jdbc.sql("update organization_user set failed_attempts = :n where id = :id")
			.param("n", failures)
			.param("id", a.id())
			.update();
		return Optional.empty();
	}
}
