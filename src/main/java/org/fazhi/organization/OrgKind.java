package org.fazhi.organization;

/** What an organization is in the tree. Every kind but a division is a unit (单位) of its own. */
public enum OrgKind {

	/** 人民政府 */
	GOVERNMENT,
	/** 工作部门（厅、局） */
	DEPARTMENT,
	/** 直属单位 */
	INSTITUTION,
	/** 内设处室 */
	DIVISION;

	public boolean isUnit() {
		return this != DIVISION;
	}

	public String messageKey() {
		return "org.kind." + name();
	}
}
