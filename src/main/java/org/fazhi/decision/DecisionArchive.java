package org.fazhi.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.AttachmentView;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditLog;
import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.consultation.ChannelView;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.decision.DecisionView.ProcedureView;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.PlatformProperties;
import org.fazhi.platform.docs.GongwenDocx;
import org.fazhi.platform.docs.ZipPackage;
import org.fazhi.review.ReviewService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 决策档案 (重大行政决策程序暂行条例 第三十三条: 决策过程记录和材料归档): every record and file of a decision in one ZIP,
 * opened by an index (档案目录) listing each item with its file and date, and closed by the full audit trail.
 */
@Service
@Transactional(readOnly = true)
public class DecisionArchive {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final DecisionQueries decisions;

	private final ConsultationService consultations;

	private final ConsultationQueries consultationQueries;

	private final ReviewService reviews;

	private final AttachmentService attachments;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ZoneId zone;

	DecisionArchive(DecisionQueries decisions, ConsultationService consultations,
			ConsultationQueries consultationQueries, ReviewService reviews,
			AttachmentService attachments, AuditLog audit, MessageSource messages, PlatformProperties platform) {
		this.decisions = decisions;
		this.consultationQueries = consultationQueries;
		this.consultations = consultations;
		this.reviews = reviews;
		this.attachments = attachments;
		this.audit = audit;
		this.messages = messages;
		this.zone = platform.timeZone();
	}

	/** Dates in file names: 20191210, sortable and never mistaken for prose. */
	private static final java.time.format.DateTimeFormatter BASIC_DATE = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

	private record Entry(String title, String file, LocalDate date, byte[] content) {
	}

