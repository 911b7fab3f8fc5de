package org.fazhi.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (or, with FAZHI_REQUIRE_PG=1, fails) the PostgreSQL run of the suite when no server can be reached. */
public class DatabaseAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2");
		}
		return TestDatabase.postgresUnavailable()
			.map(reason -> Requirements.unavailable("FAZHI_REQUIRE_PG", reason))
			.orElse(ConditionEvaluationResult.enabled("PostgreSQL"));
	}
}
