package org.fazhi.normative;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.dashboard.Task;
import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.platform.CorePermission;
import org.fazhi.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a normative document that wait for someone: deliberation after a passed review, promulgation,
 * publication and filing (against their clocks); for the filing authority, the filings to review; for the drafter,
 * the filings returned for correction. Three queries.
 */
@Component
class NormativeTasks implements TaskProvider {

	private final JdbcClient jdbc;

	private final Clocks clocks;

	NormativeTasks(JdbcClient jdbc, Clocks clocks) {
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	private record Waiting(UUID id, String title, DocumentStatus status, DocumentKind kind, String number,
			LocalDate since, boolean published, boolean filed) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(TaskQuery query) {
		List<Task> tasks = new ArrayList<>();
		boolean manage = query.can(NormativePermission.NORMATIVE_MANAGE);
		boolean deliberate = manage || query.can(CorePermission.DELIBERATION_RECORD);
		if (deliberate) {
			documents(query.scope(), manage, tasks);
		}
		if (manage || query.can(NormativePermission.FILING_REVIEW)) {
			filings(query, manage, tasks);
		}
		return tasks;
	}

	private void documents(DataScope scope, boolean manage, List<Task> tasks) {
		DataScope.SqlCondition condition = scope.where("d.org_id", "d.created_by");
		List<Waiting> waiting = jdbc.sql("""
				select d.id, d.title, d.status, d.kind, d.document_number, d.published_on,
				  coalesce(d.promulgated_on, d.deliberation_date) as since,
				  (select count(*) from normative_filing f where f.document_id = d.id) as filings
				from normative_document d
				where d.status in ('REVIEW_PASSED', 'DELIBERATED', 'PROMULGATED', 'UNPUBLISHED', 'IN_FORCE') and\s"""
				+ condition.sql() + " order by d.created_at")
			.params(condition.params())
			.query((rs, n) -> {
				Date since = rs.getDate("since");
				return new Waiting(rs.getObject("id", UUID.class), rs.getString("title"),
						DocumentStatus.valueOf(rs.getString("status")), DocumentKind.valueOf(rs.getString("kind")),
						rs.getString("document_number"), since == null ? null : since.toLocalDate(),
						rs.getDate("published_on") != null, rs.getLong("filings") > 0);
			})
			.list();
		Map<String, List<ClockView>> clocksOf = clocks.forSubjects(NormativeService.ENTITY,
				waiting.stream().map(w -> w.id().toString()).toList());
		for (Waiting w : waiting) {
			String title = w.number() == null ? w.title() : w.number() + " " + w.title();
			String link = "/normative/" + w.id();
			List<ClockView> own = clocksOf.getOrDefault(w.id().toString(), List.of());
			if (w.status() == DocumentStatus.REVIEW_PASSED) {
				tasks.add(new Task("task.normative.deliberate", title, link, null, w.since()));
			}
			if (!manage) {
				continue;
			}
			if (w.status() == DocumentStatus.DELIBERATED) {
				tasks.add(new Task("task.normative.promulgate", title, link, null, w.since()));
			}
			boolean department = w.kind() == DocumentKind.DEPARTMENT && w.number() != null;
			if (department && !w.published()
					&& (w.status() == DocumentStatus.PROMULGATED || w.status() == DocumentStatus.UNPUBLISHED)) {
				tasks.add(new Task("task.normative.publish", title, link, running(own, "ND_PUBLICATION"), w.since()));
			}
			if (department && !w.filed()) {
				tasks.add(new Task("task.normative.file", title, link, running(own, "ND_FILING"), w.since()));
			}
		}
	}

	private void filings(TaskQuery query, boolean manage, List<Task> tasks) {
		DataScope scope = query.scope();
		Map<String, Object> params = new HashMap<>();
		String where;
		if (scope.all()) {
			where = "1=1";
		}
		else if (scope.orgIds().isEmpty()) {
			return;
		}
		else {
			where = "(f.org_id in (:orgs) or f.reviewer_org_id in (:orgs))";
			params.put("orgs", scope.orgIds());
		}
		boolean review = query.can(NormativePermission.FILING_REVIEW);
		jdbc.sql("select f.id, f.status, f.org_id, f.reviewer_org_id, f.submitted_on, f.review_clock_id, "
				+ "d.document_number, d.title from normative_filing f join normative_document d on d.id = f.document_id "
				+ "where f.status in ('SUBMITTED', 'RETURNED', 'RECTIFICATION_REQUIRED') and " + where
				+ " order by f.submitted_on")
			.params(params)
			.query((rs, n) -> {
				FilingStatus status = FilingStatus.valueOf(rs.getString("status"));
				UUID reviewerOrg = rs.getObject("reviewer_org_id", UUID.class);
				UUID org = rs.getObject("org_id", UUID.class);
				String title = rs.getString("document_number") + " " + rs.getString("title");
				String link = "/filings/" + rs.getObject("id", UUID.class);
				LocalDate since = rs.getDate("submitted_on").toLocalDate();
				if (review && status == FilingStatus.SUBMITTED && scope.includesOrg(reviewerOrg)) {
					tasks.add(new Task("task.normative.filing-review", title, link,
							rs.getObject("review_clock_id", UUID.class), since));
				}
				else if (manage && status != FilingStatus.SUBMITTED && scope.includesOrg(org)) {
					tasks.add(new Task("task.normative.filing-correct", title, link, null, since));
				}
				return null;
			})
			.list();
	}

	private static UUID running(List<ClockView> clocks, String rule) {
		return clocks.stream().filter(c -> c.ruleCode().equals(rule) && c.running()).map(ClockView::id).findFirst()
			.orElse(null);
	}
}
