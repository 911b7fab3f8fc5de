package org.fazhi.notification;

import java.time.Instant;
import java.util.UUID;

/** A notice in a user's inbox. */
public record InboxMessage(UUID id, String title, String body, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
