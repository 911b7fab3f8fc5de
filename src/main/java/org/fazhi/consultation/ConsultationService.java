package org.fazhi.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.consultation.CommentView.PublicComment;
import org.fazhi.consultation.ConsultationEvents.AdoptionSummaryPublished;
import org.fazhi.consultation.ConsultationEvents.ConsultationClosed;
import org.fazhi.deadline.DeadlineRule;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;
import org.fazhi.platform.TooManyRequests;
import org.fazhi.platform.docs.GongwenDocx;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: prepared, published on the portal for a period the subject's rule allows, commented on by the
 * public, each comment answered, and concluded with the published 意见采纳情况说明. Comments are never deleted; a
 * comment may be hidden from public view with a recorded reason.
 */
@Service
@Transactional
public class ConsultationService {

	static final String ENTITY = "consultation";

	static final String COMMENT = "consultation_comment";

	static final int MAX_NAME = 50;

	static final int MAX_CONTACT = 100;

	static final int MAX_REASON = 2000;

	private final JdbcClient jdbc;

	private final DeadlineRules rules;

	private final CalendarService calendar;

	private final OrganizationService orgs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ConsultationProperties properties;

	private final Clock clock;

	ConsultationService(JdbcClient jdbc, DeadlineRules rules, CalendarService calendar, OrganizationService orgs,
			AuditLog audit, ApplicationEventPublisher events, MessageSource messages, ConsultationProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.calendar = calendar;
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

	/** An offline channel's record. {@code materialsServedOn}: for a hearing, when the materials were served. */
	public record ChannelRecord(ChannelKind kind, LocalDate heldOn, String place, String participants, String minutes,
			LocalDate materialsServedOn, LocalDate participantsPublishedOn) {
	}

	/** Filters of the staff list; {@code null} or blank means any. {@code year}: opening in that year. */
	public record Filter(ConsultationStatus status, ConsultationSubject subject, Integer year, String keyword) {

		public static Filter all() {
			return new Filter(null, null, null, null);
		}
	}

	// ---------------------------------------------------------------- preparing and publishing

	public UUID prepare(Draft draft, UUID creatorId) {
		validate(draft);
		if (draft.orgId() == null) {
			throw InvalidInput.onField("orgId", "consultation.org.required");
		}
		OrgView unit = orgs.unitOf(draft.orgId());
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into consultation (id, org_id, unit_id, subject, subject_id, title, draft_text, explanation,
				  rule_code, opens_on, closes_on, short_reason, how_to_comment, status, created_by, created_at, version)
				values (:id, :org, :unit, :subject, :subjectId, :title, :text, :explanation, :rule, :opens, :closes,
				  :reason, :how, 'DRAFT', :by, :at, 0)""")
			.param("id", id)
			.param("org", draft.orgId())
			.param("unit", unit.id())
			.param("subject", draft.subject().name())
			.param("subjectId", draft.subjectId())
			.param("title", draft.title().strip())
			.param("text", draft.draftText())
			.param("explanation", blankToNull(draft.explanation()))
			.param("rule", draft.subject().ruleCode())
			.param("opens", Date.valueOf(draft.opensOn()))
			.param("closes", Date.valueOf(draft.closesOn()))
			.param("reason", blankToNull(draft.shortReason()))
			.param("how", blankToNull(draft.howToComment()))
			.param("by", creatorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(draft.orgId(), "CONSULTATION_PREPARED", ENTITY, id)
			.summary(draft.title().strip() + "（" + draft.opensOn() + "—" + draft.closesOn() + "）")
			.after(Map.of("title", draft.title().strip(), "opensOn", draft.opensOn(), "closesOn", draft.closesOn(),
					"subject", draft.subject())));
		return id;
	}

	/** Changes a consultation not yet published. */
	public void revise(UUID id, String title, String draftText, String explanation, LocalDate opensOn,
			LocalDate closesOn, String shortReason, String howToComment) {
		ConsultationView c = get(id);
		if (c.status() != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.revise.published");
		}
		Draft draft = new Draft(c.orgId(), c.subject(), c.subjectId(), title, draftText, explanation, opensOn, closesOn,
				shortReason, howToComment);
		validate(draft);
		Map<String, Object> values = new HashMap<>();
		values.put("title", title.strip());
		values.put("text", draftText);
		values.put("explanation", blankToNull(explanation));
		values.put("opens", Date.valueOf(opensOn));
		values.put("closes", Date.valueOf(closesOn));
		values.put("reason", blankToNull(shortReason));
		values.put("how", blankToNull(howToComment));
		update(c, """
				update consultation set title = :title, draft_text = :text, explanation = :explanation, opens_on = :opens,
				  closes_on = :closes, short_reason = :reason, how_to_comment = :how""", values);
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_REVISED", ENTITY, id)
			.summary(title.strip())
			.before(snapshot(c))
			.after(snapshot(get(id))));
	}

	/**
	 * Puts the consultation on the portal. The period runs from its first day, which may not lie before the day of
	 * publication: a period cannot be counted from before the public could see the draft.
	 */
	public void publish(UUID id, LocalDate on) {
		ConsultationView c = get(id);
		if (c.status() != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.publish.already");
		}
		if (c.opensOn().isBefore(on)) {
			throw RuleViolation.onField("opensOn", "consultation.rule.opens-before-publication", c.opensOn(), on);
		}
		update(c, "update consultation set status = 'OPEN', published_on = :on", Map.of("on", Date.valueOf(on)));
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_PUBLISHED", ENTITY, id)
			.summary(text("consultation.audit.published", c.title(), c.opensOn(), c.closesOn())));
	}

	/** Prepares and publishes at once (the subject modules' 公开征求意见 step). */
	public UUID publishNew(Draft draft, UUID creatorId, LocalDate on) {
		UUID id = prepare(draft, creatorId);
		publish(id, on);
		return id;
	}

	/** Withdraws a consultation never published (nothing public depends on it). */
	public void discard(UUID id, String reason) {
		ConsultationView c = get(id);
		if (c.status() != ConsultationStatus.DRAFT) {
			throw RuleViolation.of("consultation.discard.published");
		}
		requireText(reason, "reason", "consultation.discard.reason");
		jdbc.sql("delete from consultation where id = :id").param("id", id).update();
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_DISCARDED", ENTITY, id)
			.summary(c.title() + "：" + reason.strip())
			.before(snapshot(c)));
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
		ConsultationView c = publicView(consultationId)
			.orElseThrow(() -> NotFoundException.of(ENTITY, consultationId));
		LocalDate today = LocalDate.ofInstant(receivedAt, clock.getZone());
		if (c.status() != ConsultationStatus.OPEN || today.isAfter(c.closesOn())) {
			throw RuleViolation.of("consultation.comment.closed", c.closesOn());
		}
		if (today.isBefore(c.opensOn())) {
			throw RuleViolation.of("consultation.comment.not-yet", c.opensOn());
		}
		String content = checkedContent(comment.content());
		String name = optional(comment.name(), MAX_NAME, "name", "consultation.comment.name-size");
		String contact = optional(comment.contact(), MAX_CONTACT, "contact", "consultation.comment.contact-size");
		String addressHash = comment.address() == null ? null : hash(comment.address());
		Instant now = receivedAt;
		if (addressHash != null) {
			long recent = jdbc.sql("select count(*) from consultation_comment where address_hash = :a and received_at > :since")
				.param("a", addressHash)
				.param("since", Timestamp.from(now.minus(properties.window())))
				.query(Long.class)
				.single();
			if (recent >= properties.maxCommentsPerAddress()) {
				throw TooManyRequests.of("consultation.comment.too-many", properties.maxCommentsPerAddress(),
						properties.window().toMinutes());
			}
		}
		String receipt = insertComment(c, content, name, contact, CommentSource.PORTAL, addressHash, now, today);
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_COMMENT_RECEIVED", ENTITY, consultationId)
			.summary(text("consultation.audit.comment", receipt, excerpt(content)))
			.by(new AuditActor(null, text("consultation.audit.public"))));
		return receipt;
	}

	/** A comment received otherwise (信函、电子邮件、书面意见), entered by staff during the period or on its last day. */
	public String recordOffline(UUID consultationId, String content, String name, LocalDate receivedOn) {
		ConsultationView c = get(consultationId);
		if (!c.status().published() || c.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.of("consultation.offline.state");
		}
		if (receivedOn == null) {
			throw InvalidInput.onField("receivedOn", "consultation.offline.date");
		}
		if (receivedOn.isBefore(c.opensOn()) || receivedOn.isAfter(c.closesOn())
				|| receivedOn.isAfter(LocalDate.now(clock))) {
			throw RuleViolation.onField("receivedOn", "consultation.offline.outside", receivedOn, c.opensOn(),
					c.closesOn());
		}
		String text = checkedContent(content);
		String who = optional(name, MAX_NAME, "name", "consultation.comment.name-size");
		String receipt = insertComment(c, text, who, null, CommentSource.OFFLINE, null, clock.instant(), receivedOn);
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_COMMENT_RECORDED", ENTITY, consultationId)
			.summary(text("consultation.audit.offline", receipt, excerpt(text))));
		return receipt;
	}

	/** Answers a comment (采纳 / 部分采纳 / 不采纳) with its reason; may be revised until the summary is published. */
	public void respond(UUID commentId, ResponseKind kind, String reason, String by) {
		respond(commentId, kind, reason, by, LocalDate.now(clock));
	}

	/** Answers a comment on the given day. */
	public void respond(UUID commentId, ResponseKind kind, String reason, String by, LocalDate on) {
		CommentView comment = comment(commentId);
		ConsultationView c = get(comment.consultationId());
		if (!c.status().published()) {
			throw RuleViolation.of("consultation.respond.unpublished");
		}
		if (c.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.of("consultation.respond.concluded");
		}
		if (kind == null) {
			throw InvalidInput.onField("response", "consultation.respond.kind");
		}
		String why = requireText(reason, "reason", "consultation.respond.reason");
		if (why.length() > MAX_REASON) {
			throw InvalidInput.onField("reason", "consultation.respond.reason-size", MAX_REASON);
		}
		int changed = jdbc.sql("""
				update consultation_comment set response = :kind, response_reason = :reason, responded_by = :by,
				  responded_on = :on, version = version + 1
				where id = :id and version = :version""")
			.param("kind", kind.name())
			.param("reason", why)
			.param("by", by)
			.param("on", Date.valueOf(on))
			.param("id", commentId)
			.param("version", commentVersion(commentId))
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("consultation_comment " + commentId);
		}
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_COMMENT_ANSWERED", COMMENT, commentId)
			.summary(text("consultation.audit.answered", comment.number(), text(kind.messageKey()), excerpt(why)))
			.before(comment.response() == null ? Map.of()
					: Map.of("response", comment.response(), "reason", comment.responseReason()))
			.after(Map.of("response", kind, "reason", why)));
	}

	/** Withholds a comment from public view (e.g. personal data, insults, advertising); the comment is kept. */
	public void hide(UUID commentId, String reason, String by) {
		CommentView comment = comment(commentId);
		if (comment.hidden()) {
			throw RuleViolation.of("consultation.hide.already");
		}
		String why = requireText(reason, "reason", "consultation.hide.reason");
		if (why.length() > 500) {
			throw InvalidInput.onField("reason", "consultation.hide.reason-size");
		}
		jdbc.sql("update consultation_comment set hidden = true, hidden_reason = :r, hidden_by = :by, version = version + 1 where id = :id")
			.param("r", why)
			.param("by", by)
			.param("id", commentId)
			.update();
		audit.append(AuditRecord.of(get(comment.consultationId()).orgId(), "CONSULTATION_COMMENT_HIDDEN", COMMENT,
				commentId)
			.summary(text("consultation.audit.hidden", comment.number(), why))
			.after(Map.of("hidden", true, "reason", why)));
	}

	/** Shows a hidden comment again, with the reason. */
	public void reveal(UUID commentId, String reason, String by) {
		CommentView comment = comment(commentId);
		if (!comment.hidden()) {
			throw RuleViolation.of("consultation.reveal.not-hidden");
		}
		String why = requireText(reason, "reason", "consultation.reveal.reason");
		jdbc.sql("update consultation_comment set hidden = false, hidden_reason = null, hidden_by = null, version = version + 1 where id = :id")
			.param("id", commentId)
			.update();
		audit.append(AuditRecord.of(get(comment.consultationId()).orgId(), "CONSULTATION_COMMENT_REVEALED", COMMENT,
				commentId)
			.summary(text("consultation.audit.revealed", comment.number(), why, by))
			.before(Map.of("hidden", true, "reason", comment.hiddenReason())));
	}

	// ---------------------------------------------------------------- offline channels

	/** Records a 座谈会, 论证会, 书面征求意见 or 听证会 with its participants and minutes. */
	public UUID addChannel(UUID consultationId, ChannelRecord record, String by) {
		ConsultationView c = get(consultationId);
		if (record.kind() == null) {
			throw InvalidInput.onField("kind", "consultation.channel.kind-required");
		}
		if (record.heldOn() == null) {
			throw InvalidInput.onField("heldOn", "consultation.channel.date");
		}
		CalendarService.checkCovered(record.heldOn(), "heldOn");
		String participants = requireText(record.participants(), "participants", "consultation.channel.participants");
		String minutes = requireText(record.minutes(), "minutes", "consultation.channel.minutes");
		if (participants.length() > 2000) {
			throw InvalidInput.onField("participants", "consultation.channel.participants-size");
		}
		if (record.place() != null && record.place().length() > 200) {
			throw InvalidInput.onField("place", "consultation.channel.place-size");
		}
		if (record.kind() == ChannelKind.HEARING) {
			Policies.HearingMaterialsServedInTime.check(record.heldOn(), record.materialsServedOn());
		}
		UUID id = Ids.newId();
		jdbc.sql("""
				insert into consultation_channel (id, consultation_id, kind, held_on, place, participants, minutes,
				  materials_served_on, participants_published_on, recorded_by, recorded_at)
				values (:id, :c, :kind, :held, :place, :participants, :minutes, :served, :listed, :by, :at)""")
			.param("id", id)
			.param("c", consultationId)
			.param("kind", record.kind().name())
			.param("held", Date.valueOf(record.heldOn()))
			.param("place", blankToNull(record.place()))
			.param("participants", participants)
			.param("minutes", minutes)
			.param("served", record.materialsServedOn() == null ? null : Date.valueOf(record.materialsServedOn()))
			.param("listed",
					record.participantsPublishedOn() == null ? null : Date.valueOf(record.participantsPublishedOn()))
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_CHANNEL_RECORDED", ENTITY, consultationId)
			.summary(text(record.kind().messageKey()) + " " + record.heldOn() + "：" + excerpt(participants)));
		return id;
	}

	@Transactional(readOnly = true)
	public List<ChannelView> channels(UUID consultationId) {
		return jdbc.sql("select * from consultation_channel where consultation_id = :c order by held_on, recorded_at")
			.param("c", consultationId)
			.query((rs, n) -> new ChannelView(rs.getObject("id", UUID.class), consultationId,
					ChannelKind.valueOf(rs.getString("kind")), date(rs, "held_on"), rs.getString("place"),
					rs.getString("participants"), rs.getString("minutes"), date(rs, "materials_served_on"),
					date(rs, "participants_published_on"), rs.getString("recorded_by")))
			.list();
	}

	// ---------------------------------------------------------------- closing and concluding

	/** Closes every open consultation whose period ended before {@code today}; returns how many. */
	public int closeEnded(LocalDate today) {
		List<UUID> ended = jdbc.sql("select id from consultation where status = 'OPEN' and closes_on < :today")
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
		ended.forEach(id -> close(id, today));
		return ended.size();
	}

	/** Closes a consultation whose period is over (the nightly job does this; staff may do it on the day after). */
	public void close(UUID id, LocalDate on) {
		ConsultationView c = get(id);
		if (c.status() != ConsultationStatus.OPEN) {
			throw RuleViolation.of("consultation.close.not-open");
		}
		if (!on.isAfter(c.closesOn())) {
			throw RuleViolation.of("consultation.close.before-end", c.closesOn());
		}
		update(c, "update consultation set status = 'CLOSED', closed_on = :on", Map.of("on", Date.valueOf(on)));
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_CLOSED", ENTITY, id)
			.summary(text("consultation.audit.closed", c.title(), c.comments())));
		events.publishEvent(new ConsultationClosed(id, c.subject(), c.subjectId(), (int) c.comments(), on));
	}

	/**
	 * Generates and publishes the 意见采纳情况说明. Only after the period closed and once every comment — hidden ones
	 * too — has its reasoned response.
	 */
	public String publishSummary(UUID id, LocalDate on) {
		ConsultationView c = get(id);
		if (c.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.of("consultation.summary.already");
		}
		if (c.status() != ConsultationStatus.CLOSED) {
			throw RuleViolation.of("consultation.summary.not-closed", c.closesOn());
		}
		if (!c.allAnswered()) {
			throw RuleViolation.of("consultation.summary.unanswered", c.comments() - c.answered());
		}
		String summary = summaryText(c, comments(id), channels(id));
		update(c, "update consultation set status = 'CONCLUDED', summary_text = :s, summary_on = :on",
				Map.of("s", summary, "on", Date.valueOf(on)));
		audit.append(AuditRecord.of(c.orgId(), "CONSULTATION_SUMMARY_PUBLISHED", ENTITY, id)
			.summary(text("consultation.audit.summary", c.title()))
			.after(Map.of("summary", summary)));
		events.publishEvent(new AdoptionSummaryPublished(id, c.subject(), c.subjectId(), (int) c.comments(), summary,
				on));
		return summary;
	}

	/** The 意见采纳情况说明 in 公文 layout. */
	@Transactional(readOnly = true)
	public byte[] summaryDocument(UUID id) {
		ConsultationView c = get(id);
		if (c.summaryText() == null) {
			throw RuleViolation.of("consultation.summary.none");
		}
		GongwenDocx doc = new GongwenDocx().issuer(orgs.unitOf(c.orgId()).name())
			.title(text("consultation.summary.title", c.title()));
		for (String paragraph : c.summaryText().split("\n")) {
			doc.body(paragraph);
		}
		return doc.signature(orgs.unitOf(c.orgId()).name(), c.summaryOn()).toBytes();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public ConsultationView get(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	@Transactional(readOnly = true)
	public Optional<ConsultationView> find(UUID id) {
		List<ConsultationView> found = views("c.id = :id", Map.of("id", id), "c.created_at");
		return found.stream().findFirst();
	}

	/** A consultation the public may see (published), or empty. */
	@Transactional(readOnly = true)
	public Optional<ConsultationView> publicView(UUID id) {
		return find(id).filter(c -> c.status().published());
	}

	/** The latest consultation on a subject, if any. */
	@Transactional(readOnly = true)
	public Optional<ConsultationView> latestFor(ConsultationSubject subject, String subjectId) {
		return views("c.subject = :s and c.subject_id = :sid", Map.of("s", subject.name(), "sid", subjectId),
				"c.created_at desc")
			.stream()
			.findFirst();
	}

	/** Every comment with its submitter and response, in the order received (staff only). */
	@Transactional(readOnly = true)
	public List<CommentView> comments(UUID consultationId) {
		return jdbc.sql("select * from consultation_comment where consultation_id = :c order by received_at, receipt")
			.param("c", consultationId)
			.query(ConsultationService::commentRow)
			.list()
			.stream()
			.collect(ArrayList<CommentView>::new, (list, row) -> list.add(numbered(row, list.size() + 1)),
					ArrayList::addAll);
	}

	/** The comments as the portal shows them. */
	@Transactional(readOnly = true)
	public List<PublicComment> publicComments(UUID consultationId) {
		return comments(consultationId).stream().map(CommentView::toPublic).toList();
	}

	/** What the submitter sees with the receipt code: the comment (even if hidden) and its response. */
	@Transactional(readOnly = true)
	public Optional<ReceiptView> byReceipt(String typed) {
		return Receipt.normalize(typed)
			.flatMap(code -> jdbc.sql("select consultation_id from consultation_comment where receipt = :r")
				.param("r", code)
				.query(UUID.class)
				.optional()
				.map(consultationId -> {
					ConsultationView c = get(consultationId);
					CommentView comment = comments(consultationId).stream()
						.filter(x -> x.receipt().equals(code))
						.findFirst()
						.orElseThrow();
					return new ReceiptView(code, c.id(), c.title(), c.status(), c.closesOn(), comment);
				}));
	}

	/** A comment looked up by its receipt. */
	public record ReceiptView(String receipt, UUID consultationId, String consultationTitle, ConsultationStatus status,
			LocalDate closesOn, CommentView comment) {
	}

	@Transactional(readOnly = true)
	public CommentView comment(UUID commentId) {
		UUID consultationId = jdbc.sql("select consultation_id from consultation_comment where id = :id")
			.param("id", commentId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(COMMENT, commentId));
		return comments(consultationId).stream().filter(x -> x.id().equals(commentId)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public Page<ConsultationView> search(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.created_by");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		appendFilter(filter, where, params);
		return page(where.toString(), params, pageable);
	}

	/** Published consultations, open ones first (the portal's column). */
	@Transactional(readOnly = true)
	public Page<ConsultationView> published(Filter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("c.status <> 'DRAFT'");
		appendFilter(filter, where, params);
		return page(where.toString(), params, pageable);
	}

	/** CS-RESPONSE over comments received in the year: {visible comments, of them answered}. */
	@Transactional(readOnly = true)
	public long[] responseFigures(Set<UUID> orgIds, int year) {
		if (orgIds.isEmpty()) {
			return new long[2];
		}
		return jdbc.sql("""
				select count(*), sum(case when m.response is not null then 1 else 0 end)
				from consultation_comment m join consultation c on c.id = m.consultation_id
				where c.org_id in (:orgs) and m.hidden = false and m.received_on between :from and :to""")
			.param("orgs", orgIds)
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** The comment-period rule in force on the first day, if one was (a decision before 2019-09-01 had none). */
	@Transactional(readOnly = true)
	public Optional<DeadlineRule> periodRule(ConsultationSubject subject, LocalDate opensOn) {
		return rules.inForce(subject.ruleCode(), opensOn).filter(DeadlineRule::hasFloor);
	}

	/** The period the subject's rule requires from a first day: the earliest lawful last day, if a rule applies. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> earliestClose(ConsultationSubject subject, LocalDate opensOn) {
		return periodRule(subject, opensOn).map(rule -> calendar.calendar().count(opensOn, rule.minimum(), rule.unit()));
	}

	/**
	 * The comment period is checked against the rule in force on its first day, whatever records it (the portal, or a
	 * consultation held elsewhere and recorded by hand).
	 */
	@Transactional(readOnly = true)
	public void checkPeriod(ConsultationSubject subject, LocalDate opensOn, LocalDate closesOn, String shortReason) {
		if (opensOn == null) {
			throw InvalidInput.onField("opensOn", "consultation.opens.required");
		}
		if (closesOn == null) {
			throw InvalidInput.onField("closesOn", "consultation.closes.required");
		}
		CalendarService.checkCovered(opensOn, "opensOn");
		CalendarService.checkCovered(closesOn, "closesOn");
		if (!closesOn.isAfter(opensOn)) {
			throw InvalidInput.onField("closesOn", "consultation.closes.order");
		}
		Optional<DeadlineRule> rule = periodRule(subject, opensOn);
		if (rule.isPresent()) {
			Policies.PeriodNotShorterThanTheRule.check(rule.get(),
					calendar.calendar().count(opensOn, rule.get().minimum(), rule.get().unit()), opensOn, closesOn,
					shortReason, text(rule.get().unit().messageKey()));
		}
	}

	// ---------------------------------------------------------------- internals

	private void validate(Draft draft) {
		if (draft.subject() == null) {
			throw InvalidInput.onField("subject", "consultation.subject.required");
		}
		String title = requireText(draft.title(), "title", "consultation.title.required");
		if (title.length() > 300) {
			throw InvalidInput.onField("title", "consultation.title.size");
		}
		requireText(draft.draftText(), "draftText", "consultation.text.required");
		if (draft.draftText().length() > 200_000) {
			throw InvalidInput.onField("draftText", "consultation.text.size");
		}
		if (draft.explanation() != null && draft.explanation().length() > 50_000) {
			throw InvalidInput.onField("explanation", "consultation.explanation.size");
		}
		if (draft.howToComment() != null && draft.howToComment().length() > 1000) {
			throw InvalidInput.onField("howToComment", "consultation.how.size");
		}
		if (draft.shortReason() != null && draft.shortReason().length() > 500) {
			throw InvalidInput.onField("shortReason", "consultation.short-reason.size");
		}
		if (draft.opensOn() == null) {
			throw InvalidInput.onField("opensOn", "consultation.opens.required");
		}
		if (draft.closesOn() == null) {
			throw InvalidInput.onField("closesOn", "consultation.closes.required");
		}
		CalendarService.checkCovered(draft.opensOn(), "opensOn");
		CalendarService.checkCovered(draft.closesOn(), "closesOn");
		if (ChronoUnit.DAYS.between(draft.opensOn(), draft.closesOn()) > 366) {
			throw InvalidInput.onField("closesOn", "consultation.closes.too-long");
		}
		checkPeriod(draft.subject(), draft.opensOn(), draft.closesOn(), draft.shortReason());
	}

	private String insertComment(ConsultationView c, String content, String name, String contact,
			CommentSource source, String addressHash, Instant at, LocalDate on) {
		String receipt = Receipt.next();
		jdbc.sql("""
				insert into consultation_comment (id, consultation_id, receipt, content, submitter_name,
				  submitter_contact, source, address_hash, received_at, received_on, hidden, version)
				values (:id, :c, :receipt, :content, :name, :contact, :source, :address, :at, :on, false, 0)""")
			.param("id", Ids.newId())
			.param("c", c.id())
			.param("receipt", receipt)
			.param("content", content)
			.param("name", name)
			.param("contact", contact)
			.param("source", source.name())
			.param("address", addressHash)
			.param("at", Timestamp.from(at))
			.param("on", Date.valueOf(on))
			.update();
		return receipt;
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

	private String summaryText(ConsultationView c, List<CommentView> comments, List<ChannelView> channels) {
		long adopted = comments.stream().filter(x -> x.response() == ResponseKind.ADOPTED).count();
		long partly = comments.stream().filter(x -> x.response() == ResponseKind.PARTIALLY_ADOPTED).count();
		long not = comments.stream().filter(x -> x.response() == ResponseKind.NOT_ADOPTED).count();
		long portal = comments.stream().filter(x -> x.source() == CommentSource.PORTAL).count();
		StringBuilder s = new StringBuilder();
		s.append(text("consultation.summary.opening", c.title(), c.opensOn(), c.closesOn(), comments.size(), portal,
				comments.size() - portal, adopted, partly, not));
		if (!channels.isEmpty()) {
			s.append('\n').append(text("consultation.summary.channels"));
			for (ChannelView ch : channels) {
				s.append('\n').append(text("consultation.summary.channel", text(ch.kind().messageKey()), ch.heldOn(),
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

	private Page<ConsultationView> page(String where, Map<String, Object> params, Pageable pageable) {
		String order = "case when c.status = 'OPEN' then 0 when c.status = 'DRAFT' then 1 else 2 end, c.opens_on desc, c.created_at desc";
		Page<UUID> ids = Paging.query(jdbc, "select c.id", "from consultation c", where, params, order, pageable,
				(rs, n) -> rs.getObject(1, UUID.class));
		List<ConsultationView> views = ids.isEmpty() ? List.of()
				: views("c.id in (:ids)", Map.of("ids", ids.getContent()), order);
		return new PageImpl<>(views, pageable, ids.getTotalElements());
	}

	private static void appendFilter(Filter filter, StringBuilder where, Map<String, Object> params) {
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.subject() != null) {
			where.append(" and c.subject = :subject");
			params.put("subject", filter.subject().name());
		}
		if (filter.year() != null) {
			where.append(" and c.opens_on between :from and :to");
			params.put("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
			params.put("to", Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and c.title like :kw escape '\\'");
			params.put("kw", Paging.contains(filter.keyword()));
		}
	}

	private List<ConsultationView> views(String where, Map<String, ?> params, String orderBy) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select c.*,
				  (select count(*) from consultation_comment m where m.consultation_id = c.id) as n_comments,
				  (select count(*) from consultation_comment m where m.consultation_id = c.id and m.response is not null) as n_answered,
				  (select count(*) from consultation_comment m where m.consultation_id = c.id and m.hidden = true) as n_hidden
				from consultation c""" + " where " + where + " order by " + orderBy)
			.params(params)
			.query((rs, n) -> {
				ConsultationStatus status = ConsultationStatus.valueOf(rs.getString("status"));
				LocalDate opens = date(rs, "opens_on");
				LocalDate closes = date(rs, "closes_on");
				UUID orgId = rs.getObject("org_id", UUID.class);
				return new ConsultationView(rs.getObject("id", UUID.class), orgId, rs.getObject("unit_id", UUID.class),
						orgs.get(orgId).name(), ConsultationSubject.valueOf(rs.getString("subject")),
						rs.getString("subject_id"), rs.getString("title"), rs.getString("draft_text"),
						rs.getString("explanation"), rs.getString("rule_code"), opens, closes,
						rs.getString("short_reason"), rs.getString("how_to_comment"), status,
						date(rs, "published_on"), date(rs, "closed_on"), rs.getString("summary_text"),
						date(rs, "summary_on"), rs.getObject("created_by", UUID.class), rs.getLong("n_comments"),
						rs.getLong("n_answered"), rs.getLong("n_hidden"),
						status == ConsultationStatus.OPEN && !today.isBefore(opens) && !today.isAfter(closes));
			})
			.list();
	}

