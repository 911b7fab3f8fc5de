package org.fazhi.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** An offline channel of a consultation (座谈会, 论证会, 书面, 听证) and its record. */
public record ChannelView(UUID id, UUID consultationId, ChannelKind kind, LocalDate heldOn, String place,
		String participants, String minutes, LocalDate materialsServedOn, LocalDate participantsPublishedOn,
		String recordedBy) {
}
