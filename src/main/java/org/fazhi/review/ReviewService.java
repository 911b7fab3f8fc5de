package org.fazhi.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.fazhi.platform.AfterCommit;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.TextComparison;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.review.ReviewEvents.ReviewCompleted;
import org.fazhi.review.ReviewEvents.ReviewFoundUnlawful;
import org.fazhi.review.ReviewEvents.ReviewPassed;
import org.fazhi.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legality review of any document: the orchestration around the {@link LegalityReview} aggregate — its clock, its
 * number, the audit record, the events and the notices. The rules live on the aggregate and its policies.
 */
@Service
@Transactional
public class ReviewService {

	static final String CLOCK_SUBJECT = "legality_review";

	static final String ENTITY = "review_request";

	static final int MAX_TEXT = 200_000;

	private final ReviewRepository repository;

	private final ReviewQueries queries;

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final DocumentNumbers numbers;

	private final AuditLog audit;

	private final NotificationService notifications;

	private final AfterCommit afterCommit;

	private final UserService users;

	private final OrganizationService orgs;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ObjectProvider<CitedDocumentCatalog> catalog;

	private final Clock clock;

	ReviewService(ReviewRepository repository, ReviewQueries queries, JdbcClient jdbc, Clocks clocks,
			DocumentNumbers numbers, AuditLog audit, NotificationService notifications, AfterCommit afterCommit,
			UserService users, OrganizationService orgs, ApplicationEventPublisher events, MessageSource messages,
			ObjectProvider<CitedDocumentCatalog> catalog, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.numbers = numbers;
		this.audit = audit;
		this.notifications = notifications;
		this.afterCommit = afterCommit;
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
	 * @param procedureSummary how the procedures were carried out (征求意见、专家论证、风险评估 …), 第二十六条
	 * @param drafterId who drafted the document (never its reviewer), or {@code null} when it is the requester
	 * @param context what the pre-review check needs to know of a normative document, or {@code null}
	 */
	public record SubmitReview(UUID orgId, ReviewSubject subject, String subjectId, String title, String draftText,
			String explanation, String basis, String procedureSummary, UUID requesterId, UUID drafterId,
			LocalDate submittedOn, PreReviewChecks.Context context) {
	}

	public UUID submit(SubmitReview cmd) {
		String title = InvalidInput.requireText(cmd.title(), "title", "review.title.required", 300, "review.title.size");
		String text = InvalidInput.requireText(cmd.draftText(), "draftText", "review.text.required", MAX_TEXT,
				"review.text.size");
		InvalidInput.checkLength(cmd.explanation(), 50_000, "explanation", "review.explanation.size");
		InvalidInput.checkLength(cmd.basis(), 20_000, "basis", "review.basis.size");
		InvalidInput.checkLength(cmd.procedureSummary(), 20_000, "procedureSummary", "review.procedures.size");
		if (cmd.submittedOn() == null) {
			throw InvalidInput.onField("submittedOn", "review.date.required");
		}
		if (cmd.subject() == null) {
			throw InvalidInput.onField("subject", "review.subject.required");
		}
		OrgView unit = orgs.unitOf(cmd.orgId());
		String requesterName = users.displayNames(List.of(cmd.requesterId())).getOrDefault(cmd.requesterId(), "");
		LegalityReview review = LegalityReview.submit(Ids.newId(), cmd.orgId(), unit.id(), cmd.subject(),
				cmd.subjectId(), title, text, Texts.blankToNull(cmd.explanation()), Texts.blankToNull(cmd.basis()),
				Texts.blankToNull(cmd.procedureSummary()), cmd.requesterId(), cmd.drafterId(), requesterName,
				cmd.submittedOn(), cmd.subject().ruleCode(), clock.instant());
		repository.insert(review);
		List<Finding> findings = PreReviewChecks.check(title, text, cmd.subject() == ReviewSubject.NORMATIVE_DOCUMENT,
				cmd.context(), cmd.submittedOn(), catalog.getIfAvailable());
		insertFindings(review.id, findings);
		review.clockId = clocks.start(new StartClock(cmd.orgId(), "review", CLOCK_SUBJECT, review.id.toString(), title,
				"/reviews/" + review.id, review.ruleCode, null, cmd.submittedOn()));
		repository.save(review);
		audit.append(AuditRecord.of(cmd.orgId(), "REVIEW_SUBMITTED", ENTITY, review.id)
			.summary(text(cmd.subject().messageKey()) + "：" + title)
			.after(Map.of("title", title, "subject", cmd.subject(), "submittedOn", cmd.submittedOn(), "findings",
					findings.size())));
		UUID id = review.id;
		afterCommit.run(() -> repository.find(id)
			.filter(r -> r.status == ReviewStatus.SUBMITTED)
			.ifPresent(this::tellReviewers));
		return id;
	}

	/** A reviewer takes a request from the queue. */
	public void claim(UUID id, UUID reviewerId) {
		assign(id, reviewerId);
	}

	/** The request goes to this reviewer, who must hold the review permission and may not have drafted it. */
	public void assign(UUID id, UUID reviewerId) {
		LegalityReview review = repository.load(id);
		UserView reviewer = users.get(reviewerId);
		boolean mayReview = users.holdersOf(ReviewPermission.REVIEW_PERFORM, orgs.subtree(review.unitId))
			.stream()
			.anyMatch(u -> u.id().equals(reviewerId));
		if (!mayReview) {
			throw RuleViolation.of("review.assign.not-reviewer", reviewer.displayName());
		}
		review.assign(reviewerId);
		repository.save(review);
		clocks.assign(review.clockId, reviewerId);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_ASSIGNED", ENTITY, id).summary(reviewer.displayName()));
	}

	/**
	 * 退回补充材料 (重大行政决策程序暂行条例 第二十六条: 送请合法性审查，应当提供决策草案及相关材料): the clock is
	 * suspended until the requester completes them.
	 */
	public void returnForCompletion(UUID id, String reason, LocalDate on, Long expectedVersion) {
		String why = InvalidInput.requireText(reason, "reason", "review.return.reason", 2000, "review.return.reason-size");
		LegalityReview review = repository.load(id);
		StaleWrite.check(expectedVersion, review.version, ENTITY, id);
		review.returnForCompletion(why, day(on), CurrentUser.get().map(CurrentUser::id).orElse(null));
		repository.save(review);
		clocks.suspend(review.clockId, on, text("review.return.clock-reason", why));
		audit.append(AuditRecord.of(review.orgId, "REVIEW_RETURNED", ENTITY, id).summary(why));
		notifications.send(new Notice(review.requesterId, review.orgId, text("review.notice.returned.title", review.title),
				why, "/reviews/" + id, "review:" + id + ":returned:" + review.returns));
	}

	/** The requester completed the materials: the clock runs again from this day. */
	public void resubmit(UUID id, String basis, String procedureSummary, LocalDate on) {
		InvalidInput.checkLength(basis, 20_000, "basis", "review.basis.size");
		InvalidInput.checkLength(procedureSummary, 20_000, "procedureSummary", "review.procedures.size");
		LegalityReview review = repository.load(id);
		review.resubmit(Texts.blankToNull(basis), Texts.blankToNull(procedureSummary), day(on));
		repository.save(review);
		clocks.resume(review.clockId, on);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_RESUBMITTED", ENTITY, id).summary(review.title));
		if (review.reviewerId != null) {
			notifications.send(new Notice(review.reviewerId, review.orgId, text("review.notice.resubmitted.title",
					review.title), null, "/reviews/" + id, "review:" + id + ":resubmitted:" + review.returns));
		}
	}

	/**
	 * The reviewer's outcome, with the next 审查文书 number of the unit's sequence in date order. The review's clock
	 * stops on the day of the outcome; whether on time is recorded only where the rule sets a deadline.
	 */
	public ReviewView complete(UUID id, ReviewOutcome outcome, String outcomeText, List<String> problems, LocalDate on,
			UUID actorId, Long expectedVersion) {
		return complete(id, outcome, outcomeText, problems, List.of(), on, actorId, expectedVersion);
	}

	/**
	 * As above, with the answers to the subject's review contents ({@link ReviewSubject#checklist()}): every item is
	 * answered, and each item that does not conform is also one of the opinion's problems.
	 */
	public ReviewView complete(UUID id, ReviewOutcome outcome, String outcomeText, List<String> problems,
			List<ChecklistAnswer> checklist, LocalDate on, UUID actorId, Long expectedVersion) {
		if (outcome == null) {
			throw InvalidInput.onField("outcome", "review.outcome.required");
		}
		String text = InvalidInput.requireText(outcomeText, "text", "review.outcome.text-required", 20_000,
				"review.outcome.text-size");
		List<String> listed = problems == null ? List.of()
				: problems.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
		for (String p : listed) {
			InvalidInput.checkLength(p, 2000, "problems", "review.problem.size");
		}
		LegalityReview review = repository.load(id);
		StaleWrite.check(expectedVersion, review.version, ENTITY, id);
		if (on == null || on.isBefore(review.submittedOn)) {
			throw InvalidInput.onField("on", "review.outcome.date", review.submittedOn);
		}
		review.status.assertCanMoveTo(LegalityReview.target(outcome));
		Policies.ReviewerIsNotTheDrafter.check(actorId, review.requesterId, review.drafterId);
		List<ChecklistAnswer> answers = checklist == null ? List.of() : checklist;
		Policies.ChecklistAnsweredInFull.check(review.subject.checklist(), answers, outcome);
		for (ChecklistAnswer a : answers) {
			InvalidInput.checkLength(a.finding(), 2000, "checks", "review.problem.size");
			if (!a.compliant() && outcome == ReviewOutcome.OPINION) {
				listed = new java.util.ArrayList<>(listed);
				listed.add(text(a.messageKey()) + "：" + a.finding().strip());
			}
		}
		DocumentNumber number = numbers.next(orgs.get(review.unitId).label() + review.subject.numberMark(), on);
		ClockView stopped = clocks.stop(review.clockId, on);
		boolean assignClock = review.reviewerId == null && actorId != null;
		review.complete(outcome, text, listed, on, actorId, number, stopped.onTimeIfDeadline());
		repository.save(review);
		for (ChecklistAnswer a : answers) {
			if (review.subject.checklist().contains(a.item())) {
				jdbc.sql("insert into review_checklist (review_id, item, compliant, finding) values (:r, :i, :c, :f)")
					.param("r", id)
					.param("i", a.item())
					.param("c", a.compliant())
					.param("f", a.compliant() ? null : a.finding().strip())
					.update();
			}
		}
		if (assignClock) {
			clocks.assign(review.clockId, actorId);
		}
		ReviewView after = get(id);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_COMPLETED", ENTITY, id)
			.summary(number + " " + text(outcome.messageKey()))
			.after(Map.of("outcome", outcome, "documentNumber", number.toString(), "completedOn", on, "problems", listed)));
		events.publishEvent(new ReviewCompleted(id, review.subject, review.subjectId, outcome, on));
		if (review.status == ReviewStatus.PASSED) {
			events.publishEvent(new ReviewPassed(id, review.subject, review.subjectId, on, 1));
		}
		if (review.status == ReviewStatus.UNLAWFUL) {
			events.publishEvent(new ReviewFoundUnlawful(id, review.subject, review.subjectId, on));
		}
		notifications.send(new Notice(review.requesterId, review.orgId,
				text("review.notice.completed.title", review.title, text(outcome.messageKey())),
				text("review.notice.completed.body", number, text(outcome.messageKey())), "/reviews/" + id,
				"review:" + id + ":completed"));
		return after;
	}

