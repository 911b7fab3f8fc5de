package org.fazhi.decision;

import java.time.LocalDate;

/** One of the first three procedures marked not required, on its lawful ground with the explanation. */
public record Exemption(ExemptionGround ground, String explanation, String recordedBy, LocalDate recordedOn) {
}
