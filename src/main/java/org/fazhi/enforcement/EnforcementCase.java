package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;

/** An enforcement case from 立案 to 结案; each step is a guarded transition. */
class EnforcementCase {

	UUID id;

	UUID orgId;

	UUID unitId;

	UUID bodyId;

	UUID powerId;

	String caseNumber;

	String title;

	PartyKind partyKind;

	String partyName;

	String partyIdNumber;

	String facts;

	CaseStatus status;

	/** the grounds recorded by the officers (第五十八条第一款); the hearing and the fine add theirs */
	Set<MajorGround> recordedGrounds = EnumSet.noneOf(MajorGround.class);

	BigDecimal fineAmount;

	LocalDate registeredOn;

	LocalDate hearingToldOn;

	boolean hearingWaived;

	LocalDate hearingRequestedOn;

	LocalDate hearingOn;

	/** a major decision's legal review passed before the decision */
	boolean reviewedBefore;

	UUID reviewId;

	LocalDate decidedOn;

	DecisionKind decisionKind;

	String decisionText;

	LocalDate servedOn;

	ServiceMethod serviceMethod;

	LocalDate executedOn;

	String executionNote;

	LocalDate closedOn;

	LocalDate revokedOn;

	RevocationKind revocationKind;

	String revocationReason;

	UUID decideClockId;

	Set<UUID> officerIds = new LinkedHashSet<>();

	UUID createdBy;

	Instant createdAt;

	long version;

	static EnforcementCase register(UUID id, UUID orgId, UUID unitId, UUID bodyId, UUID powerId, String number,
			String title, PartyKind partyKind, String partyName, String partyIdNumber, String facts,
			Set<UUID> officers, Set<MajorGround> grounds, LocalDate on, UUID by, Instant at) {
		EnforcementCase c = new EnforcementCase();
		c.id = id;
		c.orgId = orgId;
		c.unitId = unitId;
		c.bodyId = bodyId;
		c.powerId = powerId;
		c.caseNumber = number;
		c.title = title;
		c.partyKind = partyKind;
		c.partyName = partyName;
		c.partyIdNumber = partyIdNumber;
		c.facts = facts;
		c.officerIds = new LinkedHashSet<>(officers);
		c.recordedGrounds = grounds.isEmpty() ? EnumSet.noneOf(MajorGround.class) : EnumSet.copyOf(grounds);
		c.registeredOn = on;
		c.status = CaseStatus.REGISTERED;
		c.createdBy = by;
		c.createdAt = at;
		return c;
	}

	/** The grounds that make the decision major, as 第五十八条 and the unit's list say. */
	Set<MajorGround> majorGrounds(EnforcementProperties settings) {
		return Policies.MajorCase.grounds(recordedGrounds, hearingOn != null, partyKind, fineAmount, settings);
	}

	boolean major(EnforcementProperties settings) {
		return !majorGrounds(settings).isEmpty();
	}

	void startInvestigation(LocalDate on) {
		requireNotBefore(on, registeredOn);
		status.assertCanMoveTo(CaseStatus.INVESTIGATING);
		status = CaseStatus.INVESTIGATING;
	}

	/** The investigation is done: the case goes to 审核 with the fine proposed and the grounds the officers see. */
	void submitForExamination(BigDecimal proposedFine, Set<MajorGround> grounds) {
		status.assertCanMoveTo(CaseStatus.EXAMINING);
		if (proposedFine != null && (proposedFine.signum() < 0 || proposedFine.compareTo(new BigDecimal("1000000000")) > 0)) {
			throw InvalidInput.onField("fineAmount", "enforcement.case.fine-range");
		}
		fineAmount = proposedFine;
		recordedGrounds = grounds == null || grounds.isEmpty() ? EnumSet.noneOf(MajorGround.class) : EnumSet.copyOf(grounds);
		status = CaseStatus.EXAMINING;
	}

	void backToInvestigation() {
		status.assertCanMoveTo(CaseStatus.INVESTIGATING);
		status = CaseStatus.INVESTIGATING;
		reviewedBefore = false;
	}

	/** 告知听证权利 (第六十三条): the party's 5 working days run from this day. */
	void tellHearingRight(LocalDate on) {
		if (!status.beforeDecision() || status == CaseStatus.REGISTERED) {
			throw RuleViolation.of("enforcement.rule.hearing-when");
		}
		if (hearingToldOn != null) {
			throw RuleViolation.of("enforcement.rule.hearing-told-once");
		}
		requireNotBefore(on, registeredOn);
		hearingToldOn = on;
	}

