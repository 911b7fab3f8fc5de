package org.fazhi.normative;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DistinctValues;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgHierarchy;
import org.fazhi.platform.Paging;
import org.fazhi.review.FairCompetitionReview;
import org.fazhi.review.FairCompetitionReviews;
import org.fazhi.review.ReviewQueries;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the normative register: one document with its review, filing, clocks and 公平竞争审查, the staff
 * register, the public catalog. A page of any size costs the same statements: the rows, then the reviews, clocks,
 * filings, 公平竞争审查 and linked documents of the whole page in one query each.
 */
@Service
@Transactional(readOnly = true)
public class NormativeQueries {

	/** Drafts (not yet promulgated) first, then the newest; the index {@code normative_document_list} serves it. */
	static final String ORDER = "d.promulgated_on desc nulls first, d.created_at desc";

	/** The register's columns a user may sort by. */
	static final Map<String, String> SORTABLE = Map.of("number", "d.document_number", "title", "d.title",
			"status", "d.status", "promulgatedOn", "d.promulgated_on", "expiresOn", "d.expires_on");

	private final JdbcClient jdbc;

	private final NormativeRepository documents;

	private final ReviewQueries reviews;

	private final Clocks clocks;

	private final FairCompetitionReviews fairCompetition;

	private final OrgHierarchy orgs;

