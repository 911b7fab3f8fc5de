package org.fazhi.deadline;

import org.fazhi.calendar.PeriodUnit;

/**
 * A time-limit rule.
 * @param minimum the least time the rule owes (e.g. 5 working days for a legality review), or {@code null}
 * @param maxExtension the most that extensions may add in total, in the rule's unit (0: no extension)
 * @param warningDays working days before the due date from which a clock is 临期
 * @param startRule when counting starts (起算), in words
 * @param clocks how many clocks run or ran on it (a rule in use is never deleted)
 */
public record DeadlineRule(String code, String name, int amount, PeriodUnit unit, boolean rollForward, Integer minimum,
		int maxExtension, int warningDays, String startRule, String citation, String module, long clocks) {
}