	void hearingAnswer(boolean requested, LocalDate on) {
		if (hearingToldOn == null) {
			throw RuleViolation.of("enforcement.rule.hearing-not-told");
		}
		if (hearingRequestedOn != null || hearingWaived) {
			throw RuleViolation.of("enforcement.rule.hearing-answered");
		}
		requireNotBefore(on, hearingToldOn);
		if (requested) {
			hearingRequestedOn = on;
		}
		else {
			hearingWaived = true;
		}
	}

	void holdHearing(LocalDate on) {
		if (hearingRequestedOn == null) {
			throw RuleViolation.of("enforcement.rule.hearing-not-requested");
		}
		if (hearingOn != null) {
			throw RuleViolation.of("enforcement.rule.hearing-held");
		}
		requireNotBefore(on, hearingRequestedOn);
		hearingOn = on;
	}

	void reviewRequested(UUID review) {
		if (status != CaseStatus.EXAMINING) {
			throw RuleViolation.of("enforcement.rule.review-when");
		}
		reviewId = review;
		reviewedBefore = false;
	}

	void reviewPassed(UUID review) {
		if (review.equals(reviewId) && status == CaseStatus.EXAMINING) {
			reviewedBefore = true;
		}
	}

	/** 决定: guarded by the hearing window and, for a major case, by the passed legal review. */
	void decide(DecisionKind kind, String text, LocalDate on, boolean major, Boolean reviewPassed,
			LocalDate hearingWindowEnds) {
		if (kind == null) {
			throw InvalidInput.onField("decisionKind", "enforcement.case.decision-kind-required");
		}
		String t = InvalidInput.requireText(text, "decisionText", "enforcement.case.decision-text-required", 20_000,
				"enforcement.case.decision-text-size");
		requireNotBefore(on, registeredOn);
		status.assertCanMoveTo(CaseStatus.DECIDED);
		Policies.MajorDecisionReviewedFirst.check(major, reviewPassed);
		Policies.HearingWindowOwed.check(hearingToldOn, hearingWindowEnds, hearingWaived, hearingRequestedOn, hearingOn,
				on);
		decisionKind = kind;
		decisionText = t;
		decidedOn = on;
		status = CaseStatus.DECIDED;
	}

	void serve(ServiceMethod method, LocalDate on) {
		if (method == null) {
			throw InvalidInput.onField("serviceMethod", "enforcement.case.service-method-required");
		}
		requireNotBefore(on, decidedOn);
		status.assertCanMoveTo(CaseStatus.SERVED);
		serviceMethod = method;
		servedOn = on;
		status = CaseStatus.SERVED;
	}

	void execute(String note, LocalDate on) {
		String n = InvalidInput.requireText(note, "executionNote", "enforcement.case.execution-required", 2000,
				"enforcement.case.execution-size");
		requireNotBefore(on, servedOn);
		if (!decisionKind.executable()) {
			throw RuleViolation.of("enforcement.rule.nothing-to-execute");
		}
		status.assertCanMoveTo(CaseStatus.EXECUTED);
		executionNote = n;
		executedOn = on;
		status = CaseStatus.EXECUTED;
	}

	/** 结案: a penalty is closed once executed; another decision once served. */
	void close(LocalDate on) {
		if (decisionKind != null && decisionKind.executable() && status == CaseStatus.SERVED) {
			throw RuleViolation.of("enforcement.rule.close-after-execution");
		}
		requireNotBefore(on, servedOn);
		status.assertCanMoveTo(CaseStatus.CLOSED);
		closedOn = on;
		status = CaseStatus.CLOSED;
	}

	/** The decision was changed, revoked or declared unlawful or void (by reconsideration, a court or itself). */
	void revoke(RevocationKind kind, String reason, LocalDate on) {
		if (kind == null) {
			throw InvalidInput.onField("revocationKind", "enforcement.case.revocation-kind-required");
		}
		String r = InvalidInput.requireText(reason, "revocationReason", "enforcement.case.revocation-reason-required",
				1000, "enforcement.case.revocation-reason-size");
		if (decidedOn == null) {
			throw RuleViolation.of("enforcement.rule.revoke-undecided");
		}
		if (revokedOn != null) {
			throw RuleViolation.of("enforcement.rule.revoked-once");
		}
		requireNotBefore(on, decidedOn);
		revocationKind = kind;
		revocationReason = r;
		revokedOn = on;
	}

	private static void requireNotBefore(LocalDate on, LocalDate earlier) {
		if (on == null) {
			throw InvalidInput.onField("on", "enforcement.case.date-required");
		}
		if (earlier != null && on.isBefore(earlier)) {
			throw InvalidInput.onField("on", "enforcement.case.date-before", earlier);
		}
	}
}
