package org.fazhi.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review request as other modules and pages see it. */
public record ReviewView(UUID id, UUID orgId, String orgName, UUID unitId, ReviewSubject subject, String subjectId,
		String title, String draftText, String explanation, String basis, String consultationSummary, UUID requesterId,
		String requesterName, LocalDate submittedOn, String ruleCode, UUID clockId, LocalDate dueDate, UUID reviewerId,
		String reviewerName, ReviewStatus status, ReviewOutcome outcome, String outcomeText, LocalDate completedOn,
		LocalDate passedOn, Boolean completedOnTime, String documentNumber, List<Problem> problems) {

	public boolean passed() {
		return status == ReviewStatus.PASSED;
	}

	public boolean allProblemsHandled() {
		return problems.stream().allMatch(p -> p.handling() != null);
	}

	/** One problem of a 合法性审查意见 and how the drafter handled it. */
	public record Problem(UUID id, int seq, String description, String handling, LocalDate handledOn, String handledBy) {
	}
}
