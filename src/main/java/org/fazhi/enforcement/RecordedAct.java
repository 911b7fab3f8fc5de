package org.fazhi.enforcement;

/**
 * The acts of an enforcement procedure that the full-process record names (行政处罚法 第四十七条; 国办发〔2018〕118号:
 * 现场检查、随机抽查、调查取证、证据保全、听证、行政强制、送达 are recorded on audio-video where disputes are likely, and
 * 查封扣押、强制拆除 throughout). Which of them need audio-video is configured (fazhi.enforcement.audio-video-acts).
 */
public enum RecordedAct {

	/** 现场检查（勘验） */
	ON_SITE_INSPECTION,
	/** 随机抽查 */
	RANDOM_INSPECTION,
	/** 调查取证（询问） */
	EVIDENCE_COLLECTION,
	/** 抽样取证 */
	SAMPLING,
	/** 先行登记保存 */
	EVIDENCE_PRESERVATION,
	/** 查封扣押 */
	SEIZURE,
	/** 强制执行（强制拆除） */
	FORCED_EXECUTION,
	/** 听证 */
	HEARING,
	/** 留置送达 */
	SERVICE_LEFT_AT_ADDRESS,
	/** 其他执法行为 */
	OTHER;

	public String messageKey() {
		return "enforcement.act." + name();
	}
}
