package org.fazhi.normative;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.AttachmentView;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.notification.Notice;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrgView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.organization.UserView;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Paging;
import org.fazhi.platform.RuleViolation;
import org.fazhi.assessment.IndicatorRows;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.platform.docs.ZipPackage;
import org.fazhi.platform.UuidArray;
import org.fazhi.review.ReviewService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 备案: filing a promulgated document with the superior authority inside the platform — within 30 days of
 * promulgation (clock ND_FILING), with its filing package; the authority accepts it, returns it for correction (its
 * own review clock suspended while the drafter corrects) or requires rectification.
 */
@Service
@Transactional
public class Filings {

	private final JdbcClient jdbc;

	private final NormativeRepository documents;

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final ReviewService reviews;

	private final Clocks clocks;

	private final OrganizationService orgs;

	private final UserService users;

	private final NotificationService notifications;

	private final AttachmentService attachments;

	private final AuditLog audit;

	private final MessageSource messages;

	private final NormativeProperties properties;

	private final Clock clock;

	Filings(JdbcClient jdbc, NormativeRepository documents, NormativeService normative, NormativeQueries registry, ReviewService reviews,
			Clocks clocks, OrganizationService orgs, UserService users, NotificationService notifications,
			AttachmentService attachments, AuditLog audit, MessageSource messages, NormativeProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.normative = normative;
		this.registry = registry;
		this.reviews = reviews;
		this.clocks = clocks;
		this.orgs = orgs;
		this.users = users;
		this.notifications = notifications;
		this.attachments = attachments;
		this.audit = audit;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** Filters of the filing list; {@code null} means any. */
	public record Filter(FilingStatus status, Integer year) {
	}

	/** Files the document with the authority; the filing clock stops (on time or late). */
	public UUID submit(UUID documentId, LocalDate on) {
		NormativeDocument d = documents.load(documentId);
		Policies.InternalRulesAreNotFiled.check(d.kind);
		if (!d.status.promulgated() || d.promulgatedOn == null) {
			throw RuleViolation.of("filing.not-promulgated", d.title);
		}
		if (on == null || on.isBefore(d.promulgatedOn)) {
			throw InvalidInput.onField("on", "filing.before-promulgation", d.promulgatedOn);
		}
		long existing = jdbc.sql("select count(*) from normative_filing where document_id = :id and status <> 'RECTIFICATION_REQUIRED'")
			.param("id", documentId)
			.query(Long.class)
			.single();
		if (existing > 0) {
			throw RuleViolation.of("filing.already", d.documentNumber);
		}
		OrgView authority = authority();
		ClockView filingClock = clocks.openFor(NormativeService.ENTITY, documentId.toString(), "ND_FILING")
			.map(c -> clocks.stop(c.id(), on))
			.orElse(null);
		// no clock (a document brought over from before the platform): on time is unknown, never assumed
		Boolean onTime = filingClock == null ? null : filingClock.onTimeIfDeadline();
		UUID id = Ids.newId();
		UUID reviewClock = clocks.start(new StartClock(authority.id(), "normative", "normative_filing", id.toString(),
				d.documentNumber + " " + d.title, "/filings/" + id, "ND_FILING_REVIEW", null, on));
		jdbc.sql("""
				insert into normative_filing (id, document_id, org_id, reviewer_org_id, submitted_on, filed_on_time, status,
				  returned_count, review_clock_id, created_at, version)
				values (:id, :doc, :org, :reviewer, :on, :onTime, 'SUBMITTED', 0, :clock, :at, 0)""")
			.param("id", id)
			.param("doc", documentId)
			.param("org", d.orgId)
			.param("reviewer", authority.id())
			.param("on", Date.valueOf(on))
			.param("onTime", onTime)
			.param("clock", reviewClock)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("update normative_document set filed = true where id = :doc").param("doc", documentId).update();
		audit.append(AuditRecord.of(d.orgId, "FILING_SUBMITTED", "normative_filing", id)
			.summary(d.documentNumber + " → " + authority.name()
					+ (Boolean.FALSE.equals(onTime) ? "（" + text("filing.late") + "）" : "")));
		for (UserView reviewer : users.holdersOf(NormativePermission.FILING_REVIEW, orgs.subtree(authority.id()))) {
			notifications.send(new Notice(reviewer.id(), authority.id(), text("filing.notice.submitted", d.documentNumber, d.title),
					null, "/filings/" + id, "filing:" + id + ":submitted:" + reviewer.id()));
		}
		return id;
	}

	/** 退回补正: back to the drafter with the reasons; the authority's clock does not run meanwhile. */
	public void returnForCorrection(UUID filingId, String reason, LocalDate on, String by) {
		FilingView f = registry.filing(filingId);
		f.status().assertCanMoveTo(FilingStatus.RETURNED);
		requireReason(reason);
		jdbc.sql("update normative_filing set status = 'RETURNED', returned_count = returned_count + 1, last_reason = :r, "
				+ "version = version + 1 where id = :id")
			.param("r", reason.strip())
			.param("id", filingId)
			.update();
		clocks.suspend(f.reviewClockId(), on, text("filing.suspended-for-correction"));
		audit.append(AuditRecord.of(f.orgId(), "FILING_RETURNED", "normative_filing", filingId).summary(reason.strip()));
		notifyDrafter(f, "filing.notice.returned", reason.strip());
	}

	/** The corrected filing goes back to the authority; its clock runs again. */
	public void resubmit(UUID filingId, LocalDate on) {
		FilingView f = registry.filing(filingId);
		f.status().assertCanMoveTo(FilingStatus.SUBMITTED);
		jdbc.sql("update normative_filing set status = 'SUBMITTED', version = version + 1 where id = :id")
			.param("id", filingId)
			.update();
		clocks.resume(f.reviewClockId(), on);
		audit.append(AuditRecord.of(f.orgId(), "FILING_RESUBMITTED", "normative_filing", filingId).summary(f.documentNumber()));
	}

	/** 予以备案. */
	public void accept(UUID filingId, LocalDate on, String by) {
		decide(filingId, FilingStatus.ACCEPTED, null, on, by);
	}

	/** 要求纠正: the document must be amended or repealed. */
	public void requireRectification(UUID filingId, String reason, LocalDate on, String by) {
		requireReason(reason);
		decide(filingId, FilingStatus.RECTIFICATION_REQUIRED, reason.strip(), on, by);
		normative.requireRectification(registry.filing(filingId).documentId());
	}

	private void decide(UUID filingId, FilingStatus target, String reason, LocalDate on, String by) {
		FilingView f = registry.filing(filingId);
		f.status().assertCanMoveTo(target);
		if (on == null || on.isBefore(f.submittedOn())) {
			throw InvalidInput.onField("on", "filing.decided-before-submission", f.submittedOn());
		}
		jdbc.sql("update normative_filing set status = :s, last_reason = coalesce(:r, last_reason), decided_on = :on, "
				+ "decided_by = :by, version = version + 1 where id = :id")
			.param("s", target.name())
			.param("r", reason)
			.param("on", Date.valueOf(on))
			.param("by", by)
			.param("id", filingId)
			.update();
		clocks.stop(f.reviewClockId(), on);
		audit.append(AuditRecord.of(f.orgId(), target == FilingStatus.ACCEPTED ? "FILING_ACCEPTED" : "FILING_RECTIFICATION",
				"normative_filing", filingId).summary(f.documentNumber() + (reason == null ? "" : "：" + reason)));
		notifyDrafter(f, target == FilingStatus.ACCEPTED ? "filing.notice.accepted" : "filing.notice.rectification",
				reason == null ? "" : reason);
	}

	@Transactional(readOnly = true)
	public FilingView get(UUID id) {
		return registry.filing(id);
	}

	/** The filing list's columns a user may sort by. */
	static final Map<String, String> SORTABLE = Map.of("submittedOn", "f.submitted_on", "status", "f.status");

	/** Filings the scope covers: as drafter (the document's organization) or as the authority. */
	@Transactional(readOnly = true)
	public Page<FilingView> list(Filter filter, DataScope scope, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = "1=1";
		if (!scope.all()) {
			if (scope.orgIds().isEmpty()) {
				where = "1=0";
			}
			else {
				where = "(f.org_id = any(:scope_orgs) or f.reviewer_org_id = any(:scope_orgs))";
				params.put("scope_orgs", scope.orgArray());
			}
		}
		if (filter.status() != null) {
			where += " and f.status = :status";
			params.put("status", filter.status().name());
		}
		if (filter.year() != null) {
			where += " and f.submitted_on between :from and :to";
			params.put("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
			params.put("to", Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
		}
		Page<UUID> ids = Paging.query(jdbc, "select f.id", "from normative_filing f", where, params,
				Paging.orderBy(pageable, SORTABLE, "f.submitted_on desc, f.created_at desc"), pageable,
				(rs, n) -> rs.getObject(1, UUID.class));
		Map<UUID, FilingView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			registry.filings("f.id in (:ids)", Map.of("ids", ids.getContent())).forEach(f -> found.put(f.id(), f));
		}
		return new PageImpl<>(ids.getContent().stream().map(found::get).toList(), ids.getPageable(), ids.getTotalElements());
	}

	/**
	 * The filing package as a ZIP: 备案报告 (公文), 正式文本, 起草说明, the review document, 依据, and the document's
	 * attachments.
	 */
	@Transactional(readOnly = true)
	public byte[] filingPackage(UUID filingId) {
		FilingView f = registry.filing(filingId);
		NormativeView d = registry.get(f.documentId());
		ZipPackage zip = new ZipPackage();
		zip.add("1-" + text("filing.package.report") + ".docx", report(f, d));
		zip.add("2-" + text("filing.package.text") + ".docx", normative.officialText(d.id()));
		zip.add("3-" + text("filing.package.explanation") + ".docx",
				new GongwenDocx().attachmentMark(2)
					.title(text("filing.package.explanation-title", d.title()))
					.body(d.explanation() == null ? text("filing.package.none") : d.explanation())
					.toBytes());
		if (d.review() != null && d.review().documentNumber() != null) {
			zip.add("4-" + d.review().documentNumber() + ".docx", reviews.document(d.review().id()));
		}
		zip.add("5-" + text("filing.package.basis") + ".docx",
				new GongwenDocx().attachmentMark(4)
					.title(text("filing.package.basis-title", d.title()))
					.body(d.basis() == null ? text("filing.package.none") : d.basis())
					.toBytes());
		int n = 6;
		for (AttachmentView a : attachments.list(NormativeService.ENTITY, d.id().toString())) {
			zip.add((n++) + "-" + a.fileName(), attachments.content(a.id()));
		}
		return zip.toBytes();
	}

	/** 备案报告 in 公文 format. */
	byte[] report(FilingView f, NormativeView d) {
		String body = text("filing.report.body", d.unitName(), GongwenDocx.date(d.promulgatedOn()), d.title(),
				d.documentNumber(), d.review() == null ? "—" : d.review().documentNumber(),
				d.deliberation() == null ? "—" : d.deliberation().meeting(), GongwenDocx.date(d.effectiveOn()),
				GongwenDocx.date(d.expiresOn()));
		return new GongwenDocx().issuer(d.unitName())
			.title(text("filing.report.title", d.title()))
			.addressee(f.reviewerOrgName())
			.body(body)
			.attachments(List.of(text("filing.package.text"), text("filing.package.explanation"),
					text("filing.package.review"), text("filing.package.basis")))
			.signature(d.unitName(), f.submittedOn())
			.toBytes();
	}

	/**
	 * ND-FILE-TIMELY's records: the documents promulgated in the year that were filed, counted when a filing of theirs
	 * was on time. Each counts once, however many times it was filed again after a rectification.
	 */
	static final String FILED = """
			select d.id, d.title, d.document_number as reference, d.promulgated_on as on_date,
			  case when exists (select 1 from normative_filing t where t.document_id = d.id and t.filed_on_time = true)
			    then 1 else 0 end as counted, cast(null as varchar(1)) as note
			from normative_document d
			where d.org_id = any(:orgs) and d.number_year = :year
			  and exists (select 1 from normative_filing f where f.document_id = d.id)""";

	/**
	 * ND-FILE-CONFORM's records: the documents whose filing the authority reviewed (accepted, or rectification
	 * required), counted when accepted without ever being returned.
	 */
	static final String REVIEWED = """
			select d.id, d.title, d.document_number as reference, d.promulgated_on as on_date,
			  case when exists (select 1 from normative_filing t where t.document_id = d.id and t.status = 'ACCEPTED'
			    and t.returned_count = 0) then 1 else 0 end as counted, cast(null as varchar(1)) as note
			from normative_document d
			where d.org_id = any(:orgs) and d.number_year = :year and exists (select 1 from normative_filing f
			  where f.document_id = d.id and f.status in ('ACCEPTED', 'RECTIFICATION_REQUIRED'))""";

	/**
	 * The filing figures of the documents promulgated in a year by the organizations: [documents filed, of them filed
	 * on time, documents whose filing was reviewed, of them accepted without a return] — the counts of {@link #FILED}
	 * and {@link #REVIEWED}.
	 */
	@Transactional(readOnly = true)
	public long[] figures(java.util.Set<UUID> orgIds, int year) {
		if (orgIds.isEmpty()) {
			return new long[4];
		}
		Map<String, Object> params = Map.of("orgs", UuidArray.of(orgIds), "year", year);
		long[] filed = IndicatorRows.figures(jdbc, FILED, params);
		long[] reviewed = IndicatorRows.figures(jdbc, REVIEWED, params);
		return new long[] { filed[0], filed[1], reviewed[0], reviewed[1] };
	}

	private OrgView authority() {
		if (properties.filingAuthority() == null || properties.filingAuthority().isBlank()) {
			throw RuleViolation.of("filing.no-authority");
		}
		return orgs.findByCode(properties.filingAuthority()).orElseThrow(() -> RuleViolation.of("filing.no-authority"));
	}

	private void notifyDrafter(FilingView f, String code, String reason) {
		NormativeDocument d = documents.load(f.documentId());
		notifications.send(new Notice(d.createdBy, d.orgId, text(code, d.documentNumber, d.title, reason), reason,
				"/normative/" + d.id, "filing:" + f.id() + ":" + code + ":" + f.returnedCount()));
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.onField("reason", "filing.reason.required");
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
