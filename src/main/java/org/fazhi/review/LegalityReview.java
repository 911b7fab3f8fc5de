package org.fazhi.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;

/**
 * A legality review and its procedure: the texts (送审稿, then each 修改稿 after an opinion), the outcome with its
 * number, the problems of an opinion and how each was handled. Each step is a guarded transition.
 */
class LegalityReview {

	static final String SUBMITTED_LABEL = "送审稿";

	UUID id;

	UUID orgId;

	UUID unitId;

	ReviewSubject subject;

	String subjectId;

	String title;

	String basis;

	String procedureSummary;

	UUID requesterId;

	UUID drafterId;

	LocalDate submittedOn;

	String ruleCode;

	UUID clockId;

	UUID reviewerId;

	ReviewStatus status;

	ReviewOutcome outcome;

	String outcomeText;

	LocalDate completedOn;

	LocalDate passedOn;

	/** On time or late; {@code null} when the review's rule sets no deadline (a floor only) or it is not done. */
	Boolean completedOnTime;

	DocumentNumber number;

	LocalDate returnedOn;

	String returnReason;

	int returns;

	UUID confirmedById;

	Integer confirmedRevision;

	Instant createdAt;

	long version;

	final List<Revision> revisions = new ArrayList<>();

	final List<Problem> problems = new ArrayList<>();

	/** 法律顾问、公职律师's opinions, only ever added */
	final List<CounselOpinion> counsel = new ArrayList<>();

	/** One version of the reviewed text. */
	record Revision(int seq, String label, String title, String text, String explanation, LocalDate submittedOn,
			String submittedBy, UUID submittedById, Instant createdAt) {
	}

	/** One problem of an opinion and how the drafter handled it, against which revision. */
	static final class Problem {

		UUID id;

		int seq;

		String description;

		String handling;

		LocalDate handledOn;

		String handledBy;

		UUID handledById;

		Integer handledInRevision;
	}

	static LegalityReview submit(UUID id, UUID orgId, UUID unitId, ReviewSubject subject, String subjectId,
			String title, String text, String explanation, String basis, String procedureSummary, UUID requesterId,
			UUID drafterId, String requesterName, LocalDate submittedOn, String ruleCode, Instant at) {
		LegalityReview r = new LegalityReview();
		r.id = id;
		r.orgId = orgId;
		r.unitId = unitId;
		r.subject = subject;
		r.subjectId = subjectId;
		r.title = title;
		r.basis = basis;
		r.procedureSummary = procedureSummary;
		r.requesterId = requesterId;
		r.drafterId = drafterId;
		r.submittedOn = submittedOn;
		r.ruleCode = ruleCode;
		r.status = ReviewStatus.SUBMITTED;
		r.createdAt = at;
		r.revisions.add(new Revision(1, SUBMITTED_LABEL, title, text, explanation, submittedOn, requesterName,
				requesterId, at));
		return r;
	}

	/** The reviewer who has it: never the one who drafted or requested the document. */
	void assign(UUID reviewer) {
		if (!status.open()) {
			throw RuleViolation.of("review.assign.closed", title);
		}
		Policies.ReviewerIsNotTheDrafter.check(reviewer, requesterId, drafterId);
		this.reviewerId = reviewer;
		if (status == ReviewStatus.SUBMITTED) {
			status = ReviewStatus.IN_REVIEW;
		}
	}

	/** A 法律顾问's or 公职律师's opinion, while the review is under way (第二十八条). */
	void recordCounsel(CounselOpinion opinion) {
		if (!status.open()) {
			throw RuleViolation.of("review.counsel.closed");
		}
		if (opinion.givenOn().isBefore(submittedOn)) {
			throw InvalidInput.onField("givenOn", "review.counsel.before-submission", submittedOn);
		}
		counsel.add(opinion);
	}

	/** 退回补充材料: the materials are incomplete (重大行政决策程序暂行条例 第二十六条); the clock stops meanwhile. */
	void returnForCompletion(String reason, LocalDate on, UUID reviewer) {
		status.assertCanMoveTo(ReviewStatus.RETURNED);
		Policies.ReviewerIsNotTheDrafter.check(reviewer, requesterId, drafterId);
		if (on.isBefore(submittedOn)) {
			throw InvalidInput.onField("on", "review.outcome.date", submittedOn);
		}
		this.status = ReviewStatus.RETURNED;
		this.returnedOn = on;
		this.returnReason = reason;
		this.returns++;
	}

	/** The requester completed the materials: back to the reviewer (or the queue). */
	void resubmit(String basis, String procedureSummary, LocalDate on) {
		ReviewStatus target = reviewerId == null ? ReviewStatus.SUBMITTED : ReviewStatus.IN_REVIEW;
		status.assertCanMoveTo(target);
		if (on.isBefore(returnedOn)) {
			throw InvalidInput.onField("on", "review.resubmit.date", returnedOn);
		}
		if (basis != null) {
			this.basis = basis;
		}
		if (procedureSummary != null) {
			this.procedureSummary = procedureSummary;
		}
		this.status = target;
	}

