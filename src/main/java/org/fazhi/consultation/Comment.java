package org.fazhi.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.platform.RuleViolation;

/**
 * A comment on a consultation. Never deleted; hidden from public view with a recorded reason. Its response may be
 * revised until the summary is published; each change checks the version the user saw.
 */
class Comment {

	UUID id;

	UUID consultationId;

	String receipt;

	String content;

	String submitterName;

	String submitterContact;

	CommentSource source;

	String addressHash;

	Instant receivedAt;

	LocalDate receivedOn;

	/** 先审后发: received from the portal, not yet shown to the public */
	boolean awaitingReview;

	String publishedBy;

	boolean hidden;

	String hiddenReason;

	String hiddenBy;

	ResponseKind response;

	String responseReason;

	String respondedBy;

	LocalDate respondedOn;

	long version;

	static Comment received(UUID id, UUID consultationId, String receipt, String content, String name, String contact,
			CommentSource source, String addressHash, Instant at, LocalDate on, boolean awaitingReview) {
		Comment c = new Comment();
		c.awaitingReview = awaitingReview;
		c.id = id;
		c.consultationId = consultationId;
		c.receipt = receipt;
		c.content = content;
		c.submitterName = name;
		c.submitterContact = contact;
		c.source = source;
		c.addressHash = addressHash;
		c.receivedAt = at;
		c.receivedOn = on;
		return c;
	}

	/** 采纳 / 部分采纳 / 不采纳, with the reason (重大行政决策程序暂行条例 第十七条). */
	void respond(ResponseKind kind, String reason, String by, LocalDate on) {
		this.response = kind;
		this.responseReason = reason;
		this.respondedBy = by;
		this.respondedOn = on;
	}

	/** The reviewer lets the public see the comment. */
	void publish(String by) {
		if (!awaitingReview) {
			throw RuleViolation.of("consultation.comment.not-awaiting");
		}
		this.awaitingReview = false;
		this.publishedBy = by;
	}

	/** Withheld from the public (also a decision on a comment awaiting review); kept, never deleted. */
	void hide(String reason, String by) {
		if (hidden) {
			throw RuleViolation.of("consultation.hide.already");
		}
		this.awaitingReview = false;
		this.hidden = true;
		this.hiddenReason = reason;
		this.hiddenBy = by;
	}

	void reveal() {
		if (!hidden) {
			throw RuleViolation.of("consultation.reveal.not-hidden");
		}
		this.hidden = false;
		this.hiddenReason = null;
		this.hiddenBy = null;
	}
}
