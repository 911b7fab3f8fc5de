package org.fazhi.consultation;

import static org.fazhi.platform.SqlDates.local;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.consultation.CommentView.PublicComment;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of consultations: one consultation, the staff list, the portal column, comments and channels, the
 * figures of the indicators. A page of any size costs the same few statements.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

	static final String OPEN_FIRST = "case when c.status = 'OPEN' then 0 when c.status = 'DRAFT' then 1 else 2 end, "
			+ "c.opens_on desc, c.created_at desc";

	/** The list's columns a user may sort by. */
	static final Map<String, String> SORTABLE = Map.of("title", "c.title", "opensOn", "c.opens_on", "closesOn",
			"c.closes_on", "status", "c.status");

	private final JdbcClient jdbc;

	private final OrgHierarchy orgs;

	private final Clock clock;

	ConsultationQueries(JdbcClient jdbc, OrgHierarchy orgs, Clock clock) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.clock = clock;
	}

	/** Filters of the staff list; {@code null} or blank means any. {@code year}: opening in that year. */
	public record Filter(ConsultationStatus status, ConsultationSubject subject, Integer year, String keyword) {

		public static Filter all() {
			return new Filter(null, null, null, null);
		}
	}

	/** A comment looked up by its receipt. */
	public record ReceiptView(String receipt, UUID consultationId, String consultationTitle, ConsultationStatus status,
			LocalDate closesOn, CommentView comment) {
	}

	public ConsultationView get(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(ConsultationService.ENTITY, id));
	}

	public Optional<ConsultationView> find(UUID id) {
		return views("c.id = :id", Map.of("id", id), "c.created_at").stream().findFirst();
	}

	/** Several consultations at once, by id (the lists of the modules whose drafts were consulted on). */
	public Map<UUID, ConsultationView> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return views("c.id in (:ids)", Map.of("ids", ids), "c.created_at").stream()
			.collect(Collectors.toMap(ConsultationView::id, Function.identity()));
	}

	/** A consultation the public may see (published), or empty. */
	public Optional<ConsultationView> publicView(UUID id) {
		return find(id).filter(c -> c.status().published());
	}

	/** The latest consultation on a subject, if any. */
	public Optional<ConsultationView> latestFor(ConsultationSubject subject, String subjectId) {
		return views("c.subject = :s and c.subject_id = :sid", Map.of("s", subject.name(), "sid", subjectId),
				"c.created_at desc")
			.stream()
			.findFirst();
	}

	/** Every comment with its submitter and response, in the order received (staff only). */
	public List<CommentView> comments(UUID consultationId) {
		List<CommentView> numbered = new ArrayList<>();
		jdbc.sql("select * from consultation_comment where consultation_id = :c order by received_at, receipt")
			.param("c", consultationId)
			.query(ConsultationRepository::comment)
			.list()
			.forEach(c -> numbered.add(view(c, numbered.size() + 1)));
		return numbered;
	}

	public CommentView comment(UUID commentId) {
		UUID consultationId = jdbc.sql("select consultation_id from consultation_comment where id = :id")
			.param("id", commentId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(ConsultationService.COMMENT, commentId));
		return comments(consultationId).stream().filter(x -> x.id().equals(commentId)).findFirst().orElseThrow();
	}

	/** The comments as the portal shows them. */
	public List<PublicComment> publicComments(UUID consultationId) {
		return comments(consultationId).stream().filter(c -> !c.awaitingReview()).map(CommentView::toPublic).toList();
	}

	/** What the submitter sees with the receipt code: the comment (even if hidden) and its response. */
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

	/** The channels recorded alongside a portal consultation. */
	public List<ChannelView> channels(UUID consultationId) {
		return jdbc.sql("select * from consultation_channel where consultation_id = :c order by held_on, recorded_at")
			.param("c", consultationId)
			.query(ConsultationQueries::channel)
			.list();
	}

	/** Every way opinions were heard on a subject (with or without a portal consultation), in date order. */
	public List<ChannelView> channelsFor(ConsultationSubject subject, String subjectId) {
		return channelsFor(subject, List.of(subjectId)).getOrDefault(subjectId, List.of());
	}

	/** The channels of several subjects at once, by subject id. */
	public Map<String, List<ChannelView>> channelsFor(ConsultationSubject subject, Collection<String> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		Map<String, List<ChannelView>> found = new HashMap<>();
		jdbc.sql("""
				select * from consultation_channel where subject = :s and subject_id in (:ids)
				order by held_on, recorded_at""")
			.param("s", subject.name())
			.param("ids", subjectIds)
			.query(ConsultationQueries::channel)
			.list()
			.forEach(ch -> found.computeIfAbsent(ch.subjectId(), k -> new ArrayList<>()).add(ch));
		return found;
	}

	public Page<ConsultationView> search(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.created_by");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		appendFilter(filter, where, params);
		return page(where.toString(), params, pageable);
	}

	/** Published consultations, open ones first (the portal's column). */
	public Page<ConsultationView> published(Filter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("c.status <> 'DRAFT'");
		appendFilter(filter, where, params);
		return page(where.toString(), params, pageable);
	}

	/** Open consultations whose period ended before the day. */
	List<UUID> endedBefore(LocalDate today) {
		return jdbc.sql("select id from consultation where status = 'OPEN' and closes_on < :today")
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
	}

	private Page<ConsultationView> page(String where, Map<String, Object> params, Pageable pageable) {
		Page<UUID> ids = Paging.query(jdbc, "select c.id", "from consultation c", where, params,
				Paging.orderBy(pageable, SORTABLE, OPEN_FIRST), pageable, (rs, n) -> rs.getObject(1, UUID.class));
		Map<UUID, ConsultationView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			views("c.id in (:ids)", Map.of("ids", ids.getContent()), OPEN_FIRST).forEach(v -> found.put(v.id(), v));
		}
		return new PageImpl<>(ids.getContent().stream().map(found::get).toList(), ids.getPageable(),
				ids.getTotalElements());
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
				  (select count(*) from consultation_comment m where m.consultation_id = c.id and m.hidden = true) as n_hidden,
				  (select count(*) from consultation_comment m where m.consultation_id = c.id and m.hidden = false
				    and m.awaiting_review = false) as n_shown
				from consultation c""" + " where " + where + " order by " + orderBy)
			.params(params)
			.query((rs, n) -> {
				Consultation c = ConsultationRepository.consultation(rs, n);
				return new ConsultationView(c.id, c.orgId, c.unitId, orgs.name(c.orgId).orElse(""), c.subject,
						c.subjectId, c.title, c.draftText, c.explanation, c.ruleCode, c.opensOn, c.closesOn,
						c.shortReason, c.howToComment, c.status, c.publishedOn, c.closedOn, c.summaryText, c.summaryOn,
						c.createdBy, rs.getLong("n_comments"), rs.getLong("n_answered"), rs.getLong("n_hidden"), rs.getLong("n_shown"),
						c.takesCommentsOn(today), c.version);
			})
			.list();
	}

	static CommentView view(Comment c, int number) {
		return new CommentView(c.id, c.consultationId, number, c.receipt, c.content, c.submitterName,
				c.submitterContact, c.source, c.receivedAt, c.receivedOn, c.hidden, c.hiddenReason, c.hiddenBy,
				c.response, c.responseReason, c.respondedBy, c.respondedOn, c.version, c.awaitingReview);
	}

	static ChannelView channel(ResultSet rs, int n) throws SQLException {
		String subject = rs.getString("subject");
		return new ChannelView(rs.getObject("id", UUID.class), rs.getObject("consultation_id", UUID.class),
				subject == null ? null : ConsultationSubject.valueOf(subject), rs.getString("subject_id"),
				ChannelKind.valueOf(rs.getString("kind")), local(rs, "held_on"), local(rs, "until_on"),
				rs.getString("place"), rs.getString("participants"), rs.getString("minutes"), rs.getString("handling"),
				local(rs, "materials_served_on"), local(rs, "participants_published_on"), rs.getString("short_reason"),
				rs.getString("recorded_by"));
	}

}
