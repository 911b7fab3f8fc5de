package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * A day the State Council notices (or a local decision) name: a holiday or a make-up working day.
 * @param notice the notice's title
 * @param documentNumber its 文号 where known, else empty
 * @param local whether it is a local decision (a closure, a correction) rather than a national notice
 */
public record OfficialDay(LocalDate date, DayKind kind, String name, String notice, String documentNumber, String url,
		boolean local) {

	/** The notice as a reader cites it: title and 文号. */
	public String source() {
		return documentNumber == null || documentNumber.isBlank() ? "《" + notice + "》"
				: "《" + notice + "》（" + documentNumber + "）";
	}
}
