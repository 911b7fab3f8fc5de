package org.fazhi.normative;

import java.util.Set;

import org.fazhi.platform.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a filing stands with the filing authority. */
public enum FilingStatus {

	/** 已报送，待审查 */
	SUBMITTED,
	/** 退回补正: with the drafter; the authority's review clock is suspended */
	RETURNED,
	/** 予以备案 */
	ACCEPTED,
	/** 要求纠正: the document must be amended or repealed */
	RECTIFICATION_REQUIRED;

	private Set<FilingStatus> next() {
		return switch (this) {
			case SUBMITTED -> Set.of(RETURNED, ACCEPTED, RECTIFICATION_REQUIRED);
			case RETURNED -> Set.of(SUBMITTED);
			case ACCEPTED, RECTIFICATION_REQUIRED -> Set.of();
		};
	}

	public void assertCanMoveTo(FilingStatus target) {
		if (!next().contains(target)) {
			throw RuleViolation.of("filing.status.move", new DefaultMessageSourceResolvable(messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
	}

	public boolean decided() {
		return this == ACCEPTED || this == RECTIFICATION_REQUIRED;
	}

	public String messageKey() {
		return "filing.status." + name();
	}
}