	public byte[] archive(UUID decisionId) {
		DecisionView d = decisions.get(decisionId);
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(text("decision.archive.overview"), "01-" + text("decision.archive.overview") + ".docx",
				d.decidedOn(), overview(d)));
		ConsultationView c = d.consultation();
		if (c != null) {
			entries.add(new Entry(text("decision.archive.consultation-draft"),
					"02-" + text("decision.archive.consultation-draft") + ".docx", c.publishedOn(),
					new GongwenDocx().title(c.title())
						.heading1(text("consultation.draft"))
						.body(c.draftText())
						.heading1(text("consultation.explanation"))
						.body(c.explanation() == null ? text("decision.archive.none") : c.explanation())
						.toBytes()));
			entries.add(new Entry(text("decision.archive.comments"), "02-" + text("decision.archive.comments") + ".xlsx",
					c.closedOn(), comments(c)));
			if (c.summaryText() != null) {
				entries.add(new Entry(text("consultation.summary"), "02-" + text("consultation.summary") + ".docx",
						c.summaryOn(), consultations.summaryDocument(c.id())));
			}
			for (AttachmentView a : attachments.list("consultation", c.id().toString())) {
				entries.add(file("02-", a));
			}
		}
		if (!d.channels().isEmpty()) {
			entries.add(new Entry(text("decision.archive.participation"),
					"02-" + text("decision.archive.participation") + ".docx", d.channels().get(0).heldOn(),
					participation(d)));
		}
		if (!d.experts().isEmpty()) {
			entries.add(new Entry(text("decision.archive.experts"), "03-" + text("decision.archive.experts") + ".docx",
					d.argumentationDoneOn(), experts(d)));
			for (ExpertOpinion e : d.experts()) {
				if (e.signedFileId() != null) {
					AttachmentView a = attachments.get(e.signedFileId());
					entries.add(new Entry(text("decision.archive.signed", e.expertName()),
							"03-" + a.fileName(), e.givenOn(), attachments.content(a.id())));
				}
			}
		}
		if (d.risk() != null) {
			entries.add(new Entry(text("decision.archive.risk"), "04-" + text("decision.archive.risk") + ".docx",
					d.risk().doneOn(),
					new GongwenDocx().title(text("decision.archive.risk-title", d.title()))
						.heading1(text("decision.risk.points-label"))
						.body(d.risk().points())
						.heading1(text("decision.risk.measures-label"))
						.body(d.risk().measures())
						.heading1(text("decision.risk.plans-label"))
						.body(d.risk().plans())
						.body(text("decision.archive.risk-by", d.risk().assessor(), text(d.risk().level().messageKey()),
								text(d.risk().controllable() ? "decision.risk.controllable"
										: "decision.risk.uncontrollable")))
						.toBytes()));
		}
		if (d.review() != null && d.review().documentNumber() != null) {
			entries.add(new Entry(text("decision.archive.review", d.review().documentNumber()),
					"05-" + d.review().documentNumber() + ".docx", d.review().completedOn(),
					reviews.document(d.review().id())));
		}
		if (d.fairCompetition() != null) {
			entries.add(new Entry(text("decision.archive.fair"), "06-" + text("decision.archive.fair") + ".docx",
					d.fairCompetition().reviewedOn(),
					new GongwenDocx().title(text("decision.archive.fair-title", d.title()))
						.body(text(d.fairCompetition().conclusion().messageKey()))
						.body(d.fairCompetition().note() == null ? "" : d.fairCompetition().note())
						.body(text(d.fairCompetition().basisKey()))
						.toBytes()));
		}
		if (!d.meetings().isEmpty()) {
			entries.add(new Entry(text("decision.archive.meetings"), "07-" + text("decision.archive.meetings") + ".docx",
					d.decidedOn(), meetings(d)));
		}
		if (d.partyReport() != null) {
			entries.add(new Entry(text("decision.archive.party"), "07-" + text("decision.archive.party") + ".docx",
					d.partyReport().reportedOn(),
					new GongwenDocx().title(text("decision.archive.party-title", d.title()))
						.body(d.partyReport().waived() ? text("decision.party-report.waived-line", d.partyReport().waiver())
								: text("decision.party-report.line", d.partyReport().reportedTo(),
										GongwenDocx.date(d.partyReport().reportedOn())))
						.body(d.partyReport().note() == null ? "" : d.partyReport().note())
						.toBytes()));
		}
		if (d.publishedOn() != null) {
			entries.add(new Entry(text("decision.archive.publication"),
					"08-" + text("decision.archive.publication") + ".docx", d.publishedOn(),
					new GongwenDocx().title(d.title())
						.body(d.publicText())
						.body(text("decision.archive.channels", d.publicationChannels()))
						.toBytes()));
		}
		for (Report r : d.reports()) {
			entries.add(new Entry(text("decision.archive.report", r.reportingOrg()),
					"09-" + text("decision.archive.report-file") + "-" + BASIC_DATE.format(r.reportedOn()) + ".docx", r.reportedOn(),
					new GongwenDocx().issuer(r.reportingOrg())
						.title(text("decision.archive.report-title", d.title()))
						.body(r.content())
						.signature(r.reportingOrg(), r.reportedOn())
						.toBytes()));
		}
		for (Evaluation e : d.evaluations()) {
			entries.add(new Entry(text("decision.archive.evaluation", e.evaluator()),
					"10-" + text("decision.archive.evaluation-file") + "-" + BASIC_DATE.format(e.startedOn()) + ".docx",
					e.completedOn() == null ? e.startedOn() : e.completedOn(),
					new GongwenDocx().title(text("decision.archive.evaluation-title", d.title()))
						.body(text("decision.archive.evaluation-line", text(e.trigger().messageKey()), e.triggerNote(),
								e.evaluator(), GongwenDocx.date(e.startedOn())))
						.body(e.conclusion() == null ? text("decision.archive.evaluation-open") : e.conclusion())
						.toBytes()));
		}
		for (AttachmentView a : attachments.list(DecisionService.ENTITY, d.id().toString())) {
			entries.add(file("11-", a));
		}
		entries.add(new Entry(text("decision.archive.trail"), "12-" + text("decision.archive.trail") + ".xlsx", null,
				trail(d)));

