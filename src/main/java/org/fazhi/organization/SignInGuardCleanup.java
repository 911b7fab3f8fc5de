package org.fazhi.organization;

import java.time.LocalDate;

import org.fazhi.platform.DailyJob;
import org.springframework.stereotype.Component;

/** Each night the sign-in counters forget locks that ended and failures older than the window. */
@Component
class SignInGuardCleanup implements DailyJob {

	private final SignInGuard guard;

	SignInGuardCleanup(SignInGuard guard) {
		this.guard = guard;
	}

	@Override
	public String name() {
		return "sign-in-guard-cleanup";
	}

	@Override
	public String cron() {
		return "0 10 3 * * *";
	}

	@Override
	public void run(LocalDate today) {
		guard.forgetExpired();
	}
}
