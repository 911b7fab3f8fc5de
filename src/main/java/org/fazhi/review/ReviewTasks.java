package org.fazhi.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.dashboard.Task;
import org.fazhi.dashboard.TaskProvider;
import org.fazhi.dashboard.TaskQuery;
import org.fazhi.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal division's and the requesters' review tasks: a review to claim, a conclusion to give, an opinion's
 * handling to confirm; an opinion to handle, materials to complete. A reviewer never gets a task on a review he
 * requested or drafted. One query.
 */
@Component
class ReviewTasks implements TaskProvider {

	private final JdbcClient jdbc;

	ReviewTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Open(UUID id, String title, ReviewStatus status, UUID clockId, LocalDate submittedOn,
			UUID requesterId, UUID drafterId, UUID reviewerId, long unhandled, long revisions) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(TaskQuery query) {
		UUID me = query.user().id();
		boolean reviewer = query.can(ReviewPermission.REVIEW_PERFORM);
		boolean requester = query.can(ReviewPermission.REVIEW_REQUEST);
		if (!reviewer && !requester) {
			return List.of();
		}
		DataScope.SqlCondition scope = reviewer ? query.scope().where("r.org_id", "r.requester_id")
				: new DataScope.SqlCondition("1=0", Map.of());
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("me", me);
		List<Open> open = jdbc.sql("""
				select r.id, r.title, r.status, r.clock_id, r.submitted_on, r.requester_id, r.drafter_id, r.reviewer_id,
				  (select count(*) from review_problem p where p.review_id = r.id and p.handling is null) as unhandled,
				  (select count(*) from review_revision v where v.review_id = r.id) as revisions
				from review_request r
				where r.status in ('SUBMITTED', 'IN_REVIEW', 'OPINION_ISSUED', 'RETURNED')
				  and (""" + scope.sql() + " or r.requester_id = :me or r.drafter_id = :me) order by r.submitted_on")
			.params(params)
			.query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getString("title"),
					ReviewStatus.valueOf(rs.getString("status")), rs.getObject("clock_id", UUID.class),
					rs.getDate("submitted_on").toLocalDate(), rs.getObject("requester_id", UUID.class),
					rs.getObject("drafter_id", UUID.class), rs.getObject("reviewer_id", UUID.class),
					rs.getLong("unhandled"), rs.getLong("revisions")))
			.list();
		List<Task> tasks = new ArrayList<>();
		for (Open r : open) {
			boolean own = me.equals(r.requesterId()) || me.equals(r.drafterId());
			String kind = null;
			if (reviewer && !own) {
				if (r.status() == ReviewStatus.SUBMITTED && r.reviewerId() == null) {
					kind = "task.review.claim";
				}
				else if (r.status().awaitingOutcome() && me.equals(r.reviewerId())) {
					kind = "task.review.conclude";
				}
				else if (r.status() == ReviewStatus.OPINION_ISSUED && me.equals(r.reviewerId()) && r.revisions() > 1
						&& r.unhandled() == 0) {
					kind = "task.review.confirm";
				}
			}
			if (kind == null && requester && me.equals(r.requesterId())) {
				if (r.status() == ReviewStatus.OPINION_ISSUED && (r.unhandled() > 0 || r.revisions() <= 1)) {
					kind = "task.review.handle";
				}
				else if (r.status() == ReviewStatus.RETURNED) {
					kind = "task.review.complete-materials";
				}
			}
			if (kind != null) {
				tasks.add(new Task(kind, r.title(), "/reviews/" + r.id(), r.clockId(), r.submittedOn()));
			}
		}
		return tasks;
	}
}
