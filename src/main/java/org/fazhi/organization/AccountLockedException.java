package org.fazhi.organization;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the account is locked; says until when. */
class AccountLockedException extends LockedException {

	private final transient Instant until;

	AccountLockedException(Instant until) {
		super("locked until " + until);
		this.until = until;
	}

	Instant until() {
		return until;
	}
}
