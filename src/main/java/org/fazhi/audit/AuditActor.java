package org.fazhi.audit;

import java.util.UUID;

import org.fazhi.platform.CurrentUser;

/** Who did it: a user, or the platform itself (scheduled jobs, migrations, demo data). */
public record AuditActor(UUID id, String name) {

	public static final AuditActor SYSTEM = new AuditActor(null, "系统");

	public static AuditActor of(CurrentUser user) {
		return new AuditActor(user.id(), user.displayName() + "（" + user.getUsername() + "）");
	}

	/** The user signed in on this thread, or the platform when no one is. */
	public static AuditActor current() {
		return CurrentUser.get().map(AuditActor::of).orElse(SYSTEM);
	}
}