		ZipPackage zip = new ZipPackage();
		zip.add("00-" + text("decision.archive.index") + ".docx", index(d, entries));
		entries.forEach(e -> zip.add(e.file(), e.content()));
		return zip.toBytes();
	}

	private Entry file(String prefix, AttachmentView a) {
		return new Entry(a.category() + "：" + a.fileName(), prefix + a.fileName(),
				a.uploadedAt().atZone(zone).toLocalDate(), attachments.content(a.id()));
	}

	private byte[] index(DecisionView d, List<Entry> entries) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			rows.add(List.of(String.valueOf(i + 1), e.title(), e.file(), e.date() == null ? "—" : GongwenDocx.date(e.date())));
		}
		return new GongwenDocx().issuer(d.orgName())
			.title(text("decision.archive.index-title", d.title()))
			.body(text("decision.archive.index-intro", d.title(), d.year(), text(d.status().messageKey()),
					entries.size()))
			.table(List.of(text("decision.archive.no"), text("decision.archive.item"), text("decision.archive.file-name"),
					text("decision.archive.date")), rows)
			.toBytes();
	}

	private byte[] overview(DecisionView d) {
		List<List<String>> rows = new ArrayList<>();
		for (ProcedureView p : d.procedures()) {
			rows.add(List.of(text(p.procedure().messageKey()), text(p.state().messageKey()),
					p.exemption() == null ? ""
							: text(p.exemption().ground().messageKey()) + "：" + p.exemption().explanation()));
		}
		GongwenDocx doc = new GongwenDocx().issuer(d.orgName())
			.title(d.title())
			.body(text("decision.archive.overview-line", d.orgName(), d.year(), text(d.status().messageKey()),
					d.catalogItemName() == null ? text("decision.archive.none") : d.catalogItemName()))
			.table(List.of(text("decision.procedure"), text("decision.state"), text("decision.exemption")), rows);
		if (d.draftText() != null) {
			doc.heading1(text("decision.draft")).body(d.draftText());
		}
		return doc.toBytes();
	}

	private byte[] comments(ConsultationView c) {
		List<List<?>> rows = new ArrayList<>();
		for (CommentView m : consultationQueries.comments(c.id())) {
			rows.add(List.of(m.number(), m.receivedOn(), text(m.source().messageKey()), m.content(),
					m.hidden() ? m.hiddenReason() : "", m.response() == null ? "" : text(m.response().messageKey()),
					m.responseReason() == null ? "" : m.responseReason()));
		}
		return ExcelExport.write(text("consultation.comments"),
				List.of(text("consultation.comment.number"), text("consultation.comment.received-on"),
						text("consultation.comment.source"), text("consultation.comment.content"),
						text("consultation.hidden"), text("consultation.comment.response"),
						text("consultation.comment.reason")),
				rows);
	}

	private byte[] participation(DecisionView d) {
		GongwenDocx doc = new GongwenDocx().title(text("decision.archive.participation-title", d.title()));
		for (ChannelView ch : d.channels()) {
			doc.heading1(text(ch.kind().messageKey()) + " " + GongwenDocx.date(ch.heldOn())
					+ (ch.untilOn() == null ? "" : "至" + GongwenDocx.date(ch.untilOn())))
				.body(text("consultation.channel.participants") + "：" + ch.participants())
				.body(ch.minutes());
			if (ch.handling() != null) {
				doc.body(text("consultation.channel.handling-label") + "：" + ch.handling());
			}
		}
		return doc.toBytes();
	}

	private byte[] experts(DecisionView d) {
		GongwenDocx doc = new GongwenDocx().title(text("decision.archive.experts-title", d.title()));
		for (ExpertOpinion e : d.experts()) {
			doc.heading1(e.expertName() + "（" + e.affiliation() + "）" + GongwenDocx.date(e.givenOn()))
				.body(e.opinion())
				.body(text(e.form().messageKey()))
				.body(text("decision.archive.expert-declared"));
		}
		if (d.argumentationHandling() != null) {
			doc.heading1(text("decision.experts.handling-label")).body(d.argumentationHandling());
		}
		return doc.toBytes();
	}

	private byte[] meetings(DecisionView d) {
		GongwenDocx doc = new GongwenDocx().title(text("decision.archive.meetings-title", d.title()));
		for (Meeting m : d.meetings()) {
			doc.heading1(m.meeting() + "（" + GongwenDocx.date(m.heldOn()) + "）")
				.body(text("decision.meeting.attendees-label") + "：" + m.attendees())
				.body(text("decision.meeting.discussion-label") + "：" + m.discussion())
				.body(text("decision.meeting.dissent-label") + "：" + m.dissent())
				.body(text("decision.archive.head-line", m.headName(), text(m.outcome().messageKey())));
			if (!m.followsMajority()) {
				doc.body(text("decision.meeting.differing-label") + "：" + m.differingReason());
			}
			if (m.decisionText() != null) {
				doc.body(m.decisionText());
			}
		}
		return doc.toBytes();
	}

	private byte[] trail(DecisionView d) {
		List<AuditEntry> entries = new ArrayList<>(audit.history(DecisionService.ENTITY, d.id().toString()));
		if (d.consultation() != null) {
			entries.addAll(audit.history("consultation", d.consultation().id().toString()));
		}
		if (d.review() != null) {
			entries.addAll(audit.history("review_request", d.review().id().toString()));
		}
		entries.sort(java.util.Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::seq));
		List<List<?>> rows = entries.stream()
			.map(e -> List.<Object>of(TIME.format(e.occurredAt().atZone(zone)), e.actorName(),
					messages.getMessage("audit.action." + e.action(), null, e.action(), Locale.SIMPLIFIED_CHINESE),
					e.summary() == null ? "" : e.summary(), e.hash()))
			.collect(java.util.stream.Collectors.toList());
		return ExcelExport.write(text("decision.archive.trail"),
				List.of(text("audit.time"), text("audit.actor"), text("audit.action"), text("audit.summary"),
						text("decision.archive.hash")),
				rows);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
	}
}
