package org.fazhi.assessment;

import java.time.LocalDate;

/**
 * One record behind an indicator's figure: a record of the denominator (for a count, of the count), and whether it
 * is counted in the numerator.
 * @param reference the record's number (文号, 审查文书编号) where it has one
 * @param on the date that put the record in the year
 * @param link the page of the record
 * @param note what else decides its place (an outcome, a status), or {@code null}
 */
public record IndicatorRecord(String title, String reference, LocalDate on, String link, boolean counted, String note) {
}
