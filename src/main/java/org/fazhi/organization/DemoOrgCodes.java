package org.fazhi.organization;

/** The codes of the demonstration organizations, by which other modules' demo data find them. */
public final class DemoOrgCodes {

	/** 内蒙古自治区人民政府 */
	public static final String REGION = "nmg-gov";

	/** 内蒙古自治区司法厅 (备案审查机关) */
	public static final String JUSTICE = "nmg-sft";

	/** 内蒙古自治区科学技术厅 */
	public static final String DEPARTMENT = "nmg-kjt";

	/** 办公室 */
	public static final String OFFICE = "kjt-bgs";

	/** 政策法规处 */
	public static final String LEGAL = "kjt-zcfgc";

	/** 成果转化与区域创新处 */
	public static final String TRANSFER = "kjt-cgzh";

	/** 高新技术发展及产业化处 */
	public static final String HIGHTECH = "kjt-gxc";

	/** 人事处 */
	public static final String PERSONNEL = "kjt-rsc";

	private DemoOrgCodes() {
	}
}
