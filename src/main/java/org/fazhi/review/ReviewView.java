package org.fazhi.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review request as other modules and pages see it.
 * @param dueDate the review clock's due date, or {@code null} when its rule sets none (a floor only)
 * @param earliestDate the earliest day a deliberation may follow (the rule's minimum review time), or {@code null}
 * @param minimum the rule's minimum review time in working days, or {@code null}
 * @param completedOnTime on time or late, {@code null} while open or when the rule sets no deadline
 * @param confirmedRevision the revision the reviewer confirmed after an opinion, or {@code null}
 * @param version the version the user read; a write naming another is refused (409)
 */
public record ReviewView(UUID id, UUID orgId, String orgName, UUID unitId, ReviewSubject subject, String subjectId,
		String title, String basis, String procedureSummary, UUID requesterId, String requesterName, UUID drafterId,
		LocalDate submittedOn, String ruleCode, UUID clockId, LocalDate dueDate, LocalDate earliestDate,
		Integer minimum, UUID reviewerId, String reviewerName, ReviewStatus status, ReviewOutcome outcome,
		String outcomeText, LocalDate completedOn, LocalDate passedOn, Boolean completedOnTime, String documentNumber,
		LocalDate returnedOn, String returnReason, Integer confirmedRevision, List<Revision> revisions,
		List<Problem> problems, List<CounselOpinion> counselOpinions, long version) {

	public boolean passed() {
		return status == ReviewStatus.PASSED;
	}

	public boolean allProblemsHandled() {
		return problems.stream().allMatch(p -> p.handling() != null);
	}

	/** The 送审稿 as submitted. */
	public Revision submitted() {
		return revisions.get(0);
	}

	/** The latest text: the 送审稿, or the latest 修改稿 after an opinion. */
	public Revision current() {
		return revisions.get(revisions.size() - 1);
	}

	/** The text that passed: the 送审稿 for a 合法性说明, the confirmed 修改稿 after an opinion; empty while not passed. */
	public java.util.Optional<Revision> passedRevision() {
		if (!passed()) {
			return java.util.Optional.empty();
		}
		int seq = confirmedRevision == null ? 1 : confirmedRevision;
		return revisions.stream().filter(r -> r.seq() == seq).findFirst();
	}

	/** Whether a 修改稿 followed the opinion. */
	public boolean revised() {
		return revisions.size() > 1;
	}

	/** One version of the reviewed text (送审稿, 修改稿 …). */
	public record Revision(int seq, String label, String title, String text, String explanation,
			LocalDate submittedOn, String submittedBy) {
	}

	/**
	 * One problem of a 合法性审查意见 and how the drafter handled it.
	 * @param handledInRevision the revision the handling refers to
	 */
	public record Problem(UUID id, int seq, String description, String handling, LocalDate handledOn,
			String handledBy, Integer handledInRevision) {
	}
}
