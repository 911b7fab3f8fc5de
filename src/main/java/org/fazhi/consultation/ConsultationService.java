package org.fazhi.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.consultation.ConsultationEvents.AdoptionSummaryPublished;
import org.fazhi.consultation.ConsultationEvents.ConsultationClosed;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.fazhi.platform.Texts;
import org.fazhi.platform.Secrets;
import org.fazhi.platform.TooManyRequests;
import org.fazhi.platform.docs.GongwenDocx;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: prepared, published on the portal for a period the subject's rule allows, commented on by the
 * public, each comment answered, and concluded with the published 意见采纳情况说明; and the other ways opinions are heard
 * on a subject (座谈会, 听证会, 实地走访, a call in the press …). Comments are never deleted; a comment may be hidden from
 * public view with a recorded reason. The steps are {@link Consultation}'s and {@link Comment}'s; this class loads,
 * validates the input, calls the step, stores and audits. Reads are in {@link ConsultationQueries}.
 */
@Service
@Transactional
public class ConsultationService {

	static final String ENTITY = "consultation";

	static final String COMMENT = "consultation_comment";

	static final int MAX_NAME = 50;

	static final int MAX_CONTACT = 100;

	static final int MAX_REASON = 2000;

	private final ConsultationRepository consultations;

	private final ConsultationQueries queries;

	private final ConsultationPeriods periods;

	private final OrgHierarchy orgs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ConsultationProperties properties;

	private final Clock clock;

	private final Secrets secrets;

	ConsultationService(ConsultationRepository consultations, ConsultationQueries queries, ConsultationPeriods periods,
			OrgHierarchy orgs, AuditLog audit, ApplicationEventPublisher events, MessageSource messages,
			ConsultationProperties properties, Clock clock, Secrets secrets) {
		this.secrets = secrets;
		this.consultations = consultations;
		this.queries = queries;
		this.periods = periods;
		this.orgs = orgs;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A consultation to prepare.
	 * @param subjectId the consulted item in its own module
	 * @param shortReason why the period is shorter than the rule's (第十五条: 因情况紧急等原因需要缩短期限的，应当说明理由)
	 * @param howToComment other ways and addresses for comments besides the portal (信函、电子邮件)
	 */
	public record Draft(UUID orgId, ConsultationSubject subject, String subjectId, String title, String draftText,
			String explanation, LocalDate opensOn, LocalDate closesOn, String shortReason, String howToComment) {
	}

	/** A comment as submitted; {@code address} is the submitter's network address (kept only as a hash). */
	public record NewComment(String content, String name, String contact, String address, String honeypot) {
	}

	/**
	 * A way opinions were heard, and its record.
	 * @param untilOn the last day of a public call's period ({@link ChannelKind#hasPeriod()})
	 * @param handling how the opinions were studied and adopted (第十七条)
	 * @param materialsServedOn for a hearing, when the materials were served on the participants
	 * @param shortReason why a public call's period is shorter than the rule's
	 */
	public record ChannelRecord(ChannelKind kind, LocalDate heldOn, LocalDate untilOn, String place,
			String participants, String minutes, String handling, LocalDate materialsServedOn,
			LocalDate participantsPublishedOn, String shortReason) {
	}

	// ---------------------------------------------------------------- preparing and publishing

	public UUID prepare(Draft draft, UUID creatorId) {
		if (draft.subject() == null) {
			throw InvalidInput.onField("subject", "consultation.subject.required");
		}
		if (draft.orgId() == null) {
			throw InvalidInput.onField("orgId", "consultation.org.required");
		}
		Consultation.Content content = validated(draft.subject(), draft);
		Consultation c = Consultation.prepare(Ids.newId(), draft.orgId(), orgs.unitOf(draft.orgId()), draft.subject(),
				draft.subjectId(), content, creatorId, clock.instant());
		consultations.insert(c);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_PREPARED", ENTITY, c.id)
			.summary(c.title + "（" + c.opensOn + "—" + c.closesOn + "）")
			.after(snapshot(c)));
		return c.id;
	}

