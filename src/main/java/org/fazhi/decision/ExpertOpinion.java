package org.fazhi.decision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 专家论证意见, with the expert's declaration of no direct interest (第十九条). A written opinion is signed and sealed
 * (the uploaded signed copy); an opinion given at a 论证会 is its record.
 */
public record ExpertOpinion(UUID id, String expertName, String affiliation, ExpertForm form, String opinion,
		LocalDate givenOn, boolean noConflict, UUID signedFileId, String recordedBy) {

	public boolean signed() {
		return signedFileId != null;
	}

	/** Whether the opinion still lacks the signature and seal its form requires. */
	public boolean awaitingSignature() {
		return form.needsSignature() && !signed();
	}

	ExpertOpinion withSignedFile(UUID fileId) {
		return new ExpertOpinion(id, expertName, affiliation, form, opinion, givenOn, noConflict, fileId, recordedBy);
	}
}
