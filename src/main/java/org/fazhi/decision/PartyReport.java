package org.fazhi.decision;

import java.time.LocalDate;

/**
 * 向同级党委请示报告 before the decision is issued (第三十一条: 重大行政决策出台前应当按照规定向同级党委请示报告), or why no
 * report is required for it.
 * @param waiver why the rules on reporting do not require one for this decision, or {@code null} when reported
 */
public record PartyReport(LocalDate reportedOn, String reportedTo, String note, String waiver, String recordedBy) {

	public boolean waived() {
		return waiver != null;
	}
}
