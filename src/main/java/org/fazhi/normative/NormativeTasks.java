package org.fazhi.normative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.dashboard.TaskSource;
import org.fazhi.platform.CorePermission;
import org.fazhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The steps of a normative document that wait for someone: deliberation after a passed review, promulgation,
 * publication and filing (against their clocks); for the filing authority, the filings to review; for the drafter,
 * the filings returned for correction.
 */
@Component
class NormativeTasks implements TaskProvider {

	private static final String TITLE = "case when d.document_number is null then d.title "
			+ "else concat(d.document_number, ' ', d.title) end";

	/** A department's document with its number: published, and filed, under a clock (规定 第十一条, 第二十九条). */
	private static final String NUMBERED = "d.kind = 'DEPARTMENT' and d.document_number is not null";

	@Override
	public List<TaskSource> sources(TaskQuery query) {
		List<TaskSource> sources = new ArrayList<>();
		boolean manage = query.can(NormativePermission.NORMATIVE_MANAGE);
		if (manage || query.can(CorePermission.DELIBERATION_RECORD)) {
			DataScope.SqlCondition scope = query.scope().where("d.org_id", "d.created_by");
			sources.add(documents(scope, "task.normative.deliberate", "d.status = 'REVIEW_PASSED'", null));
			if (manage) {
				sources.add(documents(scope, "task.normative.promulgate", "d.status = 'DELIBERATED'", null));
				sources.add(documents(scope, "task.normative.publish", NUMBERED
						+ " and d.published_on is null and d.status in ('PROMULGATED', 'UNPUBLISHED')", "ND_PUBLICATION"));
				sources.add(documents(scope, "task.normative.file", NUMBERED + " and d.status in ('REVIEW_PASSED', "
						+ "'DELIBERATED', 'PROMULGATED', 'UNPUBLISHED', 'IN_FORCE') and d.filed = false", "ND_FILING"));
			}
		}
		if (manage || query.can(NormativePermission.FILING_REVIEW)) {
			sources.addAll(filings(query, manage));
		}
		return sources;
	}

	/** The documents in the condition as tasks of a kind, against the running clock of a rule (or none). */
	private static TaskSource documents(DataScope.SqlCondition scope, String kind, String condition, String rule) {
		Map<String, Object> params = new HashMap<>(scope.params());
		String clock = "cast(null as uuid)";
		if (rule != null) {
			clock = "(select c.id from deadline_clock c where c.subject_type = '" + NormativeService.ENTITY
					+ "' and c.subject_id = cast(d.id as varchar(36)) and c.rule_code = '" + rule
					+ "' and c.status not in ('DONE_ON_TIME', 'DONE_LATE', 'DONE') order by c.created_at limit 1)";
		}
		return new TaskSource("select '" + kind + "' as kind, " + TITLE + " as title, cast(null as bigint) as amount, "
				+ "concat('/normative/', d.id) as link, " + clock + " as clock_id, "
				+ "coalesce(d.promulgated_on, d.deliberation_date) as since from normative_document d where "
				+ condition + " and " + scope.sql(), params);
	}

	private static List<TaskSource> filings(TaskQuery query, boolean manage) {
		DataScope scope = query.scope();
		if (!scope.all() && scope.orgIds().isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = scope.all() ? Map.of() : Map.of("scope_orgs", scope.orgArray());
		String select = "select '%s' as kind, concat(d.document_number, ' ', d.title) as title, "
				+ "cast(null as bigint) as amount, concat('/filings/', f.id) as link, %s as clock_id, "
				+ "f.submitted_on as since from normative_filing f join normative_document d on d.id = f.document_id "
				+ "where %s";
		List<TaskSource> sources = new ArrayList<>();
		if (query.can(NormativePermission.FILING_REVIEW)) {
			sources.add(new TaskSource(select.formatted("task.normative.filing-review", "f.review_clock_id",
					"f.status = 'SUBMITTED'" + (scope.all() ? "" : " and f.reviewer_org_id = any(:scope_orgs)")), params));
		}
		if (manage) {
			sources.add(new TaskSource(select.formatted("task.normative.filing-correct", "cast(null as uuid)",
					"f.status in ('RETURNED', 'RECTIFICATION_REQUIRED')"
							+ (scope.all() ? "" : " and f.org_id = any(:scope_orgs)")), params));
		}
		return sources;
	}
}
