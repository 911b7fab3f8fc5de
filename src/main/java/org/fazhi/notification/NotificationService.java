package org.fazhi.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fazhi.organization.UserService;
import org.fazhi.organization.UserView;
import org.fazhi.platform.Ids;
import org.fazhi.platform.PastReplay;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends notices to users' inboxes (and by e-mail where configured) and keeps their read state. */
@Service
@Transactional
public class NotificationService {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final UserService users;

	private final MailDispatcher mail;

	private final MessageSource messages;

	NotificationService(JdbcClient jdbc, Clock clock, UserService users, ObjectProvider<JavaMailSender> mailSender,
			PlatformProperties platform, MessageSource messages,
			@Value("${fazhi.mail.from:fazhi@localhost}") String from) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.users = users;
		this.messages = messages;
		JavaMailSender sender = mailSender.getIfAvailable();
		this.mail = sender == null ? null : new MailDispatcher(sender, from, platform.baseUrl());
	}

	/**
	 * Puts the notice in the recipient's inbox, unless one with the same de-duplication key is there already, or the
	 * past is being replayed ({@link PastReplay}: nobody is to act now on a change made long ago).
	 * @return whether a new notice was stored
	 */
	public boolean send(Notice notice) {
		if (PastReplay.active()) {
			return false;
		}
		UUID id = Ids.newId();
		int inserted = jdbc.sql("""
				insert into notification_message (id, org_id, recipient_id, title, body, link, dedupe_key, created_at)
				values (:id, :org, :recipient, :title, :body, :link, :key, :at) on conflict do nothing""")
			.param("id", id)
			.param("org", notice.orgId())
			.param("recipient", notice.recipientId())
			.param("title", truncate(notice.title(), 200))
			.param("body", truncate(notice.body(), 2000))
			.param("link", safeLink(notice.link()))
			.param("key", notice.dedupeKey())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 1 && mail != null) {
			emailAfterCommit(id, notice);
		}
		return inserted == 1;
	}

	/** How many of the user's notices (unread ones, when asked) there are of each kind, in the order of {@link #KINDS}. */
	@Transactional(readOnly = true)
	public Map<String, Long> countsByKind(UUID userId, boolean unreadOnly) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		KINDS.forEach(k -> counts.put(k, 0L));
		jdbc.sql("select dedupe_key from notification_message where recipient_id = :u"
				+ (unreadOnly ? " and read_at is null" : ""))
			.param("u", userId)
			.query(String.class)
			.list()
			.forEach(key -> {
				String kind = key == null ? "" : key.split(":", 2)[0];
				counts.computeIfPresent(kind, (k, n) -> n + 1);
			});
		counts.values().removeIf(n -> n == 0);
		return counts;
	}

	@Transactional(readOnly = true)
	public long unreadCount(UUID userId) {
		return jdbc.sql("select count(*) from notification_message where recipient_id = :u and read_at is null")
			.param("u", userId)
			.query(Long.class)
			.single();
	}

	/**
	 * The kinds of notice, by the first part of their de-duplication key (what they are about): the inbox groups by
	 * them.
	 */
	public static final List<String> KINDS = List.of("review", "clock", "filing", "normative", "cleanup",
			"audit-broken");

	@Transactional(readOnly = true)
	public Page<InboxMessage> inbox(UUID userId, boolean unreadOnly, Pageable pageable) {
		return inbox(userId, unreadOnly, null, pageable);
	}

	/** The user's notices, newest first; of one kind ({@link #KINDS}) or, for {@code null}, of all. */
	@Transactional(readOnly = true)
	public Page<InboxMessage> inbox(UUID userId, boolean unreadOnly, String kind, Pageable pageable) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("u", userId);
		String where = "recipient_id = :u" + (unreadOnly ? " and read_at is null" : "");
		if (kind != null && KINDS.contains(kind)) {
			where += " and dedupe_key like :kind";
			params.put("kind", kind + ":%");
		}
		return Paging.query(jdbc, "select id, title, body, link, created_at, read_at", "from notification_message",
				where, params, "created_at desc, id desc", pageable,
				(rs, n) -> new InboxMessage(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"),
						rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()));
	}

	/** Marks one of the user's notices read and returns where it leads. */
	public String markRead(UUID userId, UUID messageId) {
		String link = jdbc.sql("select link from notification_message where id = :id and recipient_id = :u")
			.param("id", messageId)
			.param("u", userId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("notification", messageId));
		jdbc.sql("update notification_message set read_at = :at where id = :id and read_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", messageId)
			.update();
		return link == null ? "/notifications" : link;
	}

	public int markAllRead(UUID userId) {
		return jdbc.sql("update notification_message set read_at = :at where recipient_id = :u and read_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("u", userId)
			.update();
	}

	private void emailAfterCommit(UUID id, Notice notice) {
		Runnable send = () -> {
			UserView recipient = users.get(notice.recipientId());
			if (recipient.email() == null) {
				return;
			}
			String footer = messages.getMessage("notification.mail.footer", null, java.util.Locale.SIMPLIFIED_CHINESE);
			if (mail.send(recipient.email(), notice, footer)) {
				jdbc.sql("update notification_message set emailed_at = :at where id = :id")
					.param("at", Timestamp.from(Instant.now(clock)))
					.param("id", id)
					.update();
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	/** Only paths inside the platform: a notice never sends anyone elsewhere. */
	static String safeLink(String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
			return null;
		}
		return truncate(link, 300);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
