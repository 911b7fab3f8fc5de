package org.fazhi.consultation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A way opinions were heard on a subject (座谈会, 听证会, 实地走访, a public call in the press …) and its record.
 * @param consultationId the portal consultation it accompanied, or {@code null} when recorded for the subject alone
 * @param untilOn the last day of a public call's period ({@link ChannelKind#hasPeriod()})
 * @param handling how the opinions heard were studied and adopted (第十七条), when recorded
 */
public record ChannelView(UUID id, UUID consultationId, ConsultationSubject subject, String subjectId, ChannelKind kind,
		LocalDate heldOn, LocalDate untilOn, String place, String participants, String minutes, String handling,
		LocalDate materialsServedOn, LocalDate participantsPublishedOn, String shortReason, String recordedBy) {
}
