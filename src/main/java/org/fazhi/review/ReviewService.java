package org.fazhi.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.notification.Notice;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.organization.UserView;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.Permission;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.review.ReviewEvents.ReviewCompleted;
import org.fazhi.review.ReviewEvents.ReviewFoundUnlawful;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legality review of any document: submission (with the pre-review check and a clock on the subject's rule), the
 * legal division's queue, the outcome, the handling of an opinion's problems, and the review document.
 */
@Service
@Transactional
public class ReviewService {

	static final String CLOCK_SUBJECT = "legality_review";

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final AuditLog audit;

	private final NotificationService notifications;

	private final UserService users;

	private final OrganizationService orgs;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ObjectProvider<CitedDocumentCatalog> catalog;

	private final Clock clock;

	ReviewService(JdbcClient jdbc, Clocks clocks, AuditLog audit, NotificationService notifications, UserService users,
			OrganizationService orgs, ApplicationEventPublisher events, MessageSource messages,
			ObjectProvider<CitedDocumentCatalog> catalog, Clock clock) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.audit = audit;
		this.notifications = notifications;
		this.users = users;
		this.orgs = orgs;
		this.events = events;
		this.messages = messages;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * A request for review.
	 * @param orgId the requesting (drafting) organization
	 * @param subjectId the reviewed item in its own module, or {@code null} for a document reviewed on its own
	 */
	public record SubmitReview(UUID orgId, ReviewSubject subject, String subjectId, String title, String draftText,
			String explanation, String basis, String consultationSummary, UUID requesterId, LocalDate submittedOn) {
	}

	/** Filters of the queue; {@code null} means any. {@code year}: completed in that year. */
	public record Filter(ReviewStatus status, ReviewSubject subject, String keyword, Integer year,
			ReviewOutcome outcome) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}
	}

	public UUID submit(SubmitReview cmd) {
		if (cmd.title() == null || cmd.title().isBlank()) {
			throw InvalidInput.onField("title", "review.title.required");
		}
		if (cmd.draftText() == null || cmd.draftText().isBlank()) {
			throw InvalidInput.onField("draftText", "review.text.required");
		}
		if (cmd.submittedOn() == null) {
			throw InvalidInput.onField("submittedOn", "review.date.required");
		}
		OrgView unit = orgs.unitOf(cmd.orgId());
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into review_request (id, org_id, unit_id, subject, subject_id, title, draft_text, explanation, basis,
				  consultation_summary, requester_id, submitted_on, rule_code, status, created_at, version)
				values (:id, :org, :unit, :subject, :subjectId, :title, :text, :explanation, :basis, :consultation,
				  :requester, :on, :rule, 'SUBMITTED', :at, 0)""")
			.param("id", id)
			.param("org", cmd.orgId())
			.param("unit", unit.id())
			.param("subject", cmd.subject().name())
			.param("subjectId", cmd.subjectId())
			.param("title", cmd.title().strip())
			.param("text", cmd.draftText())
			.param("explanation", cmd.explanation())
			.param("basis", cmd.basis())
			.param("consultation", cmd.consultationSummary())
			.param("requester", cmd.requesterId())
			.param("on", Date.valueOf(cmd.submittedOn()))
			.param("rule", cmd.subject().ruleCode())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		List<Finding> findings = PreReviewChecks.check(cmd.title(), cmd.draftText(),
				cmd.subject() == ReviewSubject.NORMATIVE_DOCUMENT, catalog.getIfAvailable());
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			jdbc.sql("""
					insert into review_finding (id, review_id, seq, rule, excerpt, match_start, match_end, detail)
					values (:id, :review, :seq, :rule, :excerpt, :start, :end, :detail)""")
				.param("id", Ids.newId())
				.param("review", id)
				.param("seq", i + 1)
				.param("rule", f.rule().name())
				.param("excerpt", f.excerpt())
				.param("start", f.start())
				.param("end", f.end())
				.param("detail", f.detail())
				.update();
		}
		UUID clockId = clocks.start(new StartClock(cmd.orgId(), "review", CLOCK_SUBJECT, id.toString(),
				cmd.title().strip(), "/reviews/" + id, cmd.subject().ruleCode(), null, cmd.submittedOn()));
		jdbc.sql("update review_request set clock_id = :clock where id = :id").param("clock", clockId).param("id", id).update();
		audit.append(AuditRecord.of(cmd.orgId(), "REVIEW_SUBMITTED", "review_request", id)
			.summary(text(cmd.subject().messageKey()) + "：" + cmd.title().strip())
			.after(Map.of("title", cmd.title().strip(), "subject", cmd.subject(), "submittedOn", cmd.submittedOn(),
					"findings", findings.size())));
		for (UserView reviewer : users.holdersOf(Permission.REVIEW_PERFORM, orgs.subtree(unit.id()))) {
			notifications.send(new Notice(reviewer.id(), cmd.orgId(), text("review.notice.submitted.title", cmd.title()),
					text("review.notice.submitted.body", cmd.title(), cmd.submittedOn()), "/reviews/" + id,
					"review:" + id + ":submitted:" + reviewer.id()));
		}
		return id;
	}

	/** A reviewer takes a request from the queue. */
	public void claim(UUID id, UUID reviewerId) {
		assign(id, reviewerId);
	}

	/** The request goes to this reviewer, who must hold the review permission. */
	public void assign(UUID id, UUID reviewerId) {
		ReviewView review = get(id);
		if (!review.status().open()) {
			throw RuleViolation.of("review.assign.closed", review.title());
		}
		UserView reviewer = users.get(reviewerId);
		boolean mayReview = users.holdersOf(Permission.REVIEW_PERFORM, orgs.subtree(review.unitId()))
			.stream()
			.anyMatch(u -> u.id().equals(reviewerId));
		if (!mayReview) {
			throw RuleViolation.of("review.assign.not-reviewer", reviewer.displayName());
		}
		if (review.status() == ReviewStatus.SUBMITTED) {
			review.status().assertCanMoveTo(ReviewStatus.IN_REVIEW);
		}
		jdbc.sql("update review_request set reviewer_id = :r, status = case when status = 'SUBMITTED' then 'IN_REVIEW' "
				+ "else status end, version = version + 1 where id = :id")
			.param("r", reviewerId)
			.param("id", id)
			.update();
		clocks.assign(review.clockId(), reviewerId);
		audit.append(AuditRecord.of(review.orgId(), "REVIEW_ASSIGNED", "review_request", id)
			.summary(reviewer.displayName()));
	}

	/**
	 * The reviewer's outcome. 合法性说明 passes the subject at once; 合法性审查意见 lists the problems the drafter must
	 * handle; 不合法 ends the way to deliberation. The review's clock stops on the day of the outcome.
	 */
	public ReviewView complete(UUID id, ReviewOutcome outcome, String outcomeText, List<String> problems, LocalDate on,
			UUID actorId) {
		ReviewView review = get(id);
		if (outcome == null) {
			throw InvalidInput.onField("outcome", "review.outcome.required");
		}
		if (outcomeText == null || outcomeText.isBlank()) {
			throw InvalidInput.onField("text", "review.outcome.text-required");
		}
		List<String> listed = problems == null ? List.of()
				: problems.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
		if (outcome == ReviewOutcome.OPINION && listed.isEmpty()) {
			throw InvalidInput.onField("problems", "review.outcome.problems-required");
		}
		if (outcome == ReviewOutcome.STATEMENT && !listed.isEmpty()) {
			throw InvalidInput.onField("problems", "review.outcome.statement-without-problems");
		}
		if (on == null || on.isBefore(review.submittedOn())) {
			throw InvalidInput.onField("on", "review.outcome.date", review.submittedOn());
		}
		ReviewStatus target = switch (outcome) {
			case STATEMENT -> ReviewStatus.PASSED;
			case OPINION -> ReviewStatus.OPINION_ISSUED;
			case UNLAWFUL -> ReviewStatus.UNLAWFUL;
		};
		review.status().assertCanMoveTo(target);
		if (review.reviewerId() == null && actorId != null) {
			jdbc.sql("update review_request set reviewer_id = :r where id = :id").param("r", actorId).param("id", id).update();
			clocks.assign(review.clockId(), actorId);
		}
		OrgView unit = orgs.get(review.unitId());
		String prefix = unit.label() + "法审";
		int seq = nextNumber(prefix, on.getYear());
		String number = prefix + "〔" + on.getYear() + "〕" + seq + "号";
		ClockView stopped = clocks.stop(review.clockId(), on);
		jdbc.sql("""
				update review_request set status = :status, outcome = :outcome, outcome_text = :text, completed_on = :on,
				  passed_on = :passed, completed_on_time = :onTime, number_prefix = :prefix, number_year = :year,
				  number_seq = :seq, document_number = :number, version = version + 1
				where id = :id""")
			.param("status", target.name())
			.param("outcome", outcome.name())
			.param("text", outcomeText.strip())
			.param("on", Date.valueOf(on))
			.param("passed", target == ReviewStatus.PASSED ? Date.valueOf(on) : null)
			.param("onTime", stopped.onTime())
			.param("prefix", prefix)
			.param("year", on.getYear())
			.param("seq", seq)
			.param("number", number)
			.param("id", id)
			.update();
		for (int i = 0; i < listed.size(); i++) {
			jdbc.sql("insert into review_problem (id, review_id, seq, description) values (:id, :review, :seq, :d)")
				.param("id", Ids.newId())
				.param("review", id)
				.param("seq", i + 1)
				.param("d", truncate(listed.get(i), 2000))
				.update();
		}
		ReviewView after = get(id);
		audit.append(AuditRecord.of(review.orgId(), "REVIEW_COMPLETED", "review_request", id)
			.summary(number + " " + text(outcome.messageKey()))
			.before(snapshot(review))
			.after(snapshot(after)));
		events.publishEvent(new ReviewCompleted(id, review.subject(), review.subjectId(), outcome, on));
		if (target == ReviewStatus.PASSED) {
			events.publishEvent(new ReviewPassed(id, review.subject(), review.subjectId(), on));
		}
		if (target == ReviewStatus.UNLAWFUL) {
			events.publishEvent(new ReviewFoundUnlawful(id, review.subject(), review.subjectId(), on));
		}
		notifications.send(new Notice(review.requesterId(), review.orgId(),
				text("review.notice.completed.title", review.title(), text(outcome.messageKey())),
				text("review.notice.completed.body", number, text(outcome.messageKey())), "/reviews/" + id,
				"review:" + id + ":completed"));
		return after;
	}

	/** The drafter records how one problem of the opinion was handled. */
	public void recordHandling(UUID id, UUID problemId, String handling, LocalDate on, String handledBy) {
		ReviewView review = get(id);
		if (review.status() != ReviewStatus.OPINION_ISSUED) {
			throw RuleViolation.of("review.handling.not-opinion", review.title());
		}
		if (handling == null || handling.isBlank()) {
			throw InvalidInput.onField("handling", "review.handling.required");
		}
		int updated = jdbc.sql("update review_problem set handling = :h, handled_on = :on, handled_by = :by "
				+ "where id = :p and review_id = :id")
			.param("h", truncate(handling.strip(), 2000))
			.param("on", Date.valueOf(on))
			.param("by", handledBy)
			.param("p", problemId)
			.param("id", id)
			.update();
		if (updated == 0) {
			throw NotFoundException.of("review_problem", problemId);
		}
		audit.append(AuditRecord.of(review.orgId(), "REVIEW_PROBLEM_HANDLED", "review_request", id)
			.summary(handling.strip()));
		if (get(id).allProblemsHandled() && review.reviewerId() != null) {
			notifications.send(new Notice(review.reviewerId(), review.orgId(), text("review.notice.handled.title", review.title()),
					null, "/reviews/" + id, "review:" + id + ":handled"));
		}
	}

	/** The reviewer confirms the opinion's problems were handled: the subject passes. */
	public void confirm(UUID id, LocalDate on) {
		ReviewView review = get(id);
		review.status().assertCanMoveTo(ReviewStatus.PASSED);
		if (!review.allProblemsHandled()) {
			long open = review.problems().stream().filter(p -> p.handling() == null).count();
			throw RuleViolation.of("review.confirm.unhandled", open);
		}
		jdbc.sql("update review_request set status = 'PASSED', passed_on = :on, version = version + 1 where id = :id")
			.param("on", Date.valueOf(on))
			.param("id", id)
			.update();
		audit.append(AuditRecord.of(review.orgId(), "REVIEW_CONFIRMED", "review_request", id).summary(review.title()));
		events.publishEvent(new ReviewPassed(id, review.subject(), review.subjectId(), on));
		notifications.send(new Notice(review.requesterId(), review.orgId(), text("review.notice.passed.title", review.title()),
				null, "/reviews/" + id, "review:" + id + ":passed"));
	}

	@Transactional(readOnly = true)
	public ReviewView get(UUID id) {
		return views("r.id = :id", Map.of("id", id), "r.id").stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("review_request", id));
	}

	@Transactional(readOnly = true)
	public List<Finding> findings(UUID id) {
		get(id);
		return jdbc.sql("select * from review_finding where review_id = :id order by seq")
			.param("id", id)
			.query((rs, n) -> new Finding(PreReviewRule.valueOf(rs.getString("rule")), rs.getString("excerpt"),
					rs.getInt("match_start"), rs.getInt("match_end"), rs.getString("detail")))
			.list();
	}

	/** The latest review of a subject, if it was ever submitted. */
	@Transactional(readOnly = true)
	public Optional<ReviewView> latestFor(ReviewSubject subject, String subjectId) {
		List<ReviewView> all = views("r.subject = :subject and r.subject_id = :sid",
				Map.of("subject", subject.name(), "sid", subjectId), "r.submitted_on desc, r.created_at desc");
		return all.stream().findFirst();
	}

	@Transactional(readOnly = true)
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
				"case when r.status in ('SUBMITTED', 'IN_REVIEW', 'OPINION_ISSUED') then 0 else 1 end, r.submitted_on desc, r.created_at desc",
				pageable, (rs, n) -> rs.getObject(1, UUID.class));
		List<ReviewView> views = ids.isEmpty() ? List.of()
				: views("r.id in (:ids)", Map.of("ids", ids.getContent()),
						"case when r.status in ('SUBMITTED', 'IN_REVIEW', 'OPINION_ISSUED') then 0 else 1 end, r.submitted_on desc, r.created_at desc");
		return new PageImpl<>(views, pageable, ids.getTotalElements());
	}

	/** The review document (合法性说明 / 合法性审查意见书) in 公文 format. */
	@Transactional(readOnly = true)
	public byte[] document(UUID id) {
		ReviewView review = get(id);
		if (review.outcome() == null) {
			throw RuleViolation.of("review.document.not-yet", review.title());
		}
		OrgView unit = orgs.get(review.unitId());
		String issuer = review.reviewerId() == null ? unit.name()
				: unit.name() + orgs.get(users.get(review.reviewerId()).orgId()).name();
		GongwenDocx doc = new GongwenDocx().issuer(issuer)
			.number(review.documentNumber())
			.title(text("review.document.title." + review.outcome(), review.title()))
			.addressee(review.orgName())
			.body(review.outcomeText());
		if (!review.problems().isEmpty()) {
			doc.heading1(text("review.document.problems"));
			for (ReviewView.Problem p : review.problems()) {
				doc.body(chineseOrdinal(p.seq()) + "、" + p.description());
			}
		}
		return doc.signature(issuer, review.completedOn()).toBytes();
	}

	/** Reviews completed in a year within the organizations, by outcome (for indicator RV-COUNT). */
	@Transactional(readOnly = true)
	public Map<ReviewOutcome, Long> completedByOutcome(Set<UUID> orgIds, int year) {
		Map<ReviewOutcome, Long> counts = new java.util.EnumMap<>(ReviewOutcome.class);
		for (ReviewOutcome o : ReviewOutcome.values()) {
			counts.put(o, 0L);
		}
		if (orgIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("select outcome, count(*) from review_request where org_id in (:orgs) and completed_on between :from "
				+ "and :to group by outcome")
			.param("orgs", orgIds)
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> counts.put(ReviewOutcome.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Reviews completed in a year within the organizations, and how many of them within their clock. */
	@Transactional(readOnly = true)
	public long[] completedOnTime(Set<UUID> orgIds, int year) {
		if (orgIds.isEmpty()) {
			return new long[] { 0, 0 };
		}
		return jdbc.sql("select count(*), sum(case when completed_on_time then 1 else 0 end) from review_request "
				+ "where org_id in (:orgs) and completed_on between :from and :to")
			.param("orgs", orgIds)
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private int nextNumber(String prefix, int year) {
		jdbc.sql("insert into review_number_seq (prefix, year_num, last_seq) values (:p, :y, 0) on conflict do nothing")
			.param("p", prefix)
			.param("y", year)
			.update();
		int last = jdbc.sql("select last_seq from review_number_seq where prefix = :p and year_num = :y for update")
			.param("p", prefix)
			.param("y", year)
			.query(Integer.class)
			.single();
		jdbc.sql("update review_number_seq set last_seq = :n where prefix = :p and year_num = :y")
			.param("n", last + 1)
			.param("p", prefix)
			.param("y", year)
			.update();
		return last + 1;
	}

	private List<ReviewView> views(String where, Map<String, ?> params, String orderBy) {
		List<Row> rows = jdbc.sql("select r.* from review_request r where " + where + " order by " + orderBy)
			.params(params)
			.query(ReviewService::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<UUID> people = new HashSet<>();
		rows.forEach(r -> {
			people.add(r.requesterId);
			if (r.reviewerId != null) {
				people.add(r.reviewerId);
			}
		});
		Map<UUID, String> names = users.displayNames(people);
		Map<UUID, List<ReviewView.Problem>> problems = new HashMap<>();
		jdbc.sql("select * from review_problem where review_id in (:ids) order by seq")
			.param("ids", rows.stream().map(r -> r.id).toList())
			.query((rs, n) -> problems.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new ArrayList<>())
				.add(new ReviewView.Problem(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("description"),
						rs.getString("handling"), date(rs, "handled_on"), rs.getString("handled_by"))))
			.list();
		List<ReviewView> views = new ArrayList<>();
		for (Row r : rows) {
			LocalDate due = r.clockId == null ? null : clocks.get(r.clockId).dueDate();
			views.add(new ReviewView(r.id, r.orgId, orgs.get(r.orgId).name(), r.unitId, r.subject, r.subjectId, r.title,
					r.draftText, r.explanation, r.basis, r.consultation, r.requesterId, names.get(r.requesterId),
					r.submittedOn, r.ruleCode, r.clockId, due, r.reviewerId,
					r.reviewerId == null ? null : names.get(r.reviewerId), r.status, r.outcome, r.outcomeText,
					r.completedOn, r.passedOn, r.onTime, r.number, problems.getOrDefault(r.id, List.of())));
		}
		return views;
	}

	private static Map<String, Object> snapshot(ReviewView r) {
		Map<String, Object> s = new java.util.LinkedHashMap<>();
		s.put("title", r.title());
		s.put("status", r.status());
		s.put("outcome", r.outcome());
		s.put("documentNumber", r.documentNumber());
		s.put("completedOn", r.completedOn());
		s.put("problems", r.problems().stream().map(ReviewView.Problem::description).toList());
		return s;
	}

	private record Row(UUID id, UUID orgId, UUID unitId, ReviewSubject subject, String subjectId, String title,
			String draftText, String explanation, String basis, String consultation, UUID requesterId,
			LocalDate submittedOn, String ruleCode, UUID clockId, UUID reviewerId, ReviewStatus status,
			ReviewOutcome outcome, String outcomeText, LocalDate completedOn, LocalDate passedOn, Boolean onTime,
			String number) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		Object onTime = rs.getObject("completed_on_time");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
				rs.getObject("unit_id", UUID.class), ReviewSubject.valueOf(rs.getString("subject")),
				rs.getString("subject_id"), rs.getString("title"), rs.getString("draft_text"),
				rs.getString("explanation"), rs.getString("basis"), rs.getString("consultation_summary"),
				rs.getObject("requester_id", UUID.class), rs.getDate("submitted_on").toLocalDate(),
				rs.getString("rule_code"), rs.getObject("clock_id", UUID.class), rs.getObject("reviewer_id", UUID.class),
				ReviewStatus.valueOf(rs.getString("status")), outcome == null ? null : ReviewOutcome.valueOf(outcome),
				rs.getString("outcome_text"), date(rs, "completed_on"), date(rs, "passed_on"),
				onTime == null ? null : rs.getBoolean("completed_on_time"), rs.getString("document_number"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}

	static String chineseOrdinal(int n) {
		String[] digits = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		if (n < 10) {
			return digits[n];
		}
		if (n < 20) {
			return "十" + digits[n % 10];
		}
		return digits[n / 10] + "十" + digits[n % 10];
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
