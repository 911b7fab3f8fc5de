package org.fazhi.review;

import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A draft concerning the economic activity of market entities is reviewed for fair competition before it goes on;
 * not reviewed, or failing without an exception, it may not be issued (公平竞争审查条例 第十八条, in force 2024-08-01;
 * before it 国务院关于在市场体系建设中建立公平竞争审查制度的意见 国发〔2016〕34号; 优化营商环境条例 第六十三条;
 * 重大行政决策程序暂行条例 第二十九条). The basis cited is the one in force on the day.
 */
public final class FairCompetitionReviewBeforeIssue {

	/** 公平竞争审查条例 (国务院令第783号) came into force on this day. */
	public static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2024, 8, 1);

	private FairCompetitionReviewBeforeIssue() {
	}

	/** @param step the message key of the step the review must precede (e.g. 提请合法性审查, 集体讨论决定) */
	public static void check(boolean marketRelated, Optional<FairCompetitionReview> latest, LocalDate on, String step) {
		if (!marketRelated) {
			return;
		}
		if (latest.isEmpty()) {
			throw RuleViolation.of("fair-competition.rule.missing", new DefaultMessageSourceResolvable(step),
					new DefaultMessageSourceResolvable(basisKey(on)));
		}
		if (!latest.get().conclusion().allowsIssue()) {
			throw RuleViolation.of("fair-competition.rule.fails", new DefaultMessageSourceResolvable(basisKey(on)));
		}
	}

	/** The message key of the basis in force on the day. */
	public static String basisKey(LocalDate on) {
		return on.isBefore(REGULATION_IN_FORCE) ? "fair-competition.basis.2016" : "fair-competition.basis.2024";
	}
}
