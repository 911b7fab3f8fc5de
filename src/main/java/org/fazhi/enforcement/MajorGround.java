package org.fazhi.enforcement;

/** The grounds that make an enforcement decision major (行政处罚法 第五十八条第一款). */
public enum MajorGround {

	/** (一) 涉及重大公共利益的 */
	PUBLIC_INTEREST,
	/** (二) 直接关系当事人或者第三人重大权益，经过听证程序的 */
	MAJOR_RIGHTS_HEARD,
	/** (三) 案件情况疑难复杂、涉及多个法律关系的 */
	COMPLEX,
	/** (四) 法律、法规规定应当进行法制审核的其他情形 (here: a fine at or above the unit's 目录清单 threshold) */
	OTHER_STATUTORY;

	public String messageKey() {
		return "enforcement.major." + name();
	}
}
