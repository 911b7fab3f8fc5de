package org.fazhi.normative;

/** What a cleanup decides for a document (清理决定). */
public enum CleanupDecision {

	/** 继续有效 */
	KEEP,
	/** 修改: stays in force, marked for amendment */
	AMEND,
	/** 废止 */
	REPEAL,
	/** 宣布失效 */
	DECLARE_INVALID;

	public String messageKey() {
		return "cleanup.decision." + name();
	}
}
