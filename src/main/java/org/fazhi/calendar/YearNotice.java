package org.fazhi.calendar;

/** The State Council notice that settles a year's holidays; a year without one is only estimated. */
public record YearNotice(int year, String notice, String documentNumber, String url) {
}
