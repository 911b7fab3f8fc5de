package org.fazhi.decision;

import java.time.LocalDate;
import java.util.UUID;

/** 决策后评估 (第三十六条). */
public record Evaluation(UUID id, EvaluationTrigger trigger, String triggerNote, String evaluator,
		LocalDate startedOn, String conclusion, LocalDate completedOn, String recordedBy) {

	Evaluation completed(String text, LocalDate on) {
		return new Evaluation(id, trigger, triggerNote, evaluator, startedOn, text, on, recordedBy);
	}
}
