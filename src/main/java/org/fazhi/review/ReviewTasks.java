package org.fazhi.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.dashboard.TaskSource;
import org.fazhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The legal division's and the requesters' review tasks: a review to claim, a conclusion to give, an opinion's
 * handling to confirm; an opinion to handle, materials to complete. A reviewer never gets a task on a review he
 * requested or drafted. One select.
 */
@Component
class ReviewTasks implements TaskProvider {

	private static final String UNHANDLED = "(select count(*) from review_problem p where p.review_id = r.id "
			+ "and p.handling is null)";

	private static final String REVISIONS = "(select count(*) from review_revision v where v.review_id = r.id)";

	@Override
	public List<TaskSource> sources(TaskQuery query) {
		boolean reviewer = query.can(ReviewPermission.REVIEW_PERFORM);
		boolean requester = query.can(ReviewPermission.REVIEW_REQUEST);
		if (!reviewer && !requester) {
			return List.of();
		}
		UUID me = query.user().id();
		List<String> kinds = new ArrayList<>();
		if (reviewer) {
			String notOwn = "r.requester_id <> :me and (r.drafter_id is null or r.drafter_id <> :me)";
			kinds.add("when " + notOwn + " and r.status = 'SUBMITTED' and r.reviewer_id is null then 'task.review.claim'");
			kinds.add("when " + notOwn + " and r.status in ('SUBMITTED', 'IN_REVIEW') and r.reviewer_id = :me "
					+ "then 'task.review.conclude'");
			kinds.add("when " + notOwn + " and r.status = 'OPINION_ISSUED' and r.reviewer_id = :me and " + REVISIONS
					+ " > 1 and " + UNHANDLED + " = 0 then 'task.review.confirm'");
		}
		if (requester) {
			kinds.add("when r.requester_id = :me and r.status = 'OPINION_ISSUED' and (" + UNHANDLED + " > 0 or "
					+ REVISIONS + " <= 1) then 'task.review.handle'");
			kinds.add("when r.requester_id = :me and r.status = 'RETURNED' then 'task.review.complete-materials'");
		}
		DataScope.SqlCondition scope = reviewer ? query.scope().where("r.org_id", "r.requester_id")
				: new DataScope.SqlCondition("1=0", Map.of());
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("me", me);
		return List.of(new TaskSource("""
				select x.kind, x.title, cast(null as bigint) as amount, concat('/reviews/', x.id) as link, x.clock_id,
				  x.submitted_on as since
				from (select r.id, r.title, r.clock_id, r.submitted_on, case %s end as kind
				  from review_request r
				  where r.status in ('SUBMITTED', 'IN_REVIEW', 'OPINION_ISSUED', 'RETURNED')
				    and (%s or r.requester_id = :me or r.drafter_id = :me)) x
				where x.kind is not null""".formatted(String.join(" ", kinds), scope.sql()), params));
	}
}