	private void update(ConsultationView c, String set, Map<String, ?> params) {
		long version = jdbc.sql("select version from consultation where id = :id")
			.param("id", c.id())
			.query(Long.class)
			.single();
		Map<String, Object> all = new HashMap<>(params);
		all.put("id", c.id());
		all.put("version", version);
		int changed = jdbc.sql(set + ", version = version + 1 where id = :id and version = :version").params(all).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("consultation " + c.id());
		}
	}

	private long commentVersion(UUID id) {
		return jdbc.sql("select version from consultation_comment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static CommentView commentRow(ResultSet rs, int n) throws SQLException {
		String response = rs.getString("response");
		Timestamp at = rs.getTimestamp("received_at");
		return new CommentView(rs.getObject("id", UUID.class), rs.getObject("consultation_id", UUID.class), 0,
				rs.getString("receipt"), rs.getString("content"), rs.getString("submitter_name"),
				rs.getString("submitter_contact"), CommentSource.valueOf(rs.getString("source")), at.toInstant(),
				date(rs, "received_on"), rs.getBoolean("hidden"), rs.getString("hidden_reason"),
				rs.getString("hidden_by"), response == null ? null : ResponseKind.valueOf(response),
				rs.getString("response_reason"), rs.getString("responded_by"), date(rs, "responded_on"));
	}

	private static CommentView numbered(CommentView c, int number) {
		return new CommentView(c.id(), c.consultationId(), number, c.receipt(), c.content(), c.submitterName(),
				c.submitterContact(), c.source(), c.receivedAt(), c.receivedOn(), c.hidden(), c.hiddenReason(),
				c.hiddenBy(), c.response(), c.responseReason(), c.respondedBy(), c.respondedOn());
	}

	private static Map<String, Object> snapshot(ConsultationView c) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", c.title());
		s.put("opensOn", c.opensOn());
		s.put("closesOn", c.closesOn());
		s.put("shortReason", c.shortReason());
		s.put("status", c.status());
		return s;
	}

	private static String requireText(String value, String field, String code) {
		if (value == null || value.isBlank()) {
			throw InvalidInput.onField(field, code);
		}
		return value.strip();
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

	private static String hash(String address) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(digest.digest(("fazhi-comment:" + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
