package org.fazhi.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's full-process record, as written.
 * @param seq its place in the case's record, from 1
 * @param step the case's step it belongs to, or {@code null}
 * @param fileId the evidence or document file, or {@code null}
 * @param correctsId the entry this one corrects, or {@code null}
 * @param officers the officers who did the act, by name and certificate number
 * @param intact whether the entry still has the fingerprint it was written with and that the audit chain holds
 */
public record RecordEntry(UUID id, UUID caseId, int seq, RecordKind kind, CaseStatus step, RecordedAct act,
		String title, String content, Instant occurredAt, String place, String device, UUID fileId, String fileSha256,
		UUID correctsId, String officers, String fingerprint, String enteredBy, Instant enteredAt, boolean intact) {

	/** The fingerprint of what the entry says (SM3 over every field but itself). */
	static String fingerprint(UUID caseId, int seq, RecordKind kind, CaseStatus step, RecordedAct act, String title,
			String content, Instant occurredAt, String place, String device, UUID fileId, String fileSha256,
			UUID correctsId, String officers, String enteredBy) {
		return org.fazhi.platform.Texts.fingerprint(String.valueOf(caseId), String.valueOf(seq), kind.name(),
				step == null ? null : step.name(), act == null ? null : act.name(), title, content,
				String.valueOf(occurredAt.toEpochMilli()), place, device, fileId == null ? null : fileId.toString(),
				fileSha256, correctsId == null ? null : correctsId.toString(), officers, enteredBy);
	}

	String recomputed() {
		return fingerprint(caseId, seq, kind, step, act, title, content, occurredAt, place, device, fileId, fileSha256,
				correctsId, officers, enteredBy);
	}
}
