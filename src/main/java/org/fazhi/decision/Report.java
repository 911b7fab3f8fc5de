package org.fazhi.decision;

import java.time.LocalDate;
import java.util.UUID;

/** 决策执行情况报告 (第三十四条). */
public record Report(UUID id, LocalDate reportedOn, String reportingOrg, String content, String recordedBy) {
}
