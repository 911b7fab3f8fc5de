package org.fazhi.normative;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.notification.Notice;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.platform.UuidArray;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 清理 campaigns, periodic or immediate: every document in force when the campaign opens goes to its drafting
 * division for a proposal; the legal division confirms each; closing applies the decisions and publishes the list.
 */
@Service
@Transactional
public class Cleanups {

	private final JdbcClient jdbc;

	private final NormativeService normative;

	private final NormativeRepository documents;

	private final OrganizationService orgs;

	private final NotificationService notifications;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	private final Clocks clocks;

	Cleanups(JdbcClient jdbc, NormativeService normative, NormativeRepository documents, Clocks clocks,
			OrganizationService orgs,
			NotificationService notifications, AuditLog audit, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.normative = normative;
		this.documents = documents;
		this.clocks = clocks;
		this.orgs = orgs;
		this.notifications = notifications;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Opens a campaign over the unit's department documents promulgated by the opening day and not ended: those in
	 * force and those promulgated but not yet in force alike.
	 */
	public UUID open(UUID unitId, String title, CleanupView.Kind kind, LocalDate openedOn, UUID openedBy) {
		if (title == null || title.isBlank()) {
			throw InvalidInput.onField("title", "cleanup.title.required");
		}
		if (kind == null) {
			throw InvalidInput.onField("kind", "cleanup.kind.required");
		}
		if (openedOn == null) {
			throw InvalidInput.onField("openedOn", "cleanup.date.required");
		}
		if (openedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("openedOn", "cleanup.date.future");
		}
		UUID unit = orgs.unitOf(unitId).id();
		List<NormativeDocument> inForce = jdbc.sql("""
				select * from normative_document where org_id = any(:orgs) and kind = 'DEPARTMENT'
				and status in ('IN_FORCE', 'PROMULGATED', 'UNPUBLISHED') and promulgated_on <= :on
				order by promulgated_on""")
			.param("orgs", UuidArray.of(orgs.subtree(unit)))
			.param("on", Date.valueOf(openedOn))
			.query(NormativeRepository::map)
			.list();
		if (inForce.isEmpty()) {
			throw RuleViolation.of("cleanup.nothing-in-force", openedOn);
		}
		UUID id = Ids.newId();
		jdbc.sql("insert into normative_cleanup (id, org_id, title, kind, opened_on, status, created_by, created_at, version) "
				+ "values (:id, :org, :title, :kind, :on, 'OPEN', :by, :at, 0)")
			.param("id", id)
			.param("org", unit)
			.param("title", title.strip())
			.param("kind", kind.name())
			.param("on", Date.valueOf(openedOn))
			.param("by", openedBy)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		for (NormativeDocument d : inForce) {
			jdbc.sql("insert into normative_cleanup_item (id, cleanup_id, document_id, org_id) values (:id, :c, :d, :org)")
				.param("id", Ids.newId())
				.param("c", id)
				.param("d", d.id)
				.param("org", d.orgId)
				.update();
			notifications.send(new Notice(d.createdBy, d.orgId, text("cleanup.notice.opened", title.strip(), d.title), null,
					"/cleanups/" + id, "cleanup:" + id + ":" + d.id));
		}
		audit.append(AuditRecord.of(unit, "CLEANUP_OPENED", "normative_cleanup", id)
			.summary(title.strip() + "（" + inForce.size() + "）"));
		return id;
	}

	/** The drafting division proposes a decision for one of its documents, on the day it does so. */
	public void propose(UUID cleanupId, UUID documentId, CleanupDecision proposal, String reason, String by,
			LocalDate on) {
		Item item = openItem(cleanupId, documentId);
		LocalDate day = within(cleanupId, on);
		if (proposal == null) {
			throw InvalidInput.onField("proposal", "cleanup.proposal.required");
		}
		if (proposal != CleanupDecision.KEEP && (reason == null || reason.isBlank())) {
			throw InvalidInput.onField("reason", "cleanup.reason.required");
		}
		jdbc.sql("update normative_cleanup_item set proposal = :p, reason = :r, proposed_by = :by, proposed_on = :on, "
				+ "decision = null, confirmed_by = null, confirmed_on = null where id = :id")
			.param("p", proposal.name())
			.param("r", reason == null ? null : reason.strip())
			.param("by", by)
			.param("on", Date.valueOf(day))
			.param("id", item.id)
			.update();
		audit.append(AuditRecord.of(item.orgId, "CLEANUP_PROPOSED", "normative_cleanup", cleanupId)
			.summary(item.title + "：" + text(proposal.messageKey())));
	}

	/** The legal division confirms the decision (the proposal, unless it decides otherwise), on the day it does so. */
	public void confirm(UUID cleanupId, UUID documentId, CleanupDecision decision, String by, LocalDate on) {
		Item item = openItem(cleanupId, documentId);
		LocalDate day = within(cleanupId, on);
		CleanupDecision chosen = decision != null ? decision : item.proposal;
		if (chosen == null) {
			throw RuleViolation.of("cleanup.confirm.no-proposal", item.title);
		}
		jdbc.sql("update normative_cleanup_item set decision = :d, confirmed_by = :by, confirmed_on = :on where id = :id")
			.param("d", chosen.name())
			.param("by", by)
			.param("on", Date.valueOf(day))
			.param("id", item.id)
			.update();
		audit.append(AuditRecord.of(item.orgId, "CLEANUP_CONFIRMED", "normative_cleanup", cleanupId)
			.summary(item.title + "：" + text(chosen.messageKey())));
	}

	/** Closes the campaign: every document must have a confirmed decision; the decisions take effect. */
	public void close(UUID cleanupId, LocalDate on) {
		CleanupView c = get(cleanupId);
		if (c.closed()) {
			throw RuleViolation.of("cleanup.closed", c.title());
		}
		long open = c.items().stream().filter(i -> i.decision() == null).count();
		if (open > 0) {
			throw RuleViolation.of("cleanup.close.undecided", open);
		}
		if (on == null || on.isBefore(c.openedOn())) {
			throw InvalidInput.onField("on", "cleanup.close.date", c.openedOn());
		}
		for (CleanupView.Item item : c.items()) {
			String reason = text("cleanup.applied-reason", c.title(), item.reason() == null ? "" : item.reason());
			switch (item.decision()) {
				case KEEP -> {
				}
				case AMEND -> normative.markForAmendment(item.documentId(), reason);
				case REPEAL -> normative.repeal(item.documentId(), on, reason);
				case DECLARE_INVALID -> normative.declareInvalid(item.documentId(), on, reason);
			}
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "cleanup.date.future");
		}
		jdbc.sql("update normative_cleanup set status = 'CLOSED', closed_on = :on, version = version + 1 where id = :id")
			.param("on", Date.valueOf(on))
			.param("id", cleanupId)
			.update();
		audit.append(AuditRecord.of(c.orgId(), "CLEANUP_CLOSED", "normative_cleanup", cleanupId).summary(c.title()));
		if (c.kind() == CleanupView.Kind.PERIODIC) {
			nextCycle(c, on, cleanupId);
		}
	}

