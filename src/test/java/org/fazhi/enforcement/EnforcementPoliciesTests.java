package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.platform.FazhiException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each legal rule of enforcement, tested by the situation it judges. */
class EnforcementPoliciesTests {

	static final UUID BODY = UUID.randomUUID();

	static final LocalDate DAY = LocalDate.of(2019, 8, 6);

	static final EnforcementProperties SETTINGS = new EnforcementProperties(EnumSet.of(RecordedAct.ON_SITE_INSPECTION,
			RecordedAct.HEARING), new BigDecimal("100000"), new BigDecimal("10000"));

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	static Policies.Credential officer(String name, OfficerStatus status, String from, String to, UUID body,
			String... areas) {
		return new Policies.Credential(UUID.randomUUID(), name, body, status, LocalDate.parse(from), LocalDate.parse(to),
				Set.of(areas));
	}

	static Policies.Credential valid(String name) {
		return officer(name, OfficerStatus.ACTIVE, "2018-06-01", "2024-05-31", BODY, "科技计划项目监督");
	}

	@Nested
	class TwoOfficersWithValidCertificates {

		@Test
		void twoOfficersWithCertificatesInForceForTheBodyAndAreaMayAct() {
			assertThatCode(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), valid("王磊")),
					BODY, "科技计划项目监督", DAY)).doesNotThrowAnyException();
		}

		@Test
		void oneOfficerAloneIsRefused() {
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟")), BODY,
					"科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.two-officers");
		}

		@Test
		void theSameOfficerTwiceIsStillOneOfficer() {
			Policies.Credential li = valid("李伟");
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(li, li), BODY,
					"科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.two-officers");
		}

		@Test
		void aCertificateExpiredOnTheDayOfTheActIsRefused() {
			Policies.Credential expired = officer("赵刚", OfficerStatus.ACTIVE, "2013-01-01", "2019-08-05", BODY,
					"科技计划项目监督");
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), expired),
					BODY, "科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.certificate-not-in-force");
		}

		@Test
		void theCertificatesLastDayIsStillValid() {
			Policies.Credential lastDay = officer("赵刚", OfficerStatus.ACTIVE, "2013-08-07", "2019-08-06", BODY,
					"科技计划项目监督");
			assertThatCode(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), lastDay), BODY,
					"科技计划项目监督", DAY)).doesNotThrowAnyException();
		}

		@Test
		void aSuspendedCertificateIsRefused() {
			Policies.Credential suspended = officer("赵刚", OfficerStatus.SUSPENDED, "2018-06-01", "2024-05-31", BODY,
					"科技计划项目监督");
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), suspended),
					BODY, "科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.officer-not-active");
		}

		@Test
		void anOfficerOfAnotherBodyIsRefused() {
			Policies.Credential other = officer("赵刚", OfficerStatus.ACTIVE, "2018-06-01", "2024-05-31", UUID.randomUUID(),
					"科技计划项目监督");
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), other), BODY,
					"科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.officer-other-body");
		}

		@Test
		void anOfficerWhoseCardLacksTheMattersAreaIsRefused() {
			Policies.Credential other = officer("赵刚", OfficerStatus.ACTIVE, "2018-06-01", "2024-05-31", BODY,
					"高新技术企业认定");
			assertThatThrownBy(() -> Policies.TwoOfficersWithValidCertificates.check(List.of(valid("李伟"), other), BODY,
					"科技计划项目监督", DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.officer-area");
		}
	}

	@Nested
	class MajorCase {

		@Test
		void aFineOnACompanyAtTheThresholdIsMajor() {
			assertThat(Policies.MajorCase.grounds(Set.of(), false, PartyKind.LEGAL_PERSON, new BigDecimal("100000"),
					SETTINGS)).containsExactly(MajorGround.OTHER_STATUTORY);
		}

		@Test
		void aFineBelowTheCompanyThresholdIsNotMajor() {
			assertThat(Policies.MajorCase.grounds(Set.of(), false, PartyKind.LEGAL_PERSON, new BigDecimal("99999.99"),
					SETTINGS)).isEmpty();
		}

		@Test
		void aPersonsThresholdIsLower() {
			assertThat(Policies.MajorCase.grounds(Set.of(), false, PartyKind.NATURAL_PERSON, new BigDecimal("10000"),
					SETTINGS)).containsExactly(MajorGround.OTHER_STATUTORY);
		}

		@Test
		void aHearingMakesTheDecisionMajor() {
			assertThat(Policies.MajorCase.grounds(Set.of(), true, PartyKind.LEGAL_PERSON, null, SETTINGS))
				.containsExactly(MajorGround.MAJOR_RIGHTS_HEARD);
		}

		@Test
		void aRecordedGroundIsKept() {
			assertThat(Policies.MajorCase.grounds(Set.of(MajorGround.COMPLEX), false, PartyKind.LEGAL_PERSON, null,
					SETTINGS)).containsExactly(MajorGround.COMPLEX);
		}
	}

	@Nested
	class MajorDecisionReviewedFirst {

		@Test
		void aMajorDecisionWithoutAReviewIsRefused() {
			assertThatThrownBy(() -> Policies.MajorDecisionReviewedFirst.check(true, null))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.major-needs-review");
		}

		@Test
		void aMajorDecisionWhoseReviewHasNotPassedIsRefused() {
			assertThatThrownBy(() -> Policies.MajorDecisionReviewedFirst.check(true, false))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.major-review-not-passed");
		}

		@Test
		void aMajorDecisionWithAPassedReviewMayBeTaken() {
			assertThatCode(() -> Policies.MajorDecisionReviewedFirst.check(true, true)).doesNotThrowAnyException();
		}

		@Test
		void anOrdinaryDecisionNeedsNoReview() {
			assertThatCode(() -> Policies.MajorDecisionReviewedFirst.check(false, null)).doesNotThrowAnyException();
		}

		@Test
		void aReviewerWithoutALegalQualificationIsRefused() {
			assertThatThrownBy(() -> Policies.ReviewerHoldsLegalQualification.check(false, "赵静"))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.reviewer-not-qualified");
		}
	}

	@Nested
	class FullProcessRecord {

		@Test
		void anOnSiteInspectionWithoutItsRecordingIsRefused() {
			assertThatThrownBy(() -> Policies.AudioVideoWhereRequired.check(RecordedAct.ON_SITE_INSPECTION,
					SETTINGS.audioVideoActs(), false)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.audio-video-required");
		}

		@Test
		void anActTheUnitDoesNotListNeedsNoRecording() {
			assertThatCode(() -> Policies.AudioVideoWhereRequired.check(RecordedAct.EVIDENCE_COLLECTION,
					SETTINGS.audioVideoActs(), false)).doesNotThrowAnyException();
		}

		@Test
		void aFileWhoseChecksumDiffersFromTheDevicesIsRefused() {
			assertThatThrownBy(() -> Policies.EvidenceMatchesItsChecksum.check("ab".repeat(32), "cd".repeat(32)))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.checksum-mismatch");
		}

		@Test
		void theChecksumIsComparedWithoutRegardToCase() {
			assertThatCode(() -> Policies.EvidenceMatchesItsChecksum.check(" " + "AB".repeat(32), "ab".repeat(32)))
				.doesNotThrowAnyException();
		}

		@Test
		void aCorrectionOfAnotherCasesEntryIsRefused() {
			assertThatThrownBy(() -> Policies.CorrectionNamesAnEarlierEntry.check(UUID.randomUUID(), UUID.randomUUID()))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.correction-unknown");
		}
	}

	@Nested
	class Hearing {

		final LocalDate told = LocalDate.of(2019, 8, 20);

		final LocalDate windowEnds = LocalDate.of(2019, 8, 27);

		@Test
		void aDecisionWithinThePartysFiveWorkingDaysIsRefused() {
			assertThatThrownBy(() -> Policies.HearingWindowOwed.check(told, windowEnds, false, null, null, windowEnds))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.hearing-window");
		}

		@Test
		void aDecisionAfterThePeriodMayBeTaken() {
			assertThatCode(() -> Policies.HearingWindowOwed.check(told, windowEnds, false, null, null,
					windowEnds.plusDays(1))).doesNotThrowAnyException();
		}

		@Test
		void aWrittenWaiverLetsTheDecisionComeSooner() {
			assertThatCode(() -> Policies.HearingWindowOwed.check(told, windowEnds, true, null, null, told.plusDays(1)))
				.doesNotThrowAnyException();
		}

		@Test
		void aRequestedHearingMustBeHeldFirst() {
			assertThatThrownBy(() -> Policies.HearingWindowOwed.check(told, windowEnds, false, told.plusDays(1), null,
					windowEnds.plusDays(5))).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.hearing-not-held");
		}

		@Test
		void aHearingSoonerThanSevenWorkingDaysAfterItsNoticeIsRefused() {
			assertThatThrownBy(() -> Policies.HearingNoticedAhead.check(LocalDate.of(2019, 8, 23),
					LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 3))).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.hearing-notice");
		}

		@Test
		void aHearingOnTheEarliestDayIsLawful() {
			assertThatCode(() -> Policies.HearingNoticedAhead.check(LocalDate.of(2019, 8, 23), LocalDate.of(2019, 9, 3),
					LocalDate.of(2019, 9, 3))).doesNotThrowAnyException();
		}
	}

	@Nested
	class PublicationWithoutPersonalData {

		@Test
		void aNaturalPersonsNameKeepsOnlyItsFirstCharacter() {
			assertThat(Policies.PublicationWithoutPersonalData.party(PartyKind.NATURAL_PERSON, "王建国")).isEqualTo("王**");
		}

		@Test
		void aCompanysNameIsPublishedInFull() {
			assertThat(Policies.PublicationWithoutPersonalData.party(PartyKind.LEGAL_PERSON, "内蒙古某生物科技有限公司"))
				.isEqualTo("内蒙古某生物科技有限公司");
		}

		@Test
		void noIdentityNumberAndNoNaturalPersonsNameIsLeftInTheText() {
			String text = Policies.PublicationWithoutPersonalData.text(
					"对王建国（身份证号15010219800101123X）给予警告。", PartyKind.NATURAL_PERSON, "王建国");
			assertThat(text).doesNotContain("王建国").doesNotContain("15010219800101123X").contains("王**");
		}
	}

	@Nested
	class Steps {

		@Test
		void aCaseIsNotDecidedStraightFromRegistration() {
			assertThatThrownBy(() -> CaseStatus.REGISTERED.assertCanMoveTo(CaseStatus.DECIDED))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.status.move");
		}

		@Test
		void aClosedCaseMovesNoMore() {
			for (CaseStatus s : CaseStatus.values()) {
				assertThat(CaseStatus.CLOSED.canMoveTo(s)).isFalse();
			}
		}

		@Test
		void aPenaltyIsClosedOnlyAfterItsExecution() {
			EnforcementCase c = EnforcementCase.register(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), BODY,
					UUID.randomUUID(), "N", "案", PartyKind.LEGAL_PERSON, "公司", null, "事实", Set.of(), Set.of(), DAY, null,
					java.time.Instant.EPOCH);
			c.startInvestigation(DAY);
			c.submitForExamination(new BigDecimal("5000"), Set.of());
			c.decide(DecisionKind.PENALTY, "罚款5000元。", DAY, false, null, null);
			c.serve(ServiceMethod.DIRECT, DAY);
			assertThatThrownBy(() -> c.close(DAY)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.close-after-execution");
		}
	}

	@Nested
	class Certificates {

		@Test
		void aCertificateThatExpiresBeforeItIsIssuedIsRefused() {
			assertThatThrownBy(() -> Officer.Card.checked("李伟", "15010019001", "科技", DAY, DAY, 0))
				.extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.officer.expires-after-issue");
		}

		@Test
		void areasAreReadWhateverTheSeparator() {
			assertThat(Officer.Card.checked("李伟", "15010019001", "科技计划项目监督，高新技术企业认定、 科研诚信", DAY,
					DAY.plusYears(6), 0).areas()).containsExactly("科技计划项目监督", "高新技术企业认定", "科研诚信");
		}

		@Test
		void aRevokedCertificateIsNotReinstated() {
			Officer o = Officer.issue(UUID.randomUUID(), UUID.randomUUID(), BODY, null,
					Officer.Card.checked("李伟", "15010019001", "科技", DAY, DAY.plusYears(6), 0), "ABCDEFGHJK",
					java.time.Instant.EPOCH);
			o.changeStatus(OfficerStatus.REVOKED, "调离");
			assertThatThrownBy(() -> o.changeStatus(OfficerStatus.ACTIVE, null)).extracting(EnforcementPoliciesTests::code)
				.isEqualTo("enforcement.rule.revoked-final");
		}
	}
}
