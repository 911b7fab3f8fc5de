package org.fazhi.enforcement;

/** Who the case is against; a natural person's name is masked when the decision is published. */
public enum PartyKind {

	/** 自然人 */
	NATURAL_PERSON,
	/** 法人 */
	LEGAL_PERSON,
	/** 其他组织 */
	OTHER_ORGANIZATION;

	public String messageKey() {
		return "enforcement.party-kind." + name();
	}
}
