package org.fazhi.normative;

/** What kind of document it is. */
public enum DocumentKind {

	/** 部门行政规范性文件: reviewed, deliberated, published and filed with the superior authority */
	DEPARTMENT,
	/** 内部制度 (e.g. 内科发政字〔2018〕34号 审查工作细则): binds the department itself, needs no filing */
	INTERNAL;

	public boolean requiresFiling() {
		return this == DEPARTMENT;
	}

	/** Whether it is published on the portal (an internal rule is not: 内部制度不向社会公开，不进入公开目录). */
	public boolean isPublished() {
		return this == DEPARTMENT;
	}

	public String messageKey() {
		return "normative.kind." + name();
	}
}
