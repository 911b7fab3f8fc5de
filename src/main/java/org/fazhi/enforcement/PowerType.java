package org.fazhi.enforcement;

/** The kinds of power on the 权责清单. */
public enum PowerType {

	/** 行政许可 */
	LICENSING,
	/** 行政处罚 */
	PENALTY,
	/** 行政强制 */
	COERCION,
	/** 行政检查 */
	INSPECTION,
	/** 行政征收 */
	LEVY,
	/** 行政确认 */
	CONFIRMATION,
	/** 其他 */
	OTHER;

	/** 许可 and 处罚 decisions are published within 7 working days, the others within 20 (国办发〔2018〕118号). */
	public String publicityRule() {
		return this == LICENSING || this == PENALTY ? "EN_PUBLICITY_PENALTY" : "EN_PUBLICITY";
	}

	public String messageKey() {
		return "enforcement.power-type." + name();
	}
}
