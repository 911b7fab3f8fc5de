package org.fazhi.normative.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.attachment.AttachmentService;
import org.fazhi.normative.DeliberationOutcome;
import org.fazhi.normative.ConsultationWaiver;
import org.fazhi.normative.DocumentKind;
import org.fazhi.normative.DocumentStatus;
import org.fazhi.normative.Filings;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.normative.NormativeService;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.normative.NormativeService.ReviseDocument;
import org.fazhi.normative.NormativeQueries.Filter;
import org.fazhi.normative.NormativeView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.docs.DocxText;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.fazhi.review.FairCompetition;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 规范性文件: the register and every step of a document's procedure. */
@Controller
@RequestMapping("/normative")
@PreAuthorize("hasAuthority('NORMATIVE_VIEW')")
class NormativeController {

	static final String LIST = "normative/documents";

	static final String TABLE = "normative/partials/document-table";

	static final String DETAIL = "normative/document";

	static final String FORM = "normative/document-form";

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final Filings filings;

	private final AttachmentService attachments;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	NormativeController(NormativeService normative, NormativeQueries registry, Filings filings, AttachmentService attachments,
			OrganizationService orgs, DataScopes scopes, Problems problems, Clock clock) {
		this.normative = normative;
		this.registry = registry;
		this.filings = filings;
		this.attachments = attachments;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record DocumentForm(@NotBlank(message = "{normative.title.required}") @Size(max = 300, message = "{normative.title.size}") String title,
			@NotNull(message = "{normative.kind.required}") DocumentKind kind,
			@NotNull(message = "{normative.org.required}") UUID draftingOrgId,
			@Size(max = 200_000, message = "{normative.text.size}") String text,
			@Size(max = 50_000, message = "{normative.explanation.size}") String explanation,
			@Size(max = 20_000, message = "{normative.basis.size}") String basis, Boolean marketRelated,
			@Min(value = 1, message = "{normative.validity.positive}") @Max(value = 30, message = "{normative.validity.too-long}") Integer validityYears,
			Boolean provisional, @Size(max = 500, message = "{normative.validity.reason-size}") String validityReason,
			ConsultationWaiver consultationWaiver,
			@Size(max = 1000, message = "{normative.waiver.reason-size}") String consultationWaiverReason, Long version) {

		static DocumentForm of(NormativeView d) {
			return new DocumentForm(d.title(), d.kind(), d.orgId(), d.text(), d.explanation(), d.basis(),
					d.marketRelated(), d.validityYears(), d.provisional(), d.validityReason(), d.consultationWaiver(),
					d.consultationWaiverReason(), d.version());
		}

		ReviseDocument revision(String text) {
			return new ReviseDocument(title, text, explanation, basis, Boolean.TRUE.equals(marketRelated), validityYears,
					Boolean.TRUE.equals(provisional), validityReason, consultationWaiver, consultationWaiverReason);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String keyword,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, @RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(status, year, issuer, keyword, kind);
		Page<NormativeView> result = registry.search(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("issuers", registry.issuers());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) DocumentStatus status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String keyword, @RequestParam(required = false) DocumentKind kind) {
		List<NormativeView> all = registry.search(new Filter(status, year, issuer, keyword, kind), scopes.current(),
				Paging.export()).getContent();
		List<? extends List<?>> rows = all.stream()
			.map(d -> List.<Object>of(d.documentNumber() == null ? "" : d.documentNumber(), d.title(),
					problems.text(d.kind().messageKey()), d.orgName(), problems.text(d.status().messageKey()),
					d.promulgatedOn() == null ? "" : d.promulgatedOn(), d.effectiveOn() == null ? "" : d.effectiveOn(),
					d.expiresOn() == null ? "" : d.expiresOn()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("normative.list.title"),
				List.of(problems.text("normative.number"), problems.text("normative.title"),
						problems.text("normative.kind"), problems.text("normative.org"),
						problems.text("normative.status"), problems.text("normative.promulgated-on"),
						problems.text("normative.effective-on"), problems.text("normative.expires-on")),
				rows);
		return ExcelExport.response(problems.text("normative.export.file"), xlsx);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String initCreateForm(Model model) {
		model.addAttribute("form", new DocumentForm("", DocumentKind.DEPARTMENT, CurrentUser.require().orgId(), "", "",
				"", false, null, false, null, null, null, null));
		return formView(false, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String processCreateForm(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		String text = textOf(form, file, result);
		if (form.draftingOrgId() != null && !scopes.current().includesOrg(form.draftingOrgId())) {
			Forms.rejectField(result, "draftingOrgId", "normative.org.outside-scope");
		}
		UUID[] id = new UUID[1];
		if (result.hasErrors() || !Forms.attempt(result, () -> id[0] = normative.create(new CreateDocument(form.title(),
				form.kind(), form.draftingOrgId(), text, form.explanation(), form.basis(),
				Boolean.TRUE.equals(form.marketRelated()), form.validityYears(), Boolean.TRUE.equals(form.provisional()),
				form.validityReason(), form.consultationWaiver(), form.consultationWaiverReason()),
				CurrentUser.require().id()))) {
			return formView(false, model);
		}
		Flash.success(redirect, "normative.created", form.title());
		return "redirect:/normative/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	/** 公开征求意见 on the portal. */
	record PortalConsultationForm(LocalDate opensOn, LocalDate closesOn, String howToComment, String shortReason) {
	}

	/** 公开征求意见 held elsewhere, recorded by hand. */
	record ConsultationForm(String channel, LocalDate from, LocalDate to, Integer comments, String shortReason,
			String summary) {
	}

	record FairCompetitionForm(FairCompetition conclusion, LocalDate on, String note) {
	}

	record DeliberationForm(String meeting, LocalDate date, String attendees, DeliberationOutcome outcome,
			String minutes, String override) {
	}

	record PromulgationForm(String issuerCode, LocalDate promulgatedOn, LocalDate effectiveOn, String documentNumber) {
	}

	/** 废止 or 终止, with its reason. */
	record ReasonForm(String reason) {
	}

	private String detailPage(UUID id, Model model) {
		NormativeView d = visible(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("doc", d);
		model.addAttribute("attachments", attachments.list("normative_document", id.toString()));
		model.addAttribute("outcomes", DeliberationOutcome.values());
		model.addAttribute("fairCompetitionConclusions", FairCompetition.values());
		model.addAttribute("today", today);
		defaults(model, "portalForm", new PortalConsultationForm(today, null, null, null));
		defaults(model, "consultationForm", new ConsultationForm(null, null, null, null, null, null));
		defaults(model, "fairCompetitionForm", new FairCompetitionForm(null, today, null));
		defaults(model, "deliberationForm", new DeliberationForm(null, today, null, DeliberationOutcome.values()[0],
				null, null));
		defaults(model, "promulgationForm", new PromulgationForm(null, today, null, null));
		defaults(model, "repealForm", new ReasonForm(null));
		defaults(model, "abandonForm", new ReasonForm(null));
		return DETAIL;
	}

	private static void defaults(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String initEditForm(@PathVariable UUID id, Model model) {
		NormativeView d = visible(id);
		model.addAttribute("doc", d);
		model.addAttribute("form", DocumentForm.of(d));
		return formView(true, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String processEditForm(@PathVariable UUID id, @Valid @ModelAttribute("form") DocumentForm form,
			BindingResult result, @RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		NormativeView d = visible(id);
		model.addAttribute("doc", d);
		String text = textOf(form, file, result);
		if (result.hasErrors()
				|| !Forms.attempt(result, () -> normative.revise(id, form.revision(text), form.version()))) {
			return formView(true, model);
		}
		Flash.success(redirect, "normative.revised", form.title());
		return "redirect:/normative/" + id;
	}

	@PostMapping("/{id}/consultation")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String consultation(@PathVariable UUID id, @ModelAttribute("consultationForm") ConsultationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.recordConsultation(id, form.channel(), form.from(),
				form.to(), form.comments() == null ? 0 : form.comments(), form.summary(), form.shortReason()),
				"normative.consultation.recorded");
	}

	@PostMapping("/{id}/portal-consultation")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT') and hasAuthority('CONSULTATION_MANAGE')")
	String portalConsultation(@PathVariable UUID id, @ModelAttribute("portalForm") PortalConsultationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.openPortalConsultation(id, form.opensOn(),
				form.closesOn(), form.shortReason(), form.howToComment(), CurrentUser.require().id()),
				"normative.consultation.portal-opened");
	}

	@PostMapping("/{id}/fair-competition")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String fairCompetition(@PathVariable UUID id, @ModelAttribute("fairCompetitionForm") FairCompetitionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.recordFairCompetition(id, form.conclusion(),
				form.note(), form.on(), CurrentUser.require().displayName()), "normative.fair-competition.recorded");
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String submitForReview(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> normative.submitForReview(id, LocalDate.now(clock), CurrentUser.require().id()),
				"normative.review.submitted");
	}

	@PostMapping("/{id}/deliberation")
	@PreAuthorize("hasAnyAuthority('DELIBERATION_RECORD', 'NORMATIVE_MANAGE')")
	String deliberation(@PathVariable UUID id, @ModelAttribute("deliberationForm") DeliberationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.recordDeliberation(id, form.meeting(), form.date(),
				form.attendees(), form.outcome(), form.minutes(), form.override()), "normative.deliberation.recorded");
	}

	@PostMapping("/{id}/promulgation")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String promulgation(@PathVariable UUID id, @ModelAttribute("promulgationForm") PromulgationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.promulgate(id, form.issuerCode(),
				form.promulgatedOn(), form.effectiveOn(), form.documentNumber()), "normative.promulgated");
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String publication(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> normative.publish(id, LocalDate.now(clock)), "normative.published");
	}

	@PostMapping("/{id}/filing")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String filing(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> filings.submit(id, LocalDate.now(clock)), "normative.filed");
	}

	@PostMapping("/{id}/repeal")
	@PreAuthorize("hasAuthority('NORMATIVE_MANAGE')")
	String repeal(@PathVariable UUID id, @ModelAttribute("repealForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.repeal(id, LocalDate.now(clock), form.reason()),
				"normative.repealed");
	}

	@PostMapping("/{id}/abandon")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String abandon(@PathVariable UUID id, @ModelAttribute("abandonForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(result, model, redirect, id, () -> normative.abandon(id, form.reason()), "normative.abandoned");
	}

	@PostMapping("/{id}/amendment")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String amendment(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		try {
			UUID draft = normative.startAmendment(id, CurrentUser.require().id());
			Flash.success(redirect, "normative.amendment.started");
			return "redirect:/normative/" + draft + "/edit";
		}
		catch (FazhiException e) {
			Flash.refused(redirect, problems.text(e));
			return "redirect:/normative/" + id;
		}
	}

	@PostMapping("/{id}/attachments")
	@PreAuthorize("hasAuthority('NORMATIVE_DRAFT')")
	String attach(@PathVariable UUID id, @RequestParam(required = false) String category,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		NormativeView d = visible(id);
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? "" : file.getOriginalFilename();
		return act(redirect, id, () -> attachments.store(d.orgId(), "normative_document", id.toString(),
				category == null || category.isBlank() ? problems.text("normative.attachment.default") : category,
				name, bytes, CurrentUser.require().displayName()), "normative.attachment.added");
	}

	@GetMapping("/{id}/text.docx")
	ResponseEntity<byte[]> officialText(@PathVariable UUID id) {
		NormativeView d = visible(id);
		return Downloads.file((d.documentNumber() == null ? d.title() : d.documentNumber()) + ".docx", Downloads.DOCX,
				normative.officialText(id));
	}

	/** A form on the document's page: refused, the page is shown again with what was typed. */
	private String submit(BindingResult result, Model model, RedirectAttributes redirect, UUID id, Runnable action,
			String success) {
		return Forms.submit(result, action, redirect, "/normative/" + id, () -> detailPage(id, model), success);
	}

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/normative/" + id, action, success);
	}

	private String textOf(DocumentForm form, MultipartFile file, BindingResult result) throws IOException {
		if (file != null && !file.isEmpty()) {
			try {
				return DocxText.extract(file.getInputStream(), "text");
			}
			catch (FazhiException e) {
				Forms.reject(result, e);
				return form.text();
			}
		}
		if (form.text() == null || form.text().isBlank()) {
			Forms.rejectField(result, "text", "normative.text.required");
		}
		return form.text();
	}

	private NormativeView visible(UUID id) {
		NormativeView d = registry.get(id);
		DataScope scope = scopes.current();
		if (!scope.includesRecord(d.orgId(), d.unitId(), d.createdBy())) {
			throw NotFoundException.of("normative_document", id);
		}
		return d;
	}

	private String formView(boolean editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("waivers", List.of(ConsultationWaiver.NOT_AFFECTING_RIGHTS, ConsultationWaiver.CONFIDENTIAL));
		DataScope scope = scopes.current();
		model.addAttribute("orgs", orgs.activeTree().stream().filter(n -> scope.includesOrg(n.org().id())).toList());
		return FORM;
	}
}
