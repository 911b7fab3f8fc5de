package org.fazhi.consultation;

import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.calendar.CalendarService;
import org.fazhi.deadline.DeadlineRule;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.platform.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The periods of public participation, read from the admin-editable rule table in force on the day: the shortest
 * comment period of each subject, and the notice a hearing's participants are owed. Every module that records a
 * consultation — on the portal, in the press, by hand — asks here; none keeps its own number.
 */
@Component
public class ConsultationPeriods {

	/** 听证会: materials served on the participants 7 days before (重大行政决策程序暂行条例 第十六条). */
	static final String HEARING_NOTICE = "DC_HEARING_NOTICE";

	private final DeadlineRules rules;

	private final CalendarService calendar;

	private final MessageSource messages;

	ConsultationPeriods(DeadlineRules rules, CalendarService calendar, MessageSource messages) {
		this.rules = rules;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The comment-period rule in force on the first day, if one was (a decision before 2019-09-01 had none). */
	public Optional<DeadlineRule> rule(ConsultationSubject subject, LocalDate opensOn) {
		return rules.inForce(subject.ruleCode(), opensOn).filter(DeadlineRule::hasFloor);
	}

	/** The earliest lawful last day of a period beginning on the day, if a rule applies. */
	public Optional<LocalDate> earliestClose(ConsultationSubject subject, LocalDate opensOn) {
		return rule(subject, opensOn).map(r -> calendar.calendar().count(opensOn, r.minimum(), r.unit()));
	}

	/**
	 * The comment period is checked against the rule in force on its first day, whatever records it (the portal, a
	 * call in the press, or a consultation held elsewhere and recorded by hand).
	 */
	public void check(ConsultationSubject subject, LocalDate opensOn, LocalDate closesOn, String shortReason) {
		if (opensOn == null) {
			throw InvalidInput.onField("opensOn", "consultation.opens.required");
		}
		if (closesOn == null) {
			throw InvalidInput.onField("closesOn", "consultation.closes.required");
		}
		CalendarService.checkCovered(opensOn, "opensOn");
		CalendarService.checkCovered(closesOn, "closesOn");
		if (!closesOn.isAfter(opensOn)) {
			throw InvalidInput.onField("closesOn", "consultation.closes.order");
		}
		Optional<DeadlineRule> rule = rule(subject, opensOn);
		if (rule.isPresent()) {
			Policies.PeriodNotShorterThanTheRule.check(rule.get(),
					calendar.calendar().count(opensOn, rule.get().minimum(), rule.get().unit()), opensOn, closesOn,
					shortReason, messages.getMessage(rule.get().unit().messageKey(), null, Locale.SIMPLIFIED_CHINESE));
		}
	}

	/** 听证会: the materials served in time before the hearing, where the rule was in force on its day. */
	public void checkHearingNotice(LocalDate heldOn, LocalDate materialsServedOn) {
		Optional<DeadlineRule> rule = rules.inForce(HEARING_NOTICE, heldOn).filter(DeadlineRule::hasFloor);
		if (rule.isEmpty()) {
			return;
		}
		if (materialsServedOn == null) {
			throw InvalidInput.onField("materialsServedOn", "consultation.rule.hearing-materials-date");
		}
		LocalDate earliestHearing = calendar.calendar().count(materialsServedOn, rule.get().minimum(), rule.get().unit());
		Policies.HearingMaterialsServedInTime.check(rule.get(), heldOn, materialsServedOn, earliestHearing);
	}
}
