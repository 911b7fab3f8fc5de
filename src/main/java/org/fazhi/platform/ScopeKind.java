package org.fazhi.platform;

/** 数据权限: which records a role lets its holder see. The widest scope of a user's roles applies. */
public enum ScopeKind {

	/** 全部: every organization of the installation */
	ALL,
	/** 本单位及下级: the user's unit (厅、局、政府) and everything under it */
	UNIT,
	/** 本处室: the user's own organization (division) and anything under it */
	DIVISION,
	/** 仅本人: only records the user created or is responsible for */
	SELF;

	public String messageKey() {
		return "scope." + name();
	}
}
