package org.fazhi.attachment;

import java.time.Instant;
import java.util.UUID;

/** An attachment as modules and pages see it. */
public record AttachmentView(UUID id, UUID orgId, String ownerType, String ownerId, String category, String fileName,
		String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