	/**
	 * A periodic cleanup done: the reminder of the next one runs from its closing (制定机关每两年对规范性文件进行一次清理;
	 * the cycle is the rule ND_CLEANUP_CYCLE's, configurable).
	 */
	private void nextCycle(CleanupView c, LocalDate closedOn, UUID cleanupId) {
		String subject = c.orgId().toString();
		clocks.forSubject(CYCLE, subject)
			.stream()
			.filter(ClockView::running)
			.forEach(running -> clocks.stop(running.id(),
					closedOn.isBefore(running.startDate()) ? running.startDate() : closedOn));
		UUID owner = jdbc.sql("select created_by from normative_cleanup where id = :id")
			.param("id", cleanupId)
			.query(UUID.class)
			.single();
		clocks.start(new StartClock(c.orgId(), "normative", CYCLE, subject, text("cleanup.cycle.title", c.orgName()),
				"/cleanups", "ND_CLEANUP_CYCLE", owner, closedOn));
	}

	/** The day a step of the campaign was done: given, not before the campaign opened, not in the future. */
	private LocalDate within(UUID cleanupId, LocalDate on) {
		if (on == null) {
			throw InvalidInput.onField("on", "cleanup.date.required");
		}
		LocalDate opened = jdbc.sql("select opened_on from normative_cleanup where id = :id")
			.param("id", cleanupId)
			.query(Date.class)
			.single()
			.toLocalDate();
		if (on.isBefore(opened) || on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "cleanup.step.date", opened, LocalDate.now(clock));
		}
		return on;
	}

	@Transactional(readOnly = true)
	public CleanupView get(UUID id) {
		return jdbc.sql("select * from normative_cleanup where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				UUID org = rs.getObject("org_id", UUID.class);
				Date closed = rs.getDate("closed_on");
				return new CleanupView(id, org, orgs.get(org).name(), rs.getString("title"),
						CleanupView.Kind.valueOf(rs.getString("kind")), rs.getDate("opened_on").toLocalDate(),
						"CLOSED".equals(rs.getString("status")), closed == null ? null : closed.toLocalDate(), items(id));
			})
			.optional()
			.orElseThrow(() -> NotFoundException.of("normative_cleanup", id));
	}

	@Transactional(readOnly = true)
	public List<CleanupView> list(DataScope scope) {
		DataScope.SqlCondition condition = scope.where("c.org_id", "c.created_by");
		return jdbc.sql("select c.id from normative_cleanup c where " + condition.sql() + " order by c.opened_on desc")
			.params(condition.params())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/** Closed campaigns: their result lists are public. */
	@Transactional(readOnly = true)
	public List<CleanupView> published() {
		return jdbc.sql("select id from normative_cleanup where status = 'CLOSED' order by closed_on desc")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * ND-CLEANUP's records: the documents on the cleanup lists opened in the year, counted when a decision was taken on
	 * them; each links to its cleanup.
	 */
	static final String ITEMS = """
			select c.id, d.title, d.document_number as reference, c.opened_on as on_date,
			  case when i.decision is not null then 1 else 0 end as counted, i.decision as note
			from normative_cleanup_item i join normative_cleanup c on c.id = i.cleanup_id
			  join normative_document d on d.id = i.document_id
			where c.org_id = any(:orgs) and c.opened_on between :from and :to""";

	public byte[] exportXlsx(UUID id) {
		CleanupView c = get(id);
		return ExcelExport.write(text("cleanup.sheet"),
				List.of(text("cleanup.col.number"), text("cleanup.col.title"), text("cleanup.col.org"),
						text("cleanup.col.proposal"), text("cleanup.col.decision"), text("cleanup.col.reason")),
				c.items().stream()
					.map(i -> List.<Object>of(i.documentNumber() == null ? "" : i.documentNumber(), i.documentTitle(),
							i.orgName(), i.proposal() == null ? "" : text(i.proposal().messageKey()),
							i.decision() == null ? "" : text(i.decision().messageKey()),
							i.reason() == null ? "" : i.reason()))
					.toList());
	}

	/** The published result list as a 公文. */
	public byte[] exportDocx(UUID id) {
		CleanupView c = get(id);
		return new GongwenDocx().issuer(c.orgName())
			.title(text("cleanup.docx.title", c.title()))
			.body(text("cleanup.docx.body", GongwenDocx.date(c.openedOn()), c.items().size(),
					count(c, CleanupDecision.KEEP), count(c, CleanupDecision.AMEND), count(c, CleanupDecision.REPEAL),
					count(c, CleanupDecision.DECLARE_INVALID)))
			.table(List.of(text("cleanup.col.number"), text("cleanup.col.title"), text("cleanup.col.decision")),
					c.items().stream()
						.map(i -> List.of(i.documentNumber() == null ? "" : i.documentNumber(), i.documentTitle(),
								i.decision() == null ? "" : text(i.decision().messageKey())))
						.toList())
			.signature(c.orgName(), c.closedOn() == null ? c.openedOn() : c.closedOn())
			.toBytes();
	}

	private static long count(CleanupView c, CleanupDecision d) {
		return c.items().stream().filter(i -> i.decision() == d).count();
	}

	private List<CleanupView.Item> items(UUID cleanupId) {
		return jdbc.sql("""
				select i.*, d.title, d.document_number from normative_cleanup_item i
				join normative_document d on d.id = i.document_id where i.cleanup_id = :id
				order by d.promulgated_on, d.document_number""")
			.param("id", cleanupId)
			.query((rs, n) -> {
				String proposal = rs.getString("proposal");
				String decision = rs.getString("decision");
				Date proposed = rs.getDate("proposed_on");
				Date confirmed = rs.getDate("confirmed_on");
				UUID org = rs.getObject("org_id", UUID.class);
				return new CleanupView.Item(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
						rs.getString("title"), rs.getString("document_number"), org, orgs.get(org).name(),
						proposal == null ? null : CleanupDecision.valueOf(proposal), rs.getString("reason"),
						rs.getString("proposed_by"), proposed == null ? null : proposed.toLocalDate(),
						decision == null ? null : CleanupDecision.valueOf(decision), rs.getString("confirmed_by"),
						confirmed == null ? null : confirmed.toLocalDate());
			})
			.list();
	}

	/** The campaign's line for the document; a document outside the campaign is refused. */
	private Item openItem(UUID cleanupId, UUID documentId) {
		CleanupView c = get(cleanupId);
		if (c.closed()) {
			throw RuleViolation.of("cleanup.closed", c.title());
		}
		return jdbc.sql("select i.id, i.org_id, i.proposal, d.title from normative_cleanup_item i "
				+ "join normative_document d on d.id = i.document_id where i.cleanup_id = :c and i.document_id = :d")
			.param("c", cleanupId)
			.param("d", documentId)
			.query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3) == null ? null : CleanupDecision.valueOf(rs.getString(3)), rs.getString(4)))
			.optional()
			.orElseThrow(() -> RuleViolation.of("cleanup.outside",
					documents.find(documentId).map(d -> d.title).orElse(String.valueOf(documentId)), c.title()));
	}

	private record Item(UUID id, UUID orgId, CleanupDecision proposal, String title) {
	}

	static final String CYCLE = "normative_cleanup_cycle";

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
