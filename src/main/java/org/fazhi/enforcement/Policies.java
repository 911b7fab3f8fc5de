package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;

/** The legal rules of enforcement, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/** What a rule needs to know of an officer on the day of an act. */
	record Credential(UUID id, String name, UUID bodyId, OfficerStatus status, LocalDate issuedOn, LocalDate expiresOn,
			Set<String> areas) {

		/** Holds a certificate valid on the day for the body and the area. */
		boolean validFor(UUID body, String area, LocalDate on) {
			return status == OfficerStatus.ACTIVE && !on.isBefore(issuedOn) && !on.isAfter(expiresOn)
					&& bodyId.equals(body) && areas.contains(area);
		}
	}

	/**
	 * 行政处罚法 第四十二条: 执法人员不得少于两人，法律另有规定的除外 — every act of a case is done by at least two officers,
	 * each holding on the day a certificate in force, of the body the case is conducted by, for the matter's area.
	 */
	static final class TwoOfficersWithValidCertificates {

		private TwoOfficersWithValidCertificates() {
		}

		static void check(List<Credential> officers, UUID bodyId, String area, LocalDate on) {
			Set<UUID> distinct = new HashSet<>();
			officers.forEach(o -> distinct.add(o.id()));
			if (distinct.size() < 2) {
				throw RuleViolation.onField("officerIds", "enforcement.rule.two-officers");
			}
			for (Credential o : officers) {
				if (o.status() != OfficerStatus.ACTIVE) {
					throw RuleViolation.onField("officerIds", "enforcement.rule.officer-not-active", o.name(),
							new org.springframework.context.support.DefaultMessageSourceResolvable(o.status().messageKey()));
				}
				if (on.isBefore(o.issuedOn()) || on.isAfter(o.expiresOn())) {
					throw RuleViolation.onField("officerIds", "enforcement.rule.certificate-not-in-force", o.name(),
							o.issuedOn(), o.expiresOn(), on);
				}
				if (!o.bodyId().equals(bodyId)) {
					throw RuleViolation.onField("officerIds", "enforcement.rule.officer-other-body", o.name());
				}
				if (!o.areas().contains(area)) {
					throw RuleViolation.onField("officerIds", "enforcement.rule.officer-area", o.name(), area);
				}
			}
		}
	}

	/**
	 * 行政处罚法 第五十八条第一款: 有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制
	 * 审核；未经法制审核或者审核未通过的，不得作出决定. A case is major on a recorded ground, after a hearing (第（二）项),
	 * or by a fine at or above the unit's 目录清单 threshold (第（四）项, configured).
	 */
	static final class MajorCase {

		private MajorCase() {
		}

		static Set<MajorGround> grounds(Set<MajorGround> recorded, boolean heard, PartyKind party, BigDecimal fine,
				EnforcementProperties settings) {
			Set<MajorGround> grounds = recorded.isEmpty() ? EnumSet.noneOf(MajorGround.class) : EnumSet.copyOf(recorded);
			if (heard) {
				grounds.add(MajorGround.MAJOR_RIGHTS_HEARD);
			}
			if (fine != null) {
				BigDecimal threshold = party == PartyKind.NATURAL_PERSON ? settings.majorFineNaturalPerson()
						: settings.majorFineLegalPerson();
				if (fine.compareTo(threshold) >= 0) {
					grounds.add(MajorGround.OTHER_STATUTORY);
				}
			}
			return grounds;
		}
	}

	/** 第五十八条: 未经法制审核或者审核未通过的，不得作出决定. */
	static final class MajorDecisionReviewedFirst {

		private MajorDecisionReviewedFirst() {
		}

		/** @param reviewPassed whether the case's latest legal review passed; {@code null} when none was requested */
		static void check(boolean major, Boolean reviewPassed) {
			if (!major) {
				return;
			}
			if (reviewPassed == null) {
				throw RuleViolation.of("enforcement.rule.major-needs-review");
			}
			if (!reviewPassed) {
				throw RuleViolation.of("enforcement.rule.major-review-not-passed");
			}
		}
	}

	/**
	 * 第五十八条第二款: 行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格 —
	 * a major decision's review counts only from a reviewer whose qualification is recorded.
	 */
	static final class ReviewerHoldsLegalQualification {

		private ReviewerHoldsLegalQualification() {
		}

		static void check(boolean qualified, String reviewerName) {
			if (!qualified) {
				throw RuleViolation.of("enforcement.rule.reviewer-not-qualified", reviewerName);
			}
		}
	}

	/**
	 * 行政处罚法 第四十七条 and 国办发〔2018〕118号: the acts the unit lists (现场检查、调查取证、查封扣押、听证、留置送达 …) are
	 * recorded on audio-video; such an act is not entered without its recording.
	 */
	static final class AudioVideoWhereRequired {

		private AudioVideoWhereRequired() {
		}

		static void check(RecordedAct act, Set<RecordedAct> required, boolean withRecording) {
			if (act != null && required.contains(act) && !withRecording) {
				throw RuleViolation.onField("file", "enforcement.rule.audio-video-required",
						new org.springframework.context.support.DefaultMessageSourceResolvable(act.messageKey()));
			}
		}
	}

	/** An evidence file is the one the device recorded: its SHA-256 is the checksum noted at the scene (可回溯). */
	static final class EvidenceMatchesItsChecksum {

		private EvidenceMatchesItsChecksum() {
		}

		static void check(String declared, String actual) {
			if (declared == null || declared.isBlank()) {
				throw InvalidInput.onField("checksum", "enforcement.evidence.checksum-required");
			}
			if (!declared.strip().equalsIgnoreCase(actual)) {
				throw RuleViolation.onField("checksum", "enforcement.rule.checksum-mismatch", declared.strip(), actual);
			}
		}
	}

	/**
	 * 行政处罚法 第六十四条第（一）项: the party may ask for a hearing within 5 working days of being told — a floor owed to
	 * the party; no decision before it has passed unless the party waived it in writing, and none without the hearing
	 * the party asked for.
	 */
	static final class HearingWindowOwed {

		private HearingWindowOwed() {
		}

		static void check(LocalDate toldOn, LocalDate windowEnds, boolean waived, LocalDate requestedOn,
				LocalDate heldOn, LocalDate decidedOn) {
			if (toldOn == null) {
				return;
			}
			if (requestedOn != null) {
				if (heldOn == null || heldOn.isAfter(decidedOn)) {
					throw RuleViolation.of("enforcement.rule.hearing-not-held");
				}
				return;
			}
			if (!waived && !decidedOn.isAfter(windowEnds)) {
				throw RuleViolation.onField("on", "enforcement.rule.hearing-window", windowEnds);
			}
		}
	}

	/** 行政处罚法 第六十四条第（二）项: 行政机关应当在举行听证的七日前通知当事人 (7 working days, 第八十五条). */
	static final class HearingNoticedAhead {

		private HearingNoticedAhead() {
		}

		static void check(LocalDate noticeOn, LocalDate hearingOn, LocalDate earliest) {
			if (hearingOn.isBefore(earliest)) {
				throw RuleViolation.onField("hearingOn", "enforcement.rule.hearing-notice", noticeOn, earliest);
			}
		}
	}

	/**
	 * The full-process record is only added to (行政处罚法 第四十七条: 记录 … 归档保存; 118号: 可回溯): a correction is a new
	 * entry naming an earlier entry of the same case.
	 */
	static final class CorrectionNamesAnEarlierEntry {

		private CorrectionNamesAnEarlierEntry() {
		}

		static void check(UUID correctedCaseId, UUID caseId) {
			if (correctedCaseId == null || !correctedCaseId.equals(caseId)) {
				throw RuleViolation.onField("correctsId", "enforcement.rule.correction-unknown");
			}
		}
	}

	/**
	 * Publication without the personal data that must not be published (行政处罚法 第四十八条: 依法公开; 政府信息公开条例
	 * 第十五条: 个人隐私不得公开): a natural person's name keeps its first character, and no identity number ever shows.
	 */
	static final class PublicationWithoutPersonalData {

		private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

		private PublicationWithoutPersonalData() {
		}

		static String party(PartyKind kind, String name) {
			if (kind != PartyKind.NATURAL_PERSON) {
				return name;
			}
			int first = name.offsetByCodePoints(0, 1);
			return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
		}

		/** The text with every 18-digit identity number, and the natural person's name, masked. */
		static String text(String text, PartyKind kind, String name) {
			String out = IDENTITY_NUMBER.matcher(text).replaceAll("******************");
			if (kind == PartyKind.NATURAL_PERSON && name.length() > 1) {
				out = out.replace(name, party(kind, name));
			}
			return out;
		}
	}
}