	/** As {@link #complete(UUID, ReviewOutcome, String, List, LocalDate, UUID, Long)} without checking the version seen. */
	public ReviewView complete(UUID id, ReviewOutcome outcome, String outcomeText, List<String> problems, LocalDate on,
			UUID actorId) {
		return complete(id, outcome, outcomeText, problems, on, actorId, null);
	}

	/** A 修改稿 in answer to the opinion: the text the reviewer will compare with the 送审稿. */
	public int revise(UUID id, String title, String text, String explanation, LocalDate on, String by, UUID byId) {
		String t = InvalidInput.requireText(title, "title", "review.title.required", 300, "review.title.size");
		String body = InvalidInput.requireText(text, "draftText", "review.text.required", MAX_TEXT, "review.text.size");
		InvalidInput.checkLength(explanation, 50_000, "explanation", "review.explanation.size");
		LegalityReview review = repository.load(id);
		LegalityReview.Revision revision = review.revise(t, body, Texts.blankToNull(explanation), day(on), by, byId,
				clock.instant());
		repository.save(review);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_REVISED", ENTITY, id)
			.summary(revision.label() + "：" + t)
			.after(Map.of("revision", revision.seq(), "label", revision.label(), "textLength", body.length(),
					"changed", TextComparison.differ(review.submitted().text(), body))));
		return revision.seq();
	}

	/** Records a 法律顾问's or 公职律师's legal opinion organized during the review (第二十八条). */
	public UUID recordCounselOpinion(UUID id, String counselName, CounselRole role, String opinion, LocalDate givenOn,
			String by) {
		String name = InvalidInput.requireText(counselName, "counselName", "review.counsel.name", 100,
				"review.counsel.name-size");
		if (role == null) {
			throw InvalidInput.onField("role", "review.counsel.role-required");
		}
		String text = InvalidInput.requireText(opinion, "opinion", "review.counsel.opinion", 50_000,
				"review.counsel.opinion-size");
		if (givenOn == null) {
			throw InvalidInput.onField("givenOn", "review.counsel.date");
		}
		LegalityReview review = repository.load(id);
		CounselOpinion c = new CounselOpinion(Ids.newId(), name, role, text, day(givenOn), by);
		review.recordCounsel(c);
		repository.save(review);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_COUNSEL_OPINION", ENTITY, id)
			.summary(text(role.messageKey()) + " " + name + "：" + org.fazhi.platform.Texts.excerpt(text, 60)));
		return c.id();
	}

	/** The drafter records how one problem of the opinion was handled, in the latest 修改稿. */
	public void recordHandling(UUID id, UUID problemId, String handling, LocalDate on, String handledBy,
			UUID handlerId) {
		String how = InvalidInput.requireText(handling, "handling", "review.handling.required", 2000,
				"review.problem.size");
		LegalityReview review = repository.load(id);
		review.recordHandling(problemId, how, day(on), handledBy, handlerId);
		repository.save(review);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_PROBLEM_HANDLED", ENTITY, id)
			.summary(review.latest().label() + "：" + how));
		if (review.problems.stream().allMatch(p -> p.handling != null) && review.reviewerId != null) {
			notifications.send(new Notice(review.reviewerId, review.orgId, text("review.notice.handled.title", review.title),
					null, "/reviews/" + id, "review:" + id + ":handled:" + review.latest().seq()));
		}
	}

	/**
	 * The reviewer confirms, having compared the 修改稿 with the 送审稿, that the opinion's problems were handled: the
	 * subject passes on the confirmed revision.
	 */
	public void confirm(UUID id, LocalDate on, UUID confirmerId, Long expectedVersion) {
		LegalityReview review = repository.load(id);
		StaleWrite.check(expectedVersion, review.version, ENTITY, id);
		review.confirm(day(on), confirmerId);
		repository.save(review);
		audit.append(AuditRecord.of(review.orgId, "REVIEW_CONFIRMED", ENTITY, id)
			.summary(review.latest().label() + "：" + review.title));
		events.publishEvent(new ReviewPassed(id, review.subject, review.subjectId, on, review.confirmedRevision));
		notifications.send(new Notice(review.requesterId, review.orgId, text("review.notice.passed.title", review.title),
				null, "/reviews/" + id, "review:" + id + ":passed"));
	}

	@Transactional(readOnly = true)
	public ReviewView get(UUID id) {
		return queries.find(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	/** The reviewer's answers to the subject's review contents, in the checklist's order. */
	@Transactional(readOnly = true)
	public List<ChecklistAnswer> checklist(UUID id) {
		List<ChecklistAnswer> answers = jdbc.sql("select item, compliant, finding from review_checklist where review_id = :r")
			.param("r", id)
			.query((rs, n) -> new ChecklistAnswer(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
			.list();
		List<String> order = get(id).subject().checklist();
		return answers.stream().sorted(java.util.Comparator.comparingInt(a -> order.indexOf(a.item()))).toList();
	}

	/** The latest review of a subject, if it was ever submitted. */
	@Transactional(readOnly = true)
	public Optional<ReviewView> latestFor(ReviewSubject subject, String subjectId) {
		return queries.latestFor(subject, subjectId);
	}

	@Transactional(readOnly = true)
	public List<Finding> findings(UUID id) {
		LocalDate submitted = get(id).submittedOn();
		return jdbc.sql("select * from review_finding where review_id = :id order by seq")
			.param("id", id)
			.query((rs, n) -> {
				PreReviewRule rule = PreReviewRule.valueOf(rs.getString("rule"));
				return new Finding(rule, rs.getString("excerpt"), rs.getInt("match_start"), rs.getInt("match_end"),
						rs.getString("detail"), rule.basisKey(submitted));
			})
			.list();
	}

	/** Two revisions side by side (the 送审稿 and the latest 修改稿 by default). */
	@Transactional(readOnly = true)
	public List<TextComparison.Row> comparison(UUID id, int from, int to) {
		ReviewView review = get(id);
		ReviewView.Revision a = revision(review, from);
		ReviewView.Revision b = revision(review, to);
		return TextComparison.compare(a.text(), b.text());
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
		String reviewed = review.submitted().title();
		GongwenDocx doc = new GongwenDocx().issuer(issuer, review.documentNumber())
			.title(text("review.document.title." + review.outcome(), reviewed))
			.addressee(review.orgName())
			.body(review.outcomeText());
		if (!review.problems().isEmpty()) {
			doc.body(text("review.document.problems"));
			for (ReviewView.Problem p : review.problems()) {
				doc.heading1(chineseOrdinal(p.seq()) + "、" + p.description());
			}
		}
		return doc.signature(issuer, review.completedOn()).toBytes();
	}

	private static ReviewView.Revision revision(ReviewView review, int seq) {
		return review.revisions()
			.stream()
			.filter(r -> r.seq() == seq)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("review_revision", seq));
	}

	private void tellReviewers(LegalityReview review) {
		for (UserView reviewer : users.holdersOf(ReviewPermission.REVIEW_PERFORM, orgs.subtree(review.unitId))) {
			if (reviewer.id().equals(review.requesterId) || reviewer.id().equals(review.drafterId)) {
				continue;
			}
			notifications.send(new Notice(reviewer.id(), review.orgId, text("review.notice.submitted.title", review.title),
					text("review.notice.submitted.body", review.title, review.submittedOn), "/reviews/" + review.id,
					"review:" + review.id + ":submitted:" + reviewer.id()));
		}
	}

	private void insertFindings(UUID reviewId, List<Finding> findings) {
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			jdbc.sql("""
					insert into review_finding (id, review_id, seq, rule, excerpt, match_start, match_end, detail)
					values (:id, :review, :seq, :rule, :excerpt, :start, :end, :detail)""")
				.param("id", Ids.newId())
				.param("review", reviewId)
				.param("seq", i + 1)
				.param("rule", f.rule().name())
				.param("excerpt", f.excerpt())
				.param("start", f.start())
				.param("end", f.end())
				.param("detail", f.detail())
				.update();
		}
	}

	/** A day an action is recorded for: given, and not in the future. */
	private LocalDate day(LocalDate on) {
		if (on == null) {
			throw InvalidInput.onField("on", "review.date.required");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "review.date.future");
		}
		return on;
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


}