	/**
	 * The reviewer's outcome: 合法性说明 passes at once; 合法性审查意见 lists the problems the drafter must handle; 不合法
	 * ends the way to deliberation.
	 */
	void complete(ReviewOutcome outcome, String text, List<String> listed, LocalDate on, UUID reviewer,
			DocumentNumber number, Boolean onTime) {
		if (outcome == ReviewOutcome.OPINION && listed.isEmpty()) {
			throw InvalidInput.onField("problems", "review.outcome.problems-required");
		}
		if (outcome != ReviewOutcome.OPINION && !listed.isEmpty()) {
			throw InvalidInput.onField("problems", "review.outcome.statement-without-problems");
		}
		ReviewStatus target = target(outcome);
		status.assertCanMoveTo(target);
		Policies.ReviewerIsNotTheDrafter.check(reviewer, requesterId, drafterId);
		if (reviewerId == null) {
			reviewerId = reviewer;
		}
		this.status = target;
		this.outcome = outcome;
		this.outcomeText = text;
		this.completedOn = on;
		this.passedOn = target == ReviewStatus.PASSED ? on : null;
		this.completedOnTime = onTime;
		this.number = number;
		for (int i = 0; i < listed.size(); i++) {
			Problem p = new Problem();
			p.id = org.fazhi.platform.Ids.newId();
			p.seq = i + 1;
			p.description = listed.get(i);
			problems.add(p);
		}
	}

	static ReviewStatus target(ReviewOutcome outcome) {
		return switch (outcome) {
			case STATEMENT -> ReviewStatus.PASSED;
			case OPINION -> ReviewStatus.OPINION_ISSUED;
			case UNLAWFUL -> ReviewStatus.UNLAWFUL;
		};
	}

	/** A 修改稿 after the opinion: the text the drafter revised in answer to it. */
	Revision revise(String newTitle, String text, String explanation, LocalDate on, String by, UUID byId, Instant at) {
		if (status != ReviewStatus.OPINION_ISSUED) {
			throw RuleViolation.of("review.revise.not-opinion", title);
		}
		if (on.isBefore(completedOn)) {
			throw InvalidInput.onField("on", "review.revise.date", completedOn);
		}
		int seq = revisions.size() + 1;
		String label = seq == 2 ? "修改稿" : "修改稿（" + ReviewService.chineseOrdinal(seq - 1) + "）";
		Revision revision = new Revision(seq, label, newTitle, text, explanation, on, by, byId, at);
		revisions.add(revision);
		this.title = newTitle;
		return revision;
	}

	/** How one problem was handled, recorded against the latest revision, which must follow the opinion. */
	void recordHandling(UUID problemId, String handling, LocalDate on, String by, UUID byId) {
		if (status != ReviewStatus.OPINION_ISSUED) {
			throw RuleViolation.of("review.handling.not-opinion", title);
		}
		Problem problem = problems.stream()
			.filter(p -> p.id.equals(problemId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("review_problem", problemId));
		if (revisions.size() < 2) {
			throw RuleViolation.of("review.handling.no-revision");
		}
		if (Objects.equals(byId, reviewerId)) {
			throw RuleViolation.of("review.rule.handler-is-reviewer");
		}
		problem.handling = handling;
		problem.handledOn = on;
		problem.handledBy = by;
		problem.handledById = byId;
		problem.handledInRevision = revisions.size();
	}

	/**
	 * The reviewer confirms, comparing the revision with the 送审稿, that every problem was handled: the subject passes
	 * on the confirmed revision. Never confirmed by one who handled a problem.
	 */
	void confirm(LocalDate on, UUID confirmer) {
		status.assertCanMoveTo(ReviewStatus.PASSED);
		long open = problems.stream().filter(p -> p.handling == null).count();
		if (open > 0) {
			throw RuleViolation.of("review.confirm.unhandled", open);
		}
		Policies.HandlingIsConfirmedByAnother.check(confirmer, requesterId, drafterId,
				problems.stream().map(p -> p.handledById).toList());
		if (on.isBefore(latest().submittedOn())) {
			throw InvalidInput.onField("on", "review.confirm.date", latest().submittedOn());
		}
		this.status = ReviewStatus.PASSED;
		this.passedOn = on;
		this.confirmedById = confirmer;
		this.confirmedRevision = latest().seq();
	}

	Revision latest() {
		return revisions.get(revisions.size() - 1);
	}

	Revision submitted() {
		return revisions.get(0);
	}
}
