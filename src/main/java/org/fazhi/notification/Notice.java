package org.fazhi.notification;

import java.util.UUID;

/**
 * A notice to one user.
 * @param link where the notice leads inside the platform (a path starting with "/")
 * @param dedupeKey if given, a notice with the same key is stored only once
 */
public record Notice(UUID recipientId, UUID orgId, String title, String body, String link, String dedupeKey) {
}
