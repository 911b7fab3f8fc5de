package org.fazhi.normative.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.normative.CleanupDecision;
import org.fazhi.normative.Cleanups;
import org.fazhi.normative.DeliberationOutcome;
import org.fazhi.normative.ConsultationWaiver;
import org.fazhi.normative.DocumentKind;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.normative.DocumentStatus;
import org.fazhi.normative.Filings;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.normative.NormativeService;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.normative.NormativeView;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.ReviewView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/normative")
@Tag(name = "规范性文件", description = "起草、提请审查、集体审议、公布、备案、清理")
class NormativeApiController {

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final Filings filings;

	private final Cleanups cleanups;

	private final DataScopes scopes;

	private final Clock clock;

	NormativeApiController(NormativeService normative, NormativeQueries registry, Filings filings, Cleanups cleanups, DataScopes scopes,
			Clock clock) {
		this.normative = normative;
		this.registry = registry;
		this.filings = filings;
		this.cleanups = cleanups;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** @param kind DEPARTMENT（部门行政规范性文件）或 INTERNAL（内部制度，不备案） */
	record Create(@NotBlank(message = "{normative.title.required}") @Size(max = 300, message = "{normative.title.size}") String title,
			@NotNull(message = "{normative.kind.required}") DocumentKind kind,
			@NotNull(message = "{normative.org.required}") UUID draftingOrgId,
			@NotBlank(message = "{normative.text.required}") @Size(max = 200000, message = "{normative.text.size}") String text,
			@Size(max = 50000, message = "{normative.explanation.size}") String explanation,
			@Size(max = 20000, message = "{normative.basis.size}") String basis, Boolean marketRelated,
			@Min(value = 1, message = "{normative.validity.positive}") @Max(value = 30, message = "{normative.validity.too-long}") Integer validityYears,
			Boolean provisional, @Size(max = 500, message = "{normative.validity.reason-size}") String validityReason,
			ConsultationWaiver consultationWaiver,
			@Size(max = 1000, message = "{normative.waiver.reason-size}") String consultationWaiverReason) {
	}

	/** 公开征求意见 held elsewhere (门户以外的渠道) and recorded: its channel, period and comments. */
	record Consultation(@NotBlank(message = "{normative.consultation.channel}") @Size(max = 200, message = "{normative.consultation.channel-size}") String channel,
			@NotNull(message = "{consultation.opens.required}") LocalDate from,
			@NotNull(message = "{consultation.closes.required}") LocalDate to,
			@Min(value = 0, message = "{normative.consultation.comments}") Integer comments,
			@Size(max = 4000, message = "{normative.consultation.summary-size}") String summary,
			@Size(max = 500, message = "{consultation.short-reason.size}") String shortReason) {
	}

	/** @param conclusion PASSES（符合）、EXCEPTION（适用例外）或 FAILS（违反） */
	record FairCompetitionJson(@NotNull(message = "{fair-competition.conclusion.required}") FairCompetition conclusion,
			@Size(max = 2000, message = "{fair-competition.note.size}") String note,
			@NotNull(message = "{fair-competition.date.required}") LocalDate on) {
	}

	record Created(UUID id, DocumentStatus status) {
	}

	/** @param due the review's due date, {@code null} when its rule sets only a minimum; {@code earliest} then */
	record Submitted(UUID reviewId, LocalDate due, LocalDate earliest) {
	}

	/** @param outcome PASSED（通过）、PASSED_WITH_CHANGES（修改后通过）或 REJECTED（不通过） */
	record Deliberation(@NotBlank(message = "{normative.deliberation.meeting}") @Size(max = 200, message = "{normative.deliberation.meeting-size}") String meeting,
			@NotNull(message = "{normative.deliberation.date}") LocalDate date,
			@NotNull(message = "{normative.deliberation.outcome}") DeliberationOutcome outcome, String attendees,
			String minutes, String override) {
	}

	record Promulgation(@NotBlank(message = "{normative.number.issuer-required}") String issuerCode,
			@NotNull(message = "{normative.promulgation.date-required}") LocalDate promulgatedOn,
			@NotNull(message = "{normative.promulgation.effective-required}") LocalDate effectiveOn,
			String documentNumber) {
	}

	record Promulgated(String documentNumber) {
	}

	record CleanupDecisionJson(@NotNull(message = "{cleanup.proposal.required}") CleanupDecision decision, String reason) {
	}

	@PostMapping("/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	@Operation(summary = "起草规范性文件")
	Created create(@Valid @RequestBody Create body) {
		if (!scopes.current().includesOrg(body.draftingOrgId())) {
			throw org.fazhi.platform.InvalidInput.onField("draftingOrgId", "normative.org.outside-scope");
		}
		UUID id = normative.create(new CreateDocument(body.title(), body.kind(), body.draftingOrgId(), body.text(),
				body.explanation(), body.basis(), Boolean.TRUE.equals(body.marketRelated()), body.validityYears(),
				Boolean.TRUE.equals(body.provisional()), body.validityReason(), body.consultationWaiver(),
				body.consultationWaiverReason()), CurrentUser.require().id());
		return new Created(id, registry.get(id).status());
	}

	@PostMapping("/documents/{id}/consultation")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	@Operation(summary = "记录公开征求意见", description = "期限按征求意见开始之日有效的规则检查：一般不少于7个工作日；涉及市场主体的不少于30日（2020年1月1日起）")
	NormativeView consultation(@PathVariable UUID id, @Valid @RequestBody Consultation body) {
		visible(id);
		normative.recordConsultation(id, body.channel(), body.from(), body.to(),
				body.comments() == null ? 0 : body.comments(), body.summary(), body.shortReason());
		return registry.get(id);
	}

	@PostMapping("/documents/{id}/fair-competition")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	@Operation(summary = "记录公平竞争审查结论", description = "涉及市场主体经济活动的文件，提请合法性审查前须审查现行草稿")
	NormativeView fairCompetition(@PathVariable UUID id, @Valid @RequestBody FairCompetitionJson body) {
		visible(id);
		normative.recordFairCompetition(id, body.conclusion(), body.note(), body.on(), CurrentUser.require().displayName());
		return registry.get(id);
	}

	@GetMapping("/documents/{id}")
	@PreAuthorize("hasAuthority('NORMATIVE_VIEW')")
	@Operation(summary = "规范性文件", description = "状态、审查、期限（含届满日）、备案情况")
	NormativeView get(@PathVariable UUID id) {
		return visible(id);
	}

	@PostMapping("/documents/{id}/review")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	@Operation(summary = "提请合法性审查（今日送审）")
	Submitted review(@PathVariable UUID id) {
		visible(id);
		ReviewView review = normative.submitForReview(id, LocalDate.now(clock), CurrentUser.require().id());
		return new Submitted(review.id(), review.dueDate(), review.earliestDate());
	}

	@PostMapping("/documents/{id}/deliberation")
	@PreAuthorize("hasAnyAuthority('DELIBERATION_RECORD', 'NORMATIVE_MANAGE')")
	@Operation(summary = "记录集体审议", description = "未经合法性审查或审查不合法的，返回 409（国办发〔2018〕37号 二（六））")
	NormativeView deliberation(@PathVariable UUID id, @Valid @RequestBody Deliberation body) {
		visible(id);
		normative.recordDeliberation(id, body.meeting(), body.date(), body.attendees(), body.outcome(), body.minutes(),
				body.override());
		return registry.get(id);
	}

	@PostMapping("/documents/{id}/promulgation")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	@Operation(summary = "公布", description = "按发文机关代字和年度顺序编号，如 内科发政字〔2019〕12号")
	Promulgated promulgation(@PathVariable UUID id, @Valid @RequestBody Promulgation body) {
		visible(id);
		DocumentNumber number = normative.promulgate(id, body.issuerCode(), body.promulgatedOn(), body.effectiveOn(),
				body.documentNumber());
		return new Promulgated(number.toString());
	}

	@PostMapping("/documents/{id}/publication")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	@Operation(summary = "在门户网站公开")
	NormativeView publication(@PathVariable UUID id) {
		visible(id);
		normative.publish(id, LocalDate.now(clock));
		return registry.get(id);
	}

	@PostMapping("/documents/{id}/filing")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	@Operation(summary = "报送备案", description = "内部制度不备案，返回 409")
	Map<String, UUID> filing(@PathVariable UUID id) {
		visible(id);
		return Map.of("filingId", filings.submit(id, LocalDate.now(clock)));
	}

	@PostMapping("/cleanups/{cleanupId}/documents/{documentId}/decision")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	@Operation(summary = "清理决定（由法规处确认）", description = "不在本次清理范围内的文件返回 409")
	Map<String, String> cleanupDecision(@PathVariable UUID cleanupId, @PathVariable UUID documentId,
			@Valid @RequestBody CleanupDecisionJson body) {
		String by = CurrentUser.require().displayName();
		LocalDate today = LocalDate.now(clock);
		cleanups.propose(cleanupId, documentId, body.decision(), body.reason(), by, today);
		cleanups.confirm(cleanupId, documentId, body.decision(), by, today);
		return Map.of("decision", body.decision().name());
	}

	private NormativeView visible(UUID id) {
		NormativeView d = registry.get(id);
		DataScope scope = scopes.current();
		if (!scope.includesRecord(d.orgId(), d.unitId(), d.createdBy())) {
			throw NotFoundException.of("normative_document", id);
		}
		return d;
	}
}
