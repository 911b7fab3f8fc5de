package org.fazhi.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Tests that need PostgreSQL or Chromium skip, saying why, where these are absent — and fail instead when
 * {@code FAZHI_REQUIRE_PG=1} / {@code FAZHI_REQUIRE_BROWSER=1} (set by CI), so nothing is skipped silently there.
 */
final class Requirements {

	private Requirements() {
	}

	static ConditionEvaluationResult unavailable(String requirementVariable, String reason) {
		if ("1".equals(System.getenv(requirementVariable))) {
			throw new IllegalStateException(reason + "（" + requirementVariable + "=1，不允许跳过）");
		}
		String message = "[跳过] " + reason;
		System.out.println(message);
		return ConditionEvaluationResult.disabled(message);
	}
}
