package org.fazhi.platform;

import java.util.UUID;

/**
 * A security-relevant request, for the audit trail (等保 8.1.4.3 a: 审计覆盖到每个用户，对重要的用户行为和重要安全事件进行审计):
 * access refused, a list exported, a file downloaded.
 * @param action {@code ACCESS_DENIED}, {@code LIST_EXPORTED} or {@code FILE_DOWNLOADED}
 * @param orgId the organization of the user ({@code null} for a visitor who is not signed in)
 * @param userId the user, {@code null} for a visitor
 * @param userName how the user is named in the trail
 * @param request the method and path
 * @param summary what was sent or refused
 */
public record SecurityEvent(String action, UUID orgId, UUID userId, String userName, String request, String summary) {

	/** The request attribute an export sets to the number of rows it wrote. */
	public static final String EXPORTED_ROWS = "fazhi.export.rows";
}