	NormativeQueries(JdbcClient jdbc, NormativeRepository documents, ReviewQueries reviews, Clocks clocks,
			FairCompetitionReviews fairCompetition, OrgHierarchy orgs) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.reviews = reviews;
		this.clocks = clocks;
		this.fairCompetition = fairCompetition;
		this.orgs = orgs;
	}

	/** Filters of the register; {@code null} or blank means any. {@code year}: the year of the 文号. */
	public record Filter(DocumentStatus status, Integer year, String issuer, String keyword, DocumentKind kind) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}
	}

	public NormativeView get(UUID id) {
		return view(documents.load(id));
	}

	public Optional<NormativeView> findByNumber(String number) {
		return documents.findByNumber(number).map(this::view);
	}

	public Page<NormativeView> search(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		DataScope.SqlCondition condition = scope.where("d.org_id", "d.created_by");
		params.putAll(condition.params());
		return page(new StringBuilder(condition.sql()), params, filter, pageable);
	}

	/** The public catalog: documents promulgated and published on the portal. */
	public Page<NormativeView> publicCatalog(Filter filter, Pageable pageable) {
		// (a published document is promulgated; saying so lets the list's index start at the first promulgated one)
		return page(new StringBuilder("d.published_on is not null and d.document_number is not null "
				+ "and d.promulgated_on is not null"), new HashMap<>(), filter, pageable);
	}

	/** A published document, or nothing if it is not on the portal. */
	public Optional<NormativeView> publicDocument(UUID id) {
		return documents.find(id).filter(d -> d.publishedOn != null && d.documentNumber != null).map(this::view);
	}

	public List<String> issuers() {
		// one probe of the issuer index per issuer, not a scan of every document
		return DistinctValues.of(jdbc, "normative_document", "issuer_code", "1=1", Map.of());
	}

	/** The register entries of several documents (another module's page links to them), by id. */
	public Map<UUID, NormativeView.Link> links(Collection<UUID> ids) {
		Map<UUID, NormativeView.Link> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, title, document_number from normative_document where id in (:ids)")
				.param("ids", Set.copyOf(ids))
				.query((rs, n) -> found.put(rs.getObject(1, UUID.class),
						new NormativeView.Link(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))))
				.list();
		}
		return found;
	}

	/** A filing with its document and its review clock's due date. */
	FilingView filing(UUID filingId) {
		return filings("f.id = :id", Map.of("id", filingId)).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("normative_filing", filingId));
	}

	/** The filings matching the condition (on {@code f}, the filing, and {@code d}, its document), newest first. */
	List<FilingView> filings(String where, Map<String, ?> params) {
		List<FilingRow> rows = jdbc.sql("""
				select f.*, d.title, d.document_number from normative_filing f
				join normative_document d on d.id = f.document_id""" + " where " + where + " order by f.created_at desc")
			.params(params)
			.query(NormativeQueries::filingRow)
			.list();
		Map<UUID, ClockView> due = clocks
			.byIds(rows.stream().map(FilingRow::clockId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map(r -> r.view(orgs, r.clockId() == null ? null : due.get(r.clockId()))).toList();
	}

	NormativeView view(NormativeDocument d) {
		return views(List.of(d)).get(0);
	}

	private Page<NormativeView> page(StringBuilder where, Map<String, Object> params, Filter filter, Pageable pageable) {
		if (filter.status() != null) {
			where.append(" and d.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			where.append(" and d.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.year() != null) {
			where.append(" and d.number_year = :year");
			params.put("year", filter.year());
		}
		if (filter.issuer() != null && !filter.issuer().isBlank()) {
			where.append(" and d.issuer_code = :issuer");
			params.put("issuer", filter.issuer().strip());
		}
		if (filter.keyword() != null && !filter.keyword().isBlank()) {
			where.append(" and (d.title like :kw escape '\\' or d.document_number like :kw escape '\\')");
			params.put("kw", Paging.contains(filter.keyword()));
		}
		// the page's ids first, sorted on the index alone; then the page's rows (the texts are long)
		Page<UUID> ids = Paging.query(jdbc, "select d.id", "from normative_document d", where.toString(), params,
				Paging.orderBy(pageable, SORTABLE, ORDER), pageable, (rs, n) -> rs.getObject(1, UUID.class));
		return new PageImpl<>(views(documents.loadAll(ids.getContent())), ids.getPageable(), ids.getTotalElements());
	}

	private List<NormativeView> views(List<NormativeDocument> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> sids = rows.stream().map(d -> d.id.toString()).toList();
		Map<UUID, ReviewView> reviewsById = reviews
			.byIds(rows.stream().map(d -> d.reviewId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<String, List<ClockView>> documentClocks = clocks.forSubjects(NormativeService.ENTITY, sids);
		Map<UUID, FilingView> latestFiling = new LinkedHashMap<>();
		filings("f.document_id in (:ids)", Map.of("ids", rows.stream().map(d -> d.id).collect(Collectors.toSet())))
			.forEach(f -> latestFiling.putIfAbsent(f.documentId(), f));
		Set<UUID> extraClocks = new java.util.HashSet<>();
		reviewsById.values().forEach(r -> {
			if (r.clockId() != null) {
				extraClocks.add(r.clockId());
			}
		});
		latestFiling.values().forEach(f -> {
			if (f.reviewClockId() != null) {
				extraClocks.add(f.reviewClockId());
			}
		});
		Map<UUID, ClockView> clocksById = clocks.byIds(extraClocks);
		Map<String, FairCompetitionReview> fcr = fairCompetition.latestFor(ReviewSubject.NORMATIVE_DOCUMENT,
				rows.stream().filter(d -> d.marketRelated).map(d -> d.id.toString()).toList());
		Set<UUID> linked = new java.util.HashSet<>();
		rows.forEach(d -> {
			if (d.amendsId != null) {
				linked.add(d.amendsId);
			}
			if (d.amendedById != null) {
				linked.add(d.amendedById);
			}
		});
		Map<UUID, NormativeView.Link> links = links(linked);
		List<NormativeView> views = new ArrayList<>();
		for (NormativeDocument d : rows) {
			ReviewView review = d.reviewId == null ? null : reviewsById.get(d.reviewId);
			List<ClockView> all = new ArrayList<>(documentClocks.getOrDefault(d.id.toString(), List.of()));
			if (review != null && review.clockId() != null && clocksById.containsKey(review.clockId())) {
				all.add(0, clocksById.get(review.clockId()));
			}
			FilingView filing = latestFiling.get(d.id);
			if (filing != null && filing.reviewClockId() != null && clocksById.containsKey(filing.reviewClockId())) {
				all.add(clocksById.get(filing.reviewClockId()));
			}
			FairCompetitionReview fc = d.marketRelated ? fcr.get(d.id.toString()) : null;
			views.add(new NormativeView(d.id, d.orgId, orgs.name(d.orgId).orElse(""), d.unitId,
					orgs.name(d.unitId).orElse(""), d.title, d.kind, d.bodyText, d.explanation, d.basis, d.marketRelated,
					d.validityYears, d.provisional, d.validityReason, d.consultationWaiver, d.consultationWaiverReason,
					d.status,
					d.consultationChannel == null ? null
							: new NormativeView.Consultation(d.consultationChannel, d.consultationFrom,
									d.consultationTo, d.consultationComments, d.consultationSummary,
									d.consultationShortReason, d.consultationId),
					review, fc, fc != null && d.textFingerprint().equals(fc.textFingerprint()),
					d.deliberationOutcome == null ? null
							: new NormativeView.Deliberation(d.deliberationMeeting, d.deliberationDate,
									d.deliberationAttendees, d.deliberationOutcome, d.deliberationMinutes,
									d.deliberationOverride),
					d.documentNumber, d.promulgatedOn, d.effectiveOn, d.expiresOn, d.publishedOn,
					d.amendsId == null ? null : links.get(d.amendsId),
					d.amendedById == null ? null : links.get(d.amendedById), d.repealedOn, d.endReason,
					d.needsAmendment, d.rectificationRequired, filing, all, d.createdBy, d.version));
		}
		return views;
	}

	private record FilingRow(UUID id, UUID documentId, String title, String documentNumber, UUID orgId,
			UUID reviewerOrgId, java.time.LocalDate submittedOn, Boolean filedOnTime, FilingStatus status,
			int returnedCount, String lastReason, java.time.LocalDate decidedOn, String decidedBy, UUID clockId) {

		FilingView view(OrgHierarchy orgs, ClockView clock) {
			return new FilingView(id, documentId, title, documentNumber, orgId, orgs.name(orgId).orElse(""),
					reviewerOrgId, orgs.name(reviewerOrgId).orElse(""), submittedOn, filedOnTime, status,
					returnedCount, lastReason, decidedOn, decidedBy, clockId, clock == null ? null : clock.dueDate());
		}
	}

	private static FilingRow filingRow(ResultSet rs, int n) throws SQLException {
		Date decided = rs.getDate("decided_on");
		return new FilingRow(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
				rs.getString("title"), rs.getString("document_number"), rs.getObject("org_id", UUID.class),
				rs.getObject("reviewer_org_id", UUID.class), rs.getDate("submitted_on").toLocalDate(),
				rs.getObject("filed_on_time") == null ? null : rs.getBoolean("filed_on_time"),
				FilingStatus.valueOf(rs.getString("status")), rs.getInt("returned_count"), rs.getString("last_reason"),
				decided == null ? null : decided.toLocalDate(), rs.getString("decided_by"),
				rs.getObject("review_clock_id", UUID.class));
	}
}
