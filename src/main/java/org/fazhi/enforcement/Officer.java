package org.fazhi.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;

/** An enforcement officer and the certificate held (执法证): its number, areas, validity and status. */
class Officer {

	UUID id;

	UUID orgId;

	UUID bodyId;

	UUID userId;

	String name;

	String certificateNo;

	/** the code of the public verification page (printed as a QR code on the card) */
	String verifyCode;

	Set<String> areas;

	LocalDate issuedOn;

	/** the last day the certificate is valid */
	LocalDate expiresOn;

	/** the last 审核注册 (the issue day before the first) */
	LocalDate registeredOn;

	int trainingHours;

	OfficerStatus status;

	String statusReason;

	UUID expiryClockId;

	UUID registrationClockId;

	Instant createdAt;

	long version;

	/** What is written on the card, checked. */
	record Card(String name, String certificateNo, Set<String> areas, LocalDate issuedOn, LocalDate expiresOn,
			int trainingHours) {

		static Card checked(String name, String certificateNo, String areas, LocalDate issuedOn, LocalDate expiresOn,
				Integer trainingHours) {
			String n = InvalidInput.requireText(name, "name", "enforcement.officer.name-required", 50,
					"enforcement.officer.name-size");
			String no = InvalidInput.requireText(certificateNo, "certificateNo", "enforcement.officer.certificate-required",
					40, "enforcement.officer.certificate-size");
			if (!no.matches("[0-9A-Za-z-]{4,40}")) {
				throw InvalidInput.onField("certificateNo", "enforcement.officer.certificate-format");
			}
			Set<String> a = parseAreas(areas);
			if (issuedOn == null) {
				throw InvalidInput.onField("issuedOn", "enforcement.officer.issued-required");
			}
			if (expiresOn == null) {
				throw InvalidInput.onField("expiresOn", "enforcement.officer.expires-required");
			}
			if (!expiresOn.isAfter(issuedOn)) {
				throw InvalidInput.onField("expiresOn", "enforcement.officer.expires-after-issue", issuedOn);
			}
			if (expiresOn.isAfter(issuedOn.plusYears(10))) {
				throw InvalidInput.onField("expiresOn", "enforcement.officer.expires-too-late");
			}
			int hours = trainingHours == null ? 0 : trainingHours;
			if (hours < 0 || hours > 2000) {
				throw InvalidInput.onField("trainingHours", "enforcement.officer.hours-range");
			}
			return new Card(n, no.toUpperCase(java.util.Locale.ROOT), a, issuedOn, expiresOn, hours);
		}

		static Set<String> parseAreas(String areas) {
			if (areas == null || areas.isBlank()) {
				throw InvalidInput.onField("areas", "enforcement.officer.areas-required");
			}
			Set<String> a = Arrays.stream(areas.split("[,，、;；\\s]+"))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (a.isEmpty() || a.stream().anyMatch(s -> s.length() > 30) || String.join("、", a).length() > 300) {
				throw InvalidInput.onField("areas", "enforcement.officer.areas-size");
			}
			return a;
		}
	}

	static Officer issue(UUID id, UUID orgId, UUID bodyId, UUID userId, Card card, String verifyCode, Instant at) {
		Officer o = new Officer();
		o.id = id;
		o.orgId = orgId;
		o.bodyId = bodyId;
		o.userId = userId;
		o.verifyCode = verifyCode;
		o.apply(card);
		o.registeredOn = card.issuedOn();
		o.status = OfficerStatus.ACTIVE;
		o.createdAt = at;
		return o;
	}

	void apply(Card card) {
		name = card.name();
		certificateNo = card.certificateNo();
		areas = card.areas();
		issuedOn = card.issuedOn();
		expiresOn = card.expiresOn();
		trainingHours = card.trainingHours();
	}

	/** 暂扣, 注销 or back in use, with the reason; a revoked certificate is never reinstated (a new one is issued). */
	void changeStatus(OfficerStatus to, String reason) {
		if (to == null) {
			throw InvalidInput.onField("status", "enforcement.officer.status-required");
		}
		if (status == OfficerStatus.REVOKED) {
			throw RuleViolation.of("enforcement.rule.revoked-final");
		}
		if (to == status) {
			throw RuleViolation.of("enforcement.officer.status-same");
		}
		if (to != OfficerStatus.ACTIVE && (reason == null || reason.isBlank())) {
			throw InvalidInput.onField("reason", "enforcement.officer.reason-required");
		}
		InvalidInput.checkLength(reason, 300, "reason", "enforcement.officer.reason-size");
		status = to;
		statusReason = to == OfficerStatus.ACTIVE ? null : reason.strip();
	}

	/** 审核注册 on the day: the next registration falls due a cycle later. */
	void register(LocalDate on) {
		if (on == null) {
			throw InvalidInput.onField("on", "enforcement.officer.registered-required");
		}
		if (on.isBefore(registeredOn)) {
			throw InvalidInput.onField("on", "enforcement.officer.registered-before", registeredOn);
		}
		if (status == OfficerStatus.REVOKED) {
			throw RuleViolation.of("enforcement.rule.revoked-final");
		}
		registeredOn = on;
	}

	/** Valid on the day: in use and within the certificate's dates. */
	boolean validOn(LocalDate day) {
		return status == OfficerStatus.ACTIVE && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
	}

	Policies.Credential credential() {
		return new Policies.Credential(id, name, bodyId, status, issuedOn, expiresOn, areas);
	}

	String areasText() {
		return String.join("、", areas);
	}
}
