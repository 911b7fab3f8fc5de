package org.fazhi.decision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fazhi.consultation.ChannelView;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.decision.DecisionView.ProcedureView;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.normative.NormativeView;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.Paging;
import org.fazhi.platform.UuidArray;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.FairCompetitionReviews;
import org.fazhi.review.ReviewQueries;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of decisions: one decision with its evidence and what its gate would refuse, the register, the portal,
 * the figures of the indicators. A page of any size costs the same statements: the rows, each child table, the
 * consultations, channels, reviews and 公平竞争审查 of the page in one query each.
 */
@Service
@Transactional(readOnly = true)
public class DecisionQueries {

	static final String ORDER = "d.year_num desc, d.created_at desc";

	/** The list's columns a user may sort by. */
	static final Map<String, String> SORTABLE = Map.of("year", "d.year_num", "title", "d.title", "status", "d.status");

	private final JdbcClient jdbc;

	private final DecisionRepository decisions;

	private final ConsultationQueries consultations;

	private final ReviewQueries reviews;

	private final FairCompetitionReviews fairCompetition;

	private final NormativeQueries normative;

	private final OrgHierarchy orgs;

	private final MessageSource messages;

	DecisionQueries(JdbcClient jdbc, DecisionRepository decisions, ConsultationQueries consultations,
			ReviewQueries reviews, FairCompetitionReviews fairCompetition, NormativeQueries normative,
			OrgHierarchy orgs, MessageSource messages) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.consultations = consultations;
		this.reviews = reviews;
		this.fairCompetition = fairCompetition;
		this.normative = normative;
		this.orgs = orgs;
		this.messages = messages;
	}

	/** Filters of the register; {@code null} or blank means any. */
	public record Filter(Integer year, DecisionStatus status, String keyword) {

		public static Filter all() {
			return new Filter(null, null, null);
		}
	}

	/** A catalog item's decision. */
	public record ItemDecision(UUID id, DecisionStatus status) {
	}

	/** A decision judged on its evidence: the procedures' states and what the gate would refuse, in words. */
	record Judged(ProcedureStates.Evidence evidence, Map<Procedure, ProcedureState> states,
			FairCompetitionReview currentFairCompetition, FairCompetitionReview latestFairCompetition,
			List<String> missing) {
	}

	public DecisionView get(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of(DecisionService.ENTITY, id));
	}

	public Optional<DecisionView> find(UUID id) {
		return views(decisions.loadAll(List.of(id))).stream().findFirst();
	}

	public Page<DecisionView> search(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("d.org_id", "d.created_by");
		params.putAll(condition.params());
		StringBuilder where = new StringBuilder(condition.sql());
		if (filter.year() != null) {
			where.append(" and d.year_num = :year");
			params.put("year", filter.year());
		}
		if (filter.status() != null) {
			where.append(" and d.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and d.title like :kw escape '\\'");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		Page<UUID> ids = Paging.query(jdbc, "select d.id", "from decision d", where.toString(), params,
				Paging.orderBy(pageable, SORTABLE, ORDER), pageable, (rs, n) -> rs.getObject(1, UUID.class));
		return new PageImpl<>(views(decisions.loadAll(ids.getContent())), ids.getPageable(), ids.getTotalElements());
	}

	/** Published decisions, newest first (the portal). */
	public List<DecisionView> published(Integer year) {
		Map<String, Object> params = new HashMap<>();
		String where = "d.status = 'PUBLISHED'";
		if (year != null) {
			where += " and d.year_num = :y";
			params.put("y", year);
		}
		return views(decisions.loadAll(ids(where, params, "d.published_on desc")));
	}

	/** A published decision, or empty. */
	public Optional<DecisionView> publicDecision(UUID id) {
		return find(id).filter(d -> d.status() == DecisionStatus.PUBLISHED);
	}

	/** DC-PROC for decisions taken in the year: {taken, of them with every procedure done or lawfully dispensed with}. */
	public long[] procedureFigures(Set<UUID> orgIds, int year) {
		List<DecisionView> taken = taken(orgIds, year);
		return new long[] { taken.size(), taken.stream().filter(DecisionView::allProceduresSatisfied).count() };
	}

	/** DC-PROC's records: the decisions taken in the year, oldest first. */
	public List<DecisionView> taken(Set<UUID> orgIds, int year) {
		if (orgIds.isEmpty()) {
			return List.of();
		}
		return views(decisions.loadAll(ids(
				"d.org_id = any(:orgs) and d.status in ('DECIDED', 'PUBLISHED') and d.decided_on between :from and :to",
				Map.of("orgs", UuidArray.of(orgIds), "from", Date.valueOf(LocalDate.of(year, 1, 1)), "to",
						Date.valueOf(LocalDate.of(year, 12, 31))),
				"d.decided_on")));
	}

	/** The decision opened for each of the catalog items that have one, with its status. */
	public Map<UUID, ItemDecision> decisionsForItems(List<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ItemDecision> found = new HashMap<>();
		jdbc.sql("select catalog_item_id, id, status from decision where catalog_item_id in (:ids) and status <> 'ABANDONED'")
			.param("ids", itemIds)
			.query((rs, n) -> found.put(rs.getObject(1, UUID.class),
					new ItemDecision(rs.getObject(2, UUID.class), DecisionStatus.valueOf(rs.getString(3)))))
			.list();
		return found;
	}

	/** The decision an expert opinion belongs to. */
	UUID decisionOfOpinion(UUID opinionId) {
		return jdbc.sql("select decision_id from decision_expert_opinion where id = :id")
			.param("id", opinionId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(DecisionService.OPINION, opinionId));
	}

	/** One decision judged on its evidence as it stands in the database now. */
	Judged judge(Decision d) {
		String sid = d.id.toString();
		ConsultationView consultation = d.consultationId == null ? null
				: consultations.find(d.consultationId).orElse(null);
		ReviewView review = d.reviewId == null ? null : reviews.find(d.reviewId).orElse(null);
		return judge(d, consultation, consultations.channelsFor(ConsultationSubject.MAJOR_DECISION, sid), review,
				fairCompetition.latestFor(ReviewSubject.MAJOR_DECISION, sid).orElse(null));
	}

	Map<Procedure, ProcedureState> states(Decision d) {
		return judge(d).states();
	}

	private Judged judge(Decision d, ConsultationView consultation, List<ChannelView> channels, ReviewView review,
			FairCompetitionReview latestFcr) {
		ProcedureStates.Evidence evidence = new ProcedureStates.Evidence(Map.copyOf(d.exemptions), consultation,
				channels, List.copyOf(d.experts), d.argumentationDoneOn, d.risk, review, List.copyOf(d.meetings));
		Map<Procedure, ProcedureState> states = ProcedureStates.of(evidence);
		FairCompetitionReview current = latestFcr != null && d.textFingerprint().equals(latestFcr.textFingerprint())
				? latestFcr : null;
		List<String> missing = d.status != DecisionStatus.DRAFTING ? List.of()
				: Policies.CollectiveDecisionGate.missing(d.marketRelated, evidence, states, current, latestFcr != null)
					.stream()
					.map(m -> text(m.code(), m.args()))
					.toList();
		return new Judged(evidence, states, current, latestFcr, missing);
	}

	private List<UUID> ids(String where, Map<String, ?> params, String orderBy) {
		return jdbc.sql("select d.id from decision d where " + where + " order by " + orderBy)
			.params(params)
			.query(UUID.class)
			.list();
	}

	private List<DecisionView> views(List<Decision> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> sids = rows.stream().map(d -> d.id.toString()).toList();
		Map<UUID, ConsultationView> consultationsById = consultations
			.byIds(rows.stream().map(d -> d.consultationId).filter(Objects::nonNull).toList());
		Map<String, List<ChannelView>> channels = consultations.channelsFor(ConsultationSubject.MAJOR_DECISION, sids);
		Map<UUID, ReviewView> reviewsById = reviews
			.byIds(rows.stream().map(d -> d.reviewId).filter(Objects::nonNull).toList());
		Map<String, FairCompetitionReview> fcr = fairCompetition.latestFor(ReviewSubject.MAJOR_DECISION, sids);
		Map<UUID, NormativeView.Link> links = normative
			.links(rows.stream().map(d -> d.normativeDocumentId).filter(Objects::nonNull).toList());
		Map<UUID, String> itemNames = itemNames(rows);
		List<DecisionView> views = new ArrayList<>();
		for (Decision d : rows) {
			String sid = d.id.toString();
			ConsultationView consultation = d.consultationId == null ? null : consultationsById.get(d.consultationId);
			ReviewView review = d.reviewId == null ? null : reviewsById.get(d.reviewId);
			FairCompetitionReview latest = d.marketRelated ? fcr.get(sid) : null;
			Judged judged = judge(d, consultation, channels.getOrDefault(sid, List.of()), review, latest);
			List<ProcedureView> procedures = new ArrayList<>();
			for (Procedure p : Procedure.values()) {
				procedures.add(new ProcedureView(p, judged.states().get(p), d.exemptions.get(p)));
			}
			views.add(new DecisionView(d.id, d.orgId, d.unitId, orgs.name(d.orgId).orElse(""), d.catalogItemId,
					d.catalogItemId == null ? null : itemNames.get(d.catalogItemId), d.title, d.year, d.draftText,
					d.explanation, d.basis, d.marketRelated, d.status, List.copyOf(procedures), consultation,
					judged.evidence().channels(), review, d.argumentationHandling, d.argumentationDoneOn,
					List.copyOf(d.experts), d.risk, latest, judged.currentFairCompetition() != null,
					List.copyOf(d.meetings), d.partyReport, d.decidedOn, d.publishedOn, d.publicationChannels,
					d.publicText, d.endReason, d.normativeDocumentId == null ? null : links.get(d.normativeDocumentId),
					List.copyOf(d.reports), List.copyOf(d.evaluations), judged.missing(), d.createdBy, d.version));
		}
		return views;
	}

	private Map<UUID, String> itemNames(List<Decision> rows) {
		Set<UUID> itemIds = new HashSet<>();
		rows.forEach(d -> {
			if (d.catalogItemId != null) {
				itemIds.add(d.catalogItemId);
			}
		});
		Map<UUID, String> names = new HashMap<>();
		if (!itemIds.isEmpty()) {
			jdbc.sql("select id, name from decision_catalog_item where id in (:ids)")
				.param("ids", itemIds)
				.query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
		}
		return names;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
