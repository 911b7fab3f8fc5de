package org.fazhi.decision;

/** The decision catalog's state (第三条第三款: 经同级党委同意后向社会公布). */
public enum CatalogStatus {

	/** 编制中 */
	DRAFT,
	/** 已经决策机关审定 */
	APPROVED,
	/** 已公布 (adjustments after publication are published with their reason) */
	PUBLISHED;

	public String messageKey() {
		return "decision.catalog.status." + name();
	}
}
