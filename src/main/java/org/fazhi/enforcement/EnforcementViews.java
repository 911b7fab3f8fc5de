package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.deadline.ClockView;

/** What the pages and the portal read of the enforcement module. */
public final class EnforcementViews {

	private EnforcementViews() {
	}

	public record BodyView(UUID id, UUID orgId, String orgName, String name, BodyNature nature, String category,
			String legalBasis, String process, long version, List<PowerView> powers, long officers) {
	}

	public record PowerView(UUID id, UUID bodyId, String code, String name, PowerType type, String area,
			String basisLaw, String basisArticle, String procedure, String remedy, boolean randomInspection,
			String inspectionScope, long version) {

		public String basis() {
			return basisLaw + " " + basisArticle;
		}
	}

	/**
	 * An officer as the back office sees it.
	 * @param validToday in use and within the certificate's dates today
	 * @param registrationDue the day the next 审核注册 falls due
	 */
	public record OfficerView(UUID id, UUID orgId, String orgName, UUID bodyId, String bodyName, UUID userId,
			String name, String certificateNo, String verifyCode, Set<String> areas, LocalDate issuedOn,
			LocalDate expiresOn, LocalDate registeredOn, LocalDate registrationDue, int trainingHours,
			OfficerStatus status, String statusReason, boolean validToday, UUID expiryClockId,
			UUID registrationClockId, long version) {

		public String areasText() {
			return String.join("、", areas);
		}

		public boolean expiresWithin(LocalDate today, int days) {
			return !expiresOn.isBefore(today) && !expiresOn.isAfter(today.plusDays(days));
		}
	}

	/** What the public verification page shows of an officer: nothing but the card and whether it is valid today. */
	public record PublicOfficer(String name, String bodyName, String certificateNo, String areas, boolean validToday,
			LocalDate checkedOn) {
	}

	public record CaseLine(UUID id, String caseNumber, String title, String bodyName, String powerName,
			PowerType powerType, String partyShown, CaseStatus status, boolean major, LocalDate registeredOn,
			LocalDate decidedOn, ClockView decideClock, String orgName) {
	}

	/**
	 * A case with what its page needs.
	 * @param majorGrounds why the decision is major (empty: it is not)
	 * @param hearingWindowEnds the last day of the party's hearing request period, or {@code null}
	 * @param hearingEarliest the earliest day a hearing may be held after its notice, or {@code null}
	 * @param reviewStatus the message key of the legal review's status, or {@code null}
	 */
	public record CaseView(UUID id, UUID orgId, String orgName, UUID bodyId, String bodyName, UUID powerId,
			String powerName, PowerType powerType, String powerArea, String caseNumber, String title,
			PartyKind partyKind, String partyName, String partyIdNumber, String facts, CaseStatus status,
			Set<MajorGround> majorGrounds, BigDecimal fineAmount, LocalDate registeredOn, LocalDate hearingToldOn,
			boolean hearingWaived, LocalDate hearingRequestedOn, LocalDate hearingOn, LocalDate hearingWindowEnds,
			boolean reviewedBefore, UUID reviewId, String reviewStatus, boolean reviewPassed, LocalDate decidedOn,
			DecisionKind decisionKind, String decisionText, LocalDate servedOn, ServiceMethod serviceMethod,
			LocalDate executedOn, String executionNote, LocalDate closedOn, LocalDate revokedOn,
			RevocationKind revocationKind, String revocationReason, List<OfficerView> officers, List<ClockView> clocks,
			List<RecordEntry> record, PublicationView publication, long version) {

		public boolean major() {
			return !majorGrounds.isEmpty();
		}

		public boolean recordIntact() {
			return record.stream().allMatch(RecordEntry::intact);
		}

		public long brokenEntries() {
			return record.stream().filter(e -> !e.intact()).count();
		}
	}

	/**
	 * A decision's publication record (事后公开): what the portal shows, never the party's personal data.
	 * @param category the power type the publicity period follows (7 working days for 许可/处罚, 20 for others)
	 */
	public record PublicationView(UUID id, UUID caseId, String caseNumber, PowerType category, String bodyName,
			String partyShown, String matter, String basis, String conclusion, LocalDate decidedOn,
			ClockView dueClock, LocalDate publishedOn, LocalDate withdrawnOn, String withdrawalReason,
			ClockView withdrawClock, RevocationKind revocationKind, LocalDate revokedOn, long version) {

		public boolean withdrawn() {
			return withdrawnOn != null;
		}

		/** The decision stands no more and its publication waits to be withdrawn. */
		public boolean awaitingWithdrawal() {
			return revokedOn != null && publishedOn != null && withdrawnOn == null;
		}
	}

	public record PlanView(UUID id, UUID orgId, String title, String documentNumber, LocalDate adoptedOn,
			String text, long version) {
	}

	public record Qualification(UUID userId, String name, String orgName, String certificateNo, LocalDate obtainedOn,
			String recordedBy) {
	}
}
