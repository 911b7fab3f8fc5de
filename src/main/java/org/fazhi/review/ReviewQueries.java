package org.fazhi.review;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.Paging;
import org.fazhi.platform.UuidArray;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of reviews: one review, the queue, the figures of the indicators. A page of any size costs the same few
 * statements: the rows, then their revisions, problems, clocks and people in one query each.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

	static final String OPEN_FIRST = "case when r.status in ('SUBMITTED', 'IN_REVIEW', 'RETURNED', 'OPINION_ISSUED') "
			+ "then 0 else 1 end, r.submitted_on desc, r.created_at desc";

	/** The queue's columns a user may sort by. */
	static final Map<String, String> SORTABLE = Map.of("title", "r.title", "submittedOn", "r.submitted_on", "status",
			"r.status", "number", "r.document_number");

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final UserService users;

	private final OrgHierarchy orgs;

	ReviewQueries(JdbcClient jdbc, Clocks clocks, UserService users, OrgHierarchy orgs) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.users = users;
		this.orgs = orgs;
	}

	/** Filters of the queue; {@code null} means any. {@code year}: completed in that year. */
	public record Filter(ReviewStatus status, ReviewSubject subject, String keyword, Integer year,
			ReviewOutcome outcome) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}
	}

	public Optional<ReviewView> find(UUID id) {
		return views("r.id = :id", Map.of("id", id), "r.id").stream().findFirst();
	}

	/** Several reviews at once, by id (the lists of the modules whose drafts were reviewed). */
	public Map<UUID, ReviewView> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ReviewView> found = new HashMap<>();
		views("r.id in (:ids)", Map.of("ids", ids), "r.id").forEach(r -> found.put(r.id(), r));
		return found;
	}

	/** The latest review of a subject, if it was ever submitted. */
	public Optional<ReviewView> latestFor(ReviewSubject subject, String subjectId) {
		return views("r.subject = :subject and r.subject_id = :sid", Map.of("subject", subject.name(), "sid", subjectId),
				"r.submitted_on desc, r.created_at desc")
			.stream()
			.findFirst();
	}

	public Page<ReviewView> queue(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("r.org_id", "r.requester_id");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.subject() != null) {
			where.append(" and r.subject = :subject");
			params.put("subject", filter.subject().name());
		}
		if (filter.year() != null) {
			where.append(" and r.completed_on between :from and :to");
			params.put("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
			params.put("to", Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
		}
		if (filter.outcome() != null) {
			where.append(" and r.outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and (r.title like :kw escape '\\' or r.document_number like :kw escape '\\')");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		Page<UUID> ids = Paging.query(jdbc, "select r.id", "from review_request r", where.toString(), params,
				Paging.orderBy(pageable, SORTABLE, OPEN_FIRST), pageable, (rs, n) -> rs.getObject(1, UUID.class));
		Map<UUID, ReviewView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			views("r.id in (:ids)", Map.of("ids", ids.getContent()), OPEN_FIRST).forEach(v -> found.put(v.id(), v));
		}
		return new PageImpl<>(ids.getContent().stream().map(found::get).toList(), ids.getPageable(),
				ids.getTotalElements());
	}

	/** Reviews completed in a year within the organizations, by outcome (for indicator RV-COUNT). */
	public Map<ReviewOutcome, Long> completedByOutcome(Set<UUID> orgIds, int year) {
		Map<ReviewOutcome, Long> counts = new java.util.EnumMap<>(ReviewOutcome.class);
		for (ReviewOutcome o : ReviewOutcome.values()) {
			counts.put(o, 0L);
		}
		if (orgIds.isEmpty()) {
			return counts;
		}
		// the 法制审核 of enforcement decisions is not a document's 合法性审查 (EN-REVIEW counts it)
		jdbc.sql("select outcome, count(*) from review_request where org_id = any(:orgs) and completed_on between :from "
				+ "and :to and subject <> 'ENFORCEMENT_DECISION' group by outcome")
			.param("orgs", UuidArray.of(orgIds))
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> counts.put(ReviewOutcome.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	List<ReviewView> views(String where, Map<String, ?> params, String orderBy) {
		List<LegalityReview> rows = jdbc.sql("select r.* from review_request r where " + where + " order by " + orderBy)
			.params(params)
			.query(ReviewRepository::map)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(r -> r.id).toList();
		Map<UUID, List<ReviewView.Revision>> revisions = new HashMap<>();
		jdbc.sql("select review_id, seq, label, title, body_text, explanation, submitted_on, submitted_by "
				+ "from review_revision where review_id in (:ids) order by seq")
			.param("ids", ids)
			.query((rs, n) -> revisions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new ReviewView.Revision(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8))))
			.list();
		Map<UUID, List<ReviewView.Problem>> problems = new HashMap<>();
		jdbc.sql("select * from review_problem where review_id in (:ids) order by seq")
			.param("ids", ids)
			.query((rs, n) -> {
				Date handled = rs.getDate("handled_on");
				int rev = rs.getInt("handled_in_revision");
				Integer revision = rs.wasNull() ? null : rev;
				return problems.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
					.add(new ReviewView.Problem(rs.getObject("id", UUID.class), rs.getInt("seq"),
							rs.getString("description"), rs.getString("handling"),
							handled == null ? null : handled.toLocalDate(), rs.getString("handled_by"), revision));
			})
			.list();
		Map<UUID, List<CounselOpinion>> counsel = new HashMap<>();
		jdbc.sql("select * from review_counsel_opinion where review_id in (:ids) order by given_on, recorded_at")
			.param("ids", ids)
			.query((rs, n) -> counsel.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
				.add(ReviewRepository.counsel(rs, n)))
			.list();
		Set<UUID> people = new HashSet<>();
		List<UUID> clockIds = new ArrayList<>();
		rows.forEach(r -> {
			people.add(r.requesterId);
			if (r.reviewerId != null) {
				people.add(r.reviewerId);
			}
			if (r.clockId != null) {
				clockIds.add(r.clockId);
			}
		});
		Map<UUID, String> names = users.displayNames(people);
		Map<UUID, ClockView> clocksById = clocks.byIds(clockIds);
		List<ReviewView> views = new ArrayList<>();
		for (LegalityReview r : rows) {
			ClockView c = r.clockId == null ? null : clocksById.get(r.clockId);
			views.add(new ReviewView(r.id, r.orgId, orgs.name(r.orgId).orElse(""), r.unitId, r.subject, r.subjectId,
					r.title, r.basis, r.procedureSummary, r.requesterId, names.get(r.requesterId), r.drafterId,
					r.submittedOn, r.ruleCode, r.clockId, c == null ? null : c.dueDate(),
					c == null ? null : c.earliestDate(), c == null ? null : c.minimum(), r.reviewerId,
					r.reviewerId == null ? null : names.get(r.reviewerId), r.status, r.outcome, r.outcomeText,
					r.completedOn, r.passedOn, r.completedOnTime, r.number == null ? null : r.number.toString(),
					r.returnedOn, r.returnReason, r.confirmedRevision, revisions.getOrDefault(r.id, List.of()),
					problems.getOrDefault(r.id, List.of()), counsel.getOrDefault(r.id, List.of()), r.version));
		}
		return views;
	}
}
