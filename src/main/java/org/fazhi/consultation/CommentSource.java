package org.fazhi.consultation;

/** Where a comment came from. */
public enum CommentSource {

	/** 门户网站: submitted by a visitor */
	PORTAL,
	/** 书面/信函/电子邮件: received otherwise and entered by staff */
	OFFLINE;

	public String messageKey() {
		return "consultation.source." + name();
	}
}