	/** Changes a consultation not yet published. */
	public void revise(UUID id, String title, String draftText, String explanation, LocalDate opensOn,
			LocalDate closesOn, String shortReason, String howToComment, Long expectedVersion) {
		Consultation c = consultations.load(id);
		StaleWrite.check(expectedVersion, c.version, ENTITY, id);
		Map<String, Object> before = snapshot(c);
		c.revise(validated(c.subject, new Draft(c.orgId, c.subject, c.subjectId, title, draftText, explanation, opensOn,
				closesOn, shortReason, howToComment)));
		consultations.save(c);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_REVISED", ENTITY, id)
			.summary(c.title)
			.before(before)
			.after(snapshot(c)));
	}

	/** Puts the consultation on the portal; its period runs from its first day, not before publication. */
	public void publish(UUID id, LocalDate on) {
		Consultation c = consultations.load(id);
		c.publish(on);
		consultations.save(c);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_PUBLISHED", ENTITY, id)
			.summary(text("consultation.audit.published", c.title, c.opensOn, c.closesOn)));
	}

	/** Prepares and publishes at once (the subject modules' 公开征求意见 step). */
	public UUID publishNew(Draft draft, UUID creatorId, LocalDate on) {
		UUID id = prepare(draft, creatorId);
		publish(id, on);
		return id;
	}

	/** Withdraws a consultation never published (nothing public depends on it). */
	public void discard(UUID id, String reason) {
		Consultation c = consultations.load(id);
		c.checkDiscardable();
		String why = InvalidInput.requireText(reason, "reason", "consultation.discard.reason", 500,
				"consultation.discard.reason");
		Map<String, Object> before = snapshot(c);
		consultations.delete(c);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_DISCARDED", ENTITY, id)
			.summary(c.title + "：" + why)
			.before(before));
	}

	// ---------------------------------------------------------------- comments

	/**
	 * A visitor's comment. Refused when the consultation does not take comments today, when the content is empty or too
	 * long, when the honeypot field was filled (a form robot), or when the address has sent too many comments
	 * recently (HTTP 429). Nothing is stored when refused.
	 * @return the receipt code
	 */
	public String comment(UUID consultationId, NewComment comment) {
		return comment(consultationId, comment, clock.instant());
	}

	/** A comment received at the given moment (records brought over from an earlier system keep their time). */
	public String comment(UUID consultationId, NewComment comment, Instant receivedAt) {
		if (comment.honeypot() != null && !comment.honeypot().isEmpty()) {
			throw InvalidInput.of("consultation.comment.rejected");
		}
		Consultation c = consultations.find(consultationId)
			.filter(x -> x.status.published())
			.orElseThrow(() -> NotFoundException.of(ENTITY, consultationId));
		LocalDate day = LocalDate.ofInstant(receivedAt, clock.getZone());
		c.checkTakesCommentsOn(day);
		String content = checkedContent(comment.content());
		String name = optional(comment.name(), MAX_NAME, "name", "consultation.comment.name-size");
		String contact = optional(comment.contact(), MAX_CONTACT, "contact", "consultation.comment.contact-size");
		String addressHash = comment.address() == null ? null : hash(comment.address());
		if (addressHash != null) {
			consultations.lockQuotaOf(addressHash);
		}
		if (addressHash != null && consultations.commentsFrom(addressHash,
				receivedAt.minus(properties.window())) >= properties.maxCommentsPerAddress()) {
			throw TooManyRequests.of("consultation.comment.too-many", properties.maxCommentsPerAddress(),
					properties.window().toMinutes());
		}
		Comment received = Comment.received(Ids.newId(), c.id, Receipt.next(), content, name, contact,
				CommentSource.PORTAL, addressHash, receivedAt, day, properties.moderation());
		consultations.insert(received);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_COMMENT_RECEIVED", ENTITY, consultationId)
			.summary(text("consultation.audit.comment", received.receipt, excerpt(content)))
			.by(new AuditActor(null, text("consultation.audit.public"))));
		return received.receipt;
	}

	/** A comment received otherwise (信函、电子邮件、书面意见), entered by staff; it counts if it arrived within the period. */
	public String recordOffline(UUID consultationId, String content, String name, LocalDate receivedOn) {
		Consultation c = consultations.load(consultationId);
		if (receivedOn == null) {
			throw InvalidInput.onField("receivedOn", "consultation.offline.date");
		}
		c.checkOfflineReceipt(receivedOn, LocalDate.now(clock));
		String text = checkedContent(content);
		String who = optional(name, MAX_NAME, "name", "consultation.comment.name-size");
		Comment received = Comment.received(Ids.newId(), c.id, Receipt.next(), text, who, null, CommentSource.OFFLINE,
				null, clock.instant(), receivedOn, false);
		consultations.insert(received);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_COMMENT_RECORDED", ENTITY, consultationId)
			.summary(text("consultation.audit.offline", received.receipt, excerpt(text))));
		return received.receipt;
	}

	/** Answers a comment today. */
	public void respond(UUID commentId, ResponseKind kind, String reason, String by) {
		respond(commentId, kind, reason, by, LocalDate.now(clock), null);
	}

	/** Answers a comment on the given day. */
	public void respond(UUID commentId, ResponseKind kind, String reason, String by, LocalDate on) {
		respond(commentId, kind, reason, by, on, null);
	}

	/**
	 * Answers a comment (采纳 / 部分采纳 / 不采纳) with its reason; the answer may be revised until the summary is
	 * published. {@code expectedVersion}: the comment as the user saw it — a second answer given meanwhile by someone
	 * else is not overwritten (HTTP 409).
	 */
	public void respond(UUID commentId, ResponseKind kind, String reason, String by, LocalDate on,
			Long expectedVersion) {
		Comment comment = consultations.loadComment(commentId);
		StaleWrite.check(expectedVersion, comment.version, COMMENT, commentId);
		Consultation c = consultations.load(comment.consultationId);
		c.checkAnswering();
		if (kind == null) {
			throw InvalidInput.onField("response", "consultation.respond.kind");
		}
		String why = InvalidInput.requireText(reason, "reason", "consultation.respond.reason", MAX_REASON,
				"consultation.respond.reason-size");
		ResponseKind before = comment.response;
		String beforeReason = comment.responseReason;
		comment.respond(kind, why, by, on);
		consultations.save(comment);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_COMMENT_ANSWERED", COMMENT, commentId)
			.summary(text("consultation.audit.answered", comment.receipt, text(kind.messageKey()), excerpt(why)))
			.before(before == null ? Map.of() : Map.of("response", before, "reason", beforeReason))
			.after(Map.of("response", kind, "reason", why)));
	}

	/** 先审后发: a comment awaiting review is shown to the public. */
	public void publishComment(UUID commentId, String by) {
		Comment comment = consultations.loadComment(commentId);
		comment.publish(by);
		consultations.save(comment);
		audit.append(AuditRecord.of(consultations.load(comment.consultationId).orgId, "CONSULTATION_COMMENT_PUBLISHED",
				COMMENT, commentId)
			.summary(text("consultation.audit.published", comment.receipt, by))
			.after(Map.of("awaitingReview", false)));
	}

	/** Withholds a comment from public view (e.g. personal data, insults, advertising); the comment is kept. */
	public void hide(UUID commentId, String reason, String by) {
		Comment comment = consultations.loadComment(commentId);
		String why = InvalidInput.requireText(reason, "reason", "consultation.hide.reason", 500,
				"consultation.hide.reason-size");
		comment.hide(why, by);
		consultations.save(comment);
		audit.append(AuditRecord.of(consultations.load(comment.consultationId).orgId, "CONSULTATION_COMMENT_HIDDEN",
				COMMENT, commentId)
			.summary(text("consultation.audit.hidden", comment.receipt, why))
			.after(Map.of("hidden", true, "reason", why)));
	}

	/** Shows a hidden comment again, with the reason. */
	public void reveal(UUID commentId, String reason, String by) {
		Comment comment = consultations.loadComment(commentId);
		String why = InvalidInput.requireText(reason, "reason", "consultation.reveal.reason", 500,
				"consultation.reveal.reason");
		String hiddenReason = comment.hiddenReason;
		comment.reveal();
		consultations.save(comment);
		audit.append(AuditRecord.of(consultations.load(comment.consultationId).orgId, "CONSULTATION_COMMENT_REVEALED",
				COMMENT, commentId)
			.summary(text("consultation.audit.revealed", comment.receipt, why, by))
			.before(Map.of("hidden", true, "reason", hiddenReason)));
	}

	// ---------------------------------------------------------------- other ways of hearing opinions

	/** Records a 座谈会, 听证会 … held alongside a portal consultation, with its participants and record. */
	public UUID addChannel(UUID consultationId, ChannelRecord record, String by) {
		Consultation c = consultations.load(consultationId);
		return channel(c.orgId, c.subject, c.subjectId, c.id, record, by);
	}

	/**
	 * Records a way opinions were heard on a subject without a portal consultation (重大行政决策程序暂行条例 第十四条:
	 * 座谈会、听证会、实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查), with how they were handled.
	 */
	public UUID recordParticipation(UUID orgId, ConsultationSubject subject, String subjectId, ChannelRecord record,
			String by) {
		if (record.handling() == null || record.handling().isBlank()) {
			throw InvalidInput.onField("handling", "consultation.channel.handling");
		}
		return channel(orgId, subject, subjectId, null, record, by);
	}

	private UUID channel(UUID orgId, ConsultationSubject subject, String subjectId, UUID consultationId,
			ChannelRecord record, String by) {
		if (record.kind() == null) {
			throw InvalidInput.onField("kind", "consultation.channel.kind-required");
		}
		if (record.heldOn() == null) {
			throw InvalidInput.onField("heldOn", "consultation.channel.date");
		}
		CalendarService.checkCovered(record.heldOn(), "heldOn");
		if (record.heldOn().isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("heldOn", "consultation.channel.future");
		}
		String participants = InvalidInput.requireText(record.participants(), "participants",
				"consultation.channel.participants", 2000, "consultation.channel.participants-size");
		String minutes = InvalidInput.requireText(record.minutes(), "minutes", "consultation.channel.minutes", 50_000,
				"consultation.channel.minutes-size");
		if (record.place() != null && record.place().length() > 200) {
			throw InvalidInput.onField("place", "consultation.channel.place-size");
		}
		if (record.handling() != null && record.handling().length() > 20_000) {
			throw InvalidInput.onField("handling", "consultation.channel.handling-size");
		}
		if (record.shortReason() != null && record.shortReason().length() > 500) {
			throw InvalidInput.onField("shortReason", "consultation.short-reason.size");
		}
		if (record.kind().hasPeriod()) {
			if (record.untilOn() == null) {
				throw InvalidInput.onField("untilOn", "consultation.channel.until");
			}
			periods.check(subject, record.heldOn(), record.untilOn(), record.shortReason());
		}
		if (record.kind() == ChannelKind.HEARING) {
			periods.checkHearingNotice(record.heldOn(), record.materialsServedOn());
		}
		UUID id = Ids.newId();
		consultations.insertChannel(id, orgId, subject, subjectId, consultationId, record, participants, minutes, by,
				clock.instant());
		audit.append(AuditRecord.of(orgId, "CONSULTATION_CHANNEL_RECORDED", ENTITY,
				consultationId == null ? id : consultationId)
			.summary(text(record.kind().messageKey()) + " " + record.heldOn() + "：" + excerpt(participants)));
		return id;
	}

	// ---------------------------------------------------------------- closing and concluding

	/** Closes every open consultation whose period ended before {@code today}; returns how many. */
	public int closeEnded(LocalDate today) {
		List<UUID> ended = queries.endedBefore(today);
		ended.forEach(id -> close(id, today));
		return ended.size();
	}

	/** Closes a consultation whose period is over (the nightly job does this; staff may do it on the day after). */
	public void close(UUID id, LocalDate on) {
		Consultation c = consultations.load(id);
		c.close(on);
		consultations.save(c);
		ConsultationView view = queries.get(id);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_CLOSED", ENTITY, id)
			.summary(text("consultation.audit.closed", c.title, view.comments())));
		events.publishEvent(new ConsultationClosed(id, c.subject, c.subjectId, (int) view.comments(), on));
	}

	/**
	 * Generates and publishes the 意见采纳情况说明. Only after the period closed and once every comment — hidden ones
	 * too — has its reasoned response.
	 */
	public String publishSummary(UUID id, LocalDate on) {
		Consultation c = consultations.load(id);
		List<CommentView> comments = queries.comments(id);
		long unanswered = comments.stream().filter(x -> x.response() == null).count();
		c.checkConcludable(unanswered);
		String summary = summaryText(c, comments, queries.channels(id));
		c.conclude(summary, on, unanswered);
		consultations.save(c);
		audit.append(AuditRecord.of(c.orgId, "CONSULTATION_SUMMARY_PUBLISHED", ENTITY, id)
			.summary(text("consultation.audit.summary", c.title))
			.after(Map.of("summary", summary)));
		events.publishEvent(new AdoptionSummaryPublished(id, c.subject, c.subjectId, comments.size(), summary, on));
		return summary;
	}

	/** The 意见采纳情况说明 in 公文 layout. */
	@Transactional(readOnly = true)
	public byte[] summaryDocument(UUID id) {
		ConsultationView c = queries.get(id);
		if (c.summaryText() == null) {
			throw RuleViolation.of("consultation.summary.none");
		}
		String issuer = orgs.name(c.unitId()).orElse("");
		GongwenDocx doc = new GongwenDocx().issuer(issuer).title(summaryTitle(c.title()));
		for (String paragraph : c.summaryText().split("\n")) {
			doc.body(paragraph);
		}
		return doc.signature(issuer, c.summaryOn()).toBytes();
	}

	// ---------------------------------------------------------------- internals

	private Consultation.Content validated(ConsultationSubject subject, Draft draft) {
		String title = InvalidInput.requireText(draft.title(), "title", "consultation.title.required", 300,
				"consultation.title.size");
		InvalidInput.requireText(draft.draftText(), "draftText", "consultation.text.required", 200_000,
				"consultation.text.size");
		InvalidInput.checkLength(draft.explanation(), 50_000, "explanation", "consultation.explanation.size");
		InvalidInput.checkLength(draft.howToComment(), 1000, "howToComment", "consultation.how.size");
		InvalidInput.checkLength(draft.shortReason(), 500, "shortReason", "consultation.short-reason.size");
		periods.check(subject, draft.opensOn(), draft.closesOn(), draft.shortReason());
		if (ChronoUnit.DAYS.between(draft.opensOn(), draft.closesOn()) > 366) {
			throw InvalidInput.onField("closesOn", "consultation.closes.too-long");
		}
		return new Consultation.Content(title, draft.draftText(), draft.explanation(), draft.opensOn(),
				draft.closesOn(), draft.shortReason(), draft.howToComment());
	}

	private String checkedContent(String content) {
		String text = content == null ? "" : content.strip();
		if (text.isEmpty()) {
			throw InvalidInput.onField("content", "consultation.comment.content-required");
		}
		if (text.codePointCount(0, text.length()) > properties.maxCommentLength()) {
			throw InvalidInput.onField("content", "consultation.comment.content-size", properties.maxCommentLength(),
					text.codePointCount(0, text.length()));
		}
		return text;
	}

	private String summaryText(Consultation c, List<CommentView> comments, List<ChannelView> channels) {
		long adopted = comments.stream().filter(x -> x.response() == ResponseKind.ADOPTED).count();
		long partly = comments.stream().filter(x -> x.response() == ResponseKind.PARTIALLY_ADOPTED).count();
		long not = comments.stream().filter(x -> x.response() == ResponseKind.NOT_ADOPTED).count();
		long portal = comments.stream().filter(x -> x.source() == CommentSource.PORTAL).count();
		StringBuilder s = new StringBuilder();
		s.append(text("consultation.summary.opening", c.title, GongwenDocx.date(c.opensOn), GongwenDocx.date(c.closesOn),
				comments.size(), portal,
				comments.size() - portal, adopted, partly, not));
		if (!channels.isEmpty()) {
			s.append('\n').append(text("consultation.summary.channels"));
			for (ChannelView ch : channels) {
				s.append('\n').append(text("consultation.summary.channel", text(ch.kind().messageKey()),
						GongwenDocx.date(ch.heldOn()),
						ch.participants()));
			}
		}
		if (!comments.isEmpty()) {
			s.append('\n').append(text("consultation.summary.details"));
			for (CommentView x : comments) {
				s.append('\n')
					.append(x.hidden()
							? text("consultation.summary.hidden-line", x.number(), text(x.response().messageKey()),
									x.responseReason())
							: text("consultation.summary.line", x.number(), excerpt(x.content()),
									text(x.response().messageKey()), x.responseReason()));
			}
		}
		return s.toString();
	}

	private static Map<String, Object> snapshot(Consultation c) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", c.title);
		s.put("subject", c.subject);
		s.put("opensOn", c.opensOn);
		s.put("closesOn", c.closesOn);
		s.put("shortReason", c.shortReason);
		s.put("status", c.status);
		return s;
	}

	private static String optional(String value, int max, String field, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			throw InvalidInput.onField(field, code, max);
		}
		return v;
	}


	private static String excerpt(String text) {
		return Texts.excerpt(text, 60);
	}

	/** The address as the portal keeps it: HMAC-SM3 under a secret outside the database, never the address itself. */
	private String hash(String address) {
		return secrets.hmac("portal-address", address);
	}

	/**
	 * The title of a consultation on a document or decision: 关于《…》公开征求意见 — without a second 关于 when the
	 * subject's own title begins with one, and with 〈〉 for the 书名号 inside it, never 《《》》.
	 */
	public String titleFor(String subjectTitle) {
		String inner = subjectTitle.strip().replace('《', '〈').replace('》', '〉');
		return text(inner.startsWith("关于") ? "consultation.title.plain" : "consultation.title.about", inner);
	}

	/** The adoption summary's title, from the consultation's own title, without nesting or doubling it. */
	String summaryTitle(String consultationTitle) {
		String title = consultationTitle.strip();
		if (title.endsWith("公开征求意见")) {
			return text("consultation.summary.title.of", title);
		}
		return text("consultation.summary.title", title.replace('《', '〈').replace('》', '〉'));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
