package org.fazhi.enforcement;

/** The kinds of entry of a case's full-process record. */
public enum RecordKind {

	/** 程序环节: a step of the case (立案, 决定, 送达 …), written by the step itself */
	STEP,
	/** 执法行为: an act done by the officers (现场检查, 询问, 听证 …), with its audio-video where required */
	ACT,
	/** 执法文书 */
	DOCUMENT,
	/** 证据: a file with its checksum, device, place and time */
	EVIDENCE,
	/** 更正: names the entry it corrects; the corrected entry stays as it was */
	CORRECTION;

	public String messageKey() {
		return "enforcement.record-kind." + name();
	}
}
