package org.fazhi.normative;

/**
 * Why a document is not put to public consultation, on the record (国办发〔2018〕37号 二(三): 对涉及群众切身利益或者
 * 对公民、法人和其他组织权利义务有重大影响的，应当向社会公开征求意见；依法需要保密的除外).
 */
public enum ConsultationWaiver {

	/** 不涉及群众切身利益，对公民、法人和其他组织的权利义务没有重大影响 */
	NOT_AFFECTING_RIGHTS,
	/** 依法需要保密 */
	CONFIDENTIAL,
	/** 内部制度，不属于行政规范性文件 (not consulted on, not filed) */
	NOT_NORMATIVE;

	public String messageKey() {
		return "normative.waiver." + name();
	}
}
