package org.fazhi.organization;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.PlatformProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a sign-in attempt leaves behind: failures counted per name typed and per client address ({@link SignInGuard}),
 * every success, failure and lockout in the audit trail (the account's organization's chain; the global chain for a
 * name no account has). An unknown name is counted and locked exactly as a known one, so that the answers never tell
 * which names exist.
 */
@Component
class LoginAttempts {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** What the failure did, for the message. */
	sealed interface Failure {
	}

	record WrongPassword() implements Failure {
	}

	record NameLocked(Instant until, boolean now) implements Failure {
	}

	record AddressLocked(Instant until) implements Failure {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final AccountSecurityProperties properties;

	private final SignInGuard guard;

	private final ZoneId zone;

	LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock, AccountSecurityProperties properties,
			SignInGuard guard, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.guard = guard;
		this.zone = platform.timeZone();
	}

	/** Refused before any password is checked: the name or the address is locked. */
	Optional<Failure> refusedBeforehand(String username, String address) {
		Optional<Instant> name = guard.lockedUntil(SignInGuard.name(username));
		if (name.isPresent()) {
			return Optional.of(new NameLocked(name.get(), false));
		}
		return guard.lockedUntil(SignInGuard.address(address)).map(AddressLocked::new);
	}

	/** The name is locked now — by attempts that ran alongside this one while its password was checked. */
	Optional<Instant> lockedUntil(String username) {
		return guard.lockedUntil(SignInGuard.name(username));
	}

	@Transactional
	void succeeded(CurrentUser user) {
		guard.clear(SignInGuard.name(user.getUsername()));
		jdbc.sql("update organization_user set last_login_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", user.id())
			.update();
		audit.append(AuditRecord.of(user.orgId(), "LOGIN_SUCCEEDED", "user", user.id())
			.summary(user.getUsername())
			.by(AuditActor.of(user)));
	}

	/** A wrong password (or a name no account has): counted for the name and for the address. */
	Failure wrongPassword(String username, String address) {
		SignInGuard.Outcome name = guard.fail(SignInGuard.name(username), properties.maxFailedAttempts());
		SignInGuard.Outcome from = guard.fail(SignInGuard.address(address), properties.maxFailuresPerAddress());
		Account account = account(username);
		record(account, username, "LOGIN_FAILED", "BAD_CREDENTIALS：" + username + "（" + address + "）");
		if (name instanceof SignInGuard.LockedNow locked) {
			record(account, username, "ACCOUNT_LOCKED", username + " 连续" + properties.maxFailedAttempts()
					+ "次登录失败，锁定至 " + TIME.format(locked.until().atZone(zone)) + "（北京时间）");
			return new NameLocked(locked.until(), true);
		}
		if (name instanceof SignInGuard.WasLocked locked) {
			return new NameLocked(locked.until(), false);
		}
		if (from instanceof SignInGuard.LockedNow locked) {
			record(account, username, "ADDRESS_LOCKED", address + " 登录失败过多，至 "
					+ TIME.format(locked.until().atZone(zone)) + "（北京时间）前拒绝该地址的登录");
			return new AddressLocked(locked.until());
		}
		if (from instanceof SignInGuard.WasLocked locked) {
			return new AddressLocked(locked.until());
		}
		return new WrongPassword();
	}

	/** A refusal that counts nothing (locked, disabled): recorded only. */
	void refused(String username, String address, String reason) {
		record(account(username), username, "LOGIN_FAILED", reason + "：" + username + "（" + address + "）");
	}

	private record Account(UUID id, UUID orgId) {
	}

	private Account account(String username) {
		return jdbc.sql("select id, org_id from organization_user where username = :u")
			.param("u", username == null ? "" : username.strip())
			.query((rs, n) -> new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional()
			.orElse(null);
	}

	private void record(Account account, String username, String action, String summary) {
		AuditActor actor = new AuditActor(account == null ? null : account.id(), username);
		audit.append(AuditRecord.of(account == null ? AuditLog.GLOBAL_CHAIN : account.orgId(), action, "user",
				account == null ? null : account.id()).summary(summary).by(actor));
	}
}
