package org.fazhi.review;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.fazhi.platform.RuleViolation;

/** The rules of the review procedure itself, each a named policy with its source. */
final class Policies {

	private Policies() {
	}

	/**
	 * 审查与起草相分离: the legality review is the reviewing body's check of what the drafting unit sends (国办发〔2018〕
	 * 115号: 起草单位不得以征求意见、会签、参加审议等方式代替合法性审核; 重大行政决策程序暂行条例 第二十五条、第二十七条): a
	 * reviewer never reviews a document he drafted or sent for review himself.
	 */
	static final class ReviewerIsNotTheDrafter {

		private ReviewerIsNotTheDrafter() {
		}

		static void check(UUID reviewer, UUID requester, UUID drafter) {
			if (reviewer != null && (reviewer.equals(requester) || reviewer.equals(drafter))) {
				throw RuleViolation.of("review.rule.reviewer-is-drafter");
			}
		}
	}

	/**
	 * The drafter records how each problem of the opinion was handled; the reviewer confirms it — never the same
	 * person, nor the one who drafted or requested the document (the same separation of duties).
	 */
	static final class HandlingIsConfirmedByAnother {

		private HandlingIsConfirmedByAnother() {
		}

		static void check(UUID confirmer, UUID requester, UUID drafter, List<UUID> handlers) {
			ReviewerIsNotTheDrafter.check(confirmer, requester, drafter);
			if (handlers.stream().anyMatch(h -> Objects.equals(h, confirmer))) {
				throw RuleViolation.of("review.rule.confirmer-is-handler");
			}
		}
	}

	/**
	 * 国办发〔2018〕118号 (审核内容) and 行政处罚法 第五十八条: a subject with review contents is judged on each of them;
	 * an item that does not conform says why, and a 合法性说明 (no changes) is given only when every item conforms.
	 */
	static final class ChecklistAnsweredInFull {

		private ChecklistAnsweredInFull() {
		}

		static void check(List<String> items, List<ChecklistAnswer> answers, ReviewOutcome outcome) {
			for (String item : items) {
				ChecklistAnswer a = answers.stream().filter(x -> item.equals(x.item())).findFirst().orElse(null);
				if (a == null) {
					throw RuleViolation.onField("checks", "review.rule.checklist-unanswered",
							new org.springframework.context.support.DefaultMessageSourceResolvable("review.checklist." + item));
				}
				if (!a.compliant() && (a.finding() == null || a.finding().isBlank())) {
					throw RuleViolation.onField("checks", "review.rule.checklist-finding",
							new org.springframework.context.support.DefaultMessageSourceResolvable(a.messageKey()));
				}
				if (!a.compliant() && outcome == ReviewOutcome.STATEMENT) {
					throw RuleViolation.onField("outcome", "review.rule.checklist-statement",
							new org.springframework.context.support.DefaultMessageSourceResolvable(a.messageKey()));
				}
			}
		}
	}
}
