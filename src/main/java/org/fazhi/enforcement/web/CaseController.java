package org.fazhi.enforcement.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.Cases;
import org.fazhi.enforcement.Cases.Evidence;
import org.fazhi.enforcement.Cases.RecordAct;
import org.fazhi.enforcement.Cases.RegisterCase;
import org.fazhi.enforcement.DecisionKind;
import org.fazhi.enforcement.EnforcementPermission;
import org.fazhi.enforcement.EnforcementQueries;
import org.fazhi.enforcement.EnforcementQueries.CaseFilter;
import org.fazhi.enforcement.EnforcementViews.CaseLine;
import org.fazhi.enforcement.EnforcementViews.CaseView;
import org.fazhi.enforcement.MajorGround;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PowerType;
import org.fazhi.enforcement.RecordedAct;
import org.fazhi.enforcement.RevocationKind;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
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

/** 执法案件: the list, 立案, and the case's page with each step's form and its full-process record. */
@Controller
@RequestMapping("/enforcement/cases")
@PreAuthorize("hasAuthority('ENFORCEMENT_VIEW')")
class CaseController {

	private static final String DETAIL = "enforcement/case";

	private final Cases cases;

	private final EnforcementQueries queries;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	CaseController(Cases cases, EnforcementQueries queries, OrganizationService orgs, DataScopes scopes,
			Problems problems, Clock clock) {
		this.cases = cases;
		this.queries = queries;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String keyword, @RequestParam(required = false) PowerType type,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		CaseFilter filter = new CaseFilter(status, year, keyword, type);
		Page<CaseLine> result = queries.cases(filter, scopes.current(), Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return "enforcement/partials/case-table";
		}
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("types", PowerType.values());
		return "enforcement/cases";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String keyword,
			@RequestParam(required = false) PowerType type) {
		List<List<?>> rows = new ArrayList<>();
		for (CaseLine c : queries.cases(new CaseFilter(status, year, keyword, type), scopes.current(), Paging.export())) {
			rows.add(List.of(c.caseNumber(), c.title(), c.bodyName(), c.powerName(), problems.text(c.powerType().messageKey()),
					c.partyShown(), problems.text(c.status().messageKey()), c.major() ? "是" : "否", c.registeredOn(),
					c.decidedOn() == null ? "" : c.decidedOn(), c.decideClock() == null ? "" : c.decideClock().dueDate(),
					c.orgName()));
		}
		byte[] file = ExcelExport.write(problems.text("enforcement.cases.title"), List.of("案号", "案由", "执法主体", "执法事项",
				"类别", "当事人", "环节", "重大执法决定", "立案日期", "决定日期", "决定期限届满", "承办处室"), rows);
		return Downloads.file(problems.text("enforcement.cases.title") + ".xlsx", Downloads.XLSX, file);
	}

	/** 立案: the case, its party and matter, and the two (or more) officers conducting it. */
	record CaseForm(UUID powerId, String title, PartyKind partyKind, String partyName, String partyIdNumber,
			String facts, List<UUID> officerIds, Set<MajorGround> grounds, LocalDate registeredOn) {
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String newCase(Model model) {
		model.addAttribute("form", new CaseForm(null, "", PartyKind.LEGAL_PERSON, "", "", "", List.of(), Set.of(),
				LocalDate.now(clock)));
		return formPage(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String create(@ModelAttribute("form") CaseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		CurrentUser me = CurrentUser.require();
		UUID[] created = new UUID[1];
		if (!result.hasErrors() && Forms.attempt(result, () -> created[0] = cases.register(new RegisterCase(me.orgId(),
				form.powerId(), form.title(), form.partyKind(), form.partyName(), form.partyIdNumber(), form.facts(),
				form.officerIds(), form.grounds() == null ? Set.of() : form.grounds(), form.registeredOn())))) {
			org.fazhi.platform.web.Flash.success(redirect, "enforcement.case.registered");
			return "redirect:/enforcement/cases/" + created[0];
		}
		model.addAttribute(Forms.REFUSED, "form");
		return formPage(model);
	}

	private String formPage(Model model) {
		UUID unit = orgs.unitOf(CurrentUser.require().orgId()).id();
		model.addAttribute("bodies", queries.bodies(unit));
		model.addAttribute("officers", queries.activeOfficers(unit));
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("grounds", EnumSet.of(MajorGround.PUBLIC_INTEREST, MajorGround.COMPLEX, MajorGround.OTHER_STATUTORY));
		return "enforcement/case-form";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	/** What the signed-in user may do on the case's page now. */
	record Allowed(boolean handle, boolean investigate, boolean examine, boolean back, boolean review,
			boolean tellHearing, boolean answerHearing, boolean holdHearing, boolean decide, boolean serve,
			boolean execute, boolean close, boolean revoke, boolean record) {

		static Allowed of(CaseView c, CurrentUser me) {
			boolean h = me.can(EnforcementPermission.ENFORCEMENT_HANDLE);
			CaseStatus s = c.status();
			boolean beforeDecision = s == CaseStatus.INVESTIGATING || s == CaseStatus.EXAMINING;
			boolean reviewOpen = c.reviewId() != null && !c.reviewPassed() && c.reviewStatus() != null
					&& !c.reviewStatus().endsWith("UNLAWFUL");
			return new Allowed(h, h && s == CaseStatus.REGISTERED, h && s == CaseStatus.INVESTIGATING,
					h && s == CaseStatus.EXAMINING, h && s == CaseStatus.EXAMINING && !reviewOpen && !c.reviewPassed(),
					h && beforeDecision && c.hearingToldOn() == null,
					h && c.hearingToldOn() != null && c.hearingRequestedOn() == null && !c.hearingWaived() && beforeDecision,
					h && c.hearingRequestedOn() != null && c.hearingOn() == null && beforeDecision,
					h && s == CaseStatus.EXAMINING, h && s == CaseStatus.DECIDED,
					h && s == CaseStatus.SERVED && c.decisionKind() != null && c.decisionKind().executable(),
					h && (s == CaseStatus.EXECUTED || (s == CaseStatus.SERVED && c.decisionKind() != null
							&& !c.decisionKind().executable())),
					h && c.decidedOn() != null && c.revokedOn() == null, h && s != CaseStatus.CLOSED);
		}
	}

	record DateForm(LocalDate on, Long version) {
	}

	record ExamineForm(BigDecimal fineAmount, Set<MajorGround> grounds, LocalDate on, Long version) {
	}

	record BackForm(String reason, Long version) {
	}

	record ReviewForm(String draftDecision, String explanation, Long version) {
	}

	record HearingAnswerForm(Boolean requested, LocalDate on, Long version) {
	}

	record HearingForm(LocalDate noticeOn, LocalDate hearingOn, Long version) {
	}

	record DecideForm(DecisionKind decisionKind, String decisionText, LocalDate on, Long version) {
	}

	record ServeForm(ServiceMethod serviceMethod, LocalDate on, Long version) {
	}

	record ExecuteForm(String executionNote, LocalDate on, Long version) {
	}

	record RevokeForm(RevocationKind revocationKind, String revocationReason, LocalDate on, Long version) {
	}

	record ActForm(RecordedAct act, String title, String content, LocalDateTime occurredAt, String place,
			List<UUID> officerIds, String checksum, String device) {
	}

	record EvidenceForm(String title, String content, LocalDateTime occurredAt, String place, String checksum,
			String device) {
	}

	record DocumentForm(String title, String content) {
	}

	record CorrectionForm(UUID correctsId, String content) {
	}

	private String detailPage(UUID id, Model model) {
		CaseView c = visible(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("c", c);
		model.addAttribute("today", today);
		model.addAttribute("allowed", Allowed.of(c, CurrentUser.require()));
		model.addAttribute("officers", queries.activeOfficers(orgs.unitOf(c.orgId()).id()));
		model.addAttribute("acts", RecordedAct.values());
		model.addAttribute("decisionKinds", DecisionKind.values());
		model.addAttribute("serviceMethods", ServiceMethod.values());
		model.addAttribute("revocationKinds", RevocationKind.values());
		model.addAttribute("groundChoices", EnumSet.of(MajorGround.PUBLIC_INTEREST, MajorGround.COMPLEX, MajorGround.OTHER_STATUTORY));
		defaults(model, "dateForm", new DateForm(today, c.version()));
		defaults(model, "examineForm", new ExamineForm(c.fineAmount(), c.majorGrounds(), today, c.version()));
		defaults(model, "backForm", new BackForm(null, c.version()));
		defaults(model, "reviewForm", new ReviewForm(c.decisionText(), null, c.version()));
		defaults(model, "hearingAnswerForm", new HearingAnswerForm(null, today, c.version()));
		defaults(model, "hearingForm", new HearingForm(null, today, c.version()));
		defaults(model, "decideForm", new DecideForm(null, c.decisionText(), today, c.version()));
		defaults(model, "serveForm", new ServeForm(null, today, c.version()));
		defaults(model, "executeForm", new ExecuteForm(null, today, c.version()));
		defaults(model, "revokeForm", new RevokeForm(null, null, today, c.version()));
		defaults(model, "actForm", new ActForm(null, null, null, LocalDateTime.now(clock).withSecond(0).withNano(0),
				null, c.officers().stream().map(o -> o.id()).toList(), null, null));
		defaults(model, "evidenceForm", new EvidenceForm(null, null, LocalDateTime.now(clock).withSecond(0).withNano(0),
				null, null, null));
		defaults(model, "documentForm", new DocumentForm(null, null));
		defaults(model, "correctionForm", new CorrectionForm(null, null));
		return DETAIL;
	}

	private static void defaults(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private String step(UUID id, BindingResult result, Runnable action, RedirectAttributes redirect, Model model,
			String success) {
		visible(id);
		return Forms.submit(result, action, redirect, "/enforcement/cases/" + id, () -> detailPage(id, model), success);
	}

	@PostMapping("/{id}/investigate")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String investigate(@PathVariable UUID id, @ModelAttribute("dateForm") DateForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.startInvestigation(id, f.on(), f.version()), redirect, m, "enforcement.step.done");
	}

	@PostMapping("/{id}/examine")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String examine(@PathVariable UUID id, @ModelAttribute("examineForm") ExamineForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.submitForExamination(id, f.fineAmount(), f.grounds(), f.on(), f.version()),
				redirect, m, "enforcement.step.done");
	}

	@PostMapping("/{id}/back")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String back(@PathVariable UUID id, @ModelAttribute("backForm") BackForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.backToInvestigation(id, f.reason(), LocalDate.now(clock), f.version()), redirect,
				m, "enforcement.step.done");
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String review(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.requestReview(id, f.draftDecision(), f.explanation(), LocalDate.now(clock),
				f.version()), redirect, m, "enforcement.review.requested");
	}

	@PostMapping("/{id}/hearing-told")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String hearingTold(@PathVariable UUID id, @ModelAttribute("dateForm") DateForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.tellHearingRight(id, f.on(), f.version()), redirect, m, "enforcement.step.done");
	}

	@PostMapping("/{id}/hearing-answer")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String hearingAnswer(@PathVariable UUID id, @ModelAttribute("hearingAnswerForm") HearingAnswerForm f,
			BindingResult r, Model m, RedirectAttributes redirect) {
		return step(id, r, () -> {
			if (f.requested() == null) {
				throw org.fazhi.platform.InvalidInput.onField("requested", "enforcement.case.hearing-answer-required");
			}
			cases.hearingAnswer(id, f.requested(), f.on(), f.version());
		}, redirect, m, "enforcement.step.done");
	}

	@PostMapping("/{id}/hearing")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String hearing(@PathVariable UUID id, @ModelAttribute("hearingForm") HearingForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.holdHearing(id, f.noticeOn(), f.hearingOn(), f.version()), redirect, m,
				"enforcement.step.done");
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String decide(@PathVariable UUID id, @ModelAttribute("decideForm") DecideForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.decide(id, f.decisionKind(), f.decisionText(), f.on(), f.version()), redirect, m,
				"enforcement.case.decided");
	}

	@PostMapping("/{id}/serve")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String serve(@PathVariable UUID id, @ModelAttribute("serveForm") ServeForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.serve(id, f.serviceMethod(), f.on(), f.version()), redirect, m,
				"enforcement.step.done");
	}

	@PostMapping("/{id}/execute")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String execute(@PathVariable UUID id, @ModelAttribute("executeForm") ExecuteForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.execute(id, f.executionNote(), f.on(), f.version()), redirect, m,
				"enforcement.step.done");
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String close(@PathVariable UUID id, @ModelAttribute("dateForm") DateForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.close(id, f.on(), f.version()), redirect, m, "enforcement.case.closed");
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String revoke(@PathVariable UUID id, @ModelAttribute("revokeForm") RevokeForm f, BindingResult r, Model m,
			RedirectAttributes redirect) {
		return step(id, r, () -> cases.revoke(id, f.revocationKind(), f.revocationReason(), f.on(), f.version()),
				redirect, m, "enforcement.case.revoked");
	}

	@PostMapping("/{id}/acts")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String act(@PathVariable UUID id, @ModelAttribute("actForm") ActForm f, BindingResult r,
			@RequestParam(value = "file", required = false) MultipartFile file, Model m, RedirectAttributes redirect)
			throws IOException {
		Evidence recording = file == null || file.isEmpty() ? null
				: new Evidence(file.getOriginalFilename(), file.getBytes(), f.checksum(), f.device());
		return step(id, r, () -> cases.recordAct(id, new RecordAct(f.act(), f.title(), f.content(), f.occurredAt(),
				f.place(), f.officerIds(), recording)), redirect, m, "enforcement.record.added");
	}

	@PostMapping("/{id}/evidence")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String evidence(@PathVariable UUID id, @ModelAttribute("evidenceForm") EvidenceForm f, BindingResult r,
			@RequestParam(value = "file", required = false) MultipartFile file, Model m, RedirectAttributes redirect)
			throws IOException {
		Evidence e = file == null || file.isEmpty() ? null
				: new Evidence(file.getOriginalFilename(), file.getBytes(), f.checksum(), f.device());
		return step(id, r, () -> cases.addEvidence(id, f.title(), f.content(), f.occurredAt(), f.place(), e), redirect,
				m, "enforcement.record.added");
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String document(@PathVariable UUID id, @ModelAttribute("documentForm") DocumentForm f, BindingResult r,
			@RequestParam(value = "file", required = false) MultipartFile file, Model m, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return step(id, r, () -> cases.addDocument(id, f.title(), f.content(), name, bytes), redirect, m,
				"enforcement.record.added");
	}

	@PostMapping("/{id}/corrections")
	@PreAuthorize("hasAuthority('ENFORCEMENT_HANDLE')")
	String correction(@PathVariable UUID id, @ModelAttribute("correctionForm") CorrectionForm f, BindingResult r,
			Model m, RedirectAttributes redirect) {
		return step(id, r, () -> cases.correct(id, f.correctsId(), f.content()), redirect, m, "enforcement.record.added");
	}

	private CaseView visible(UUID id) {
		UUID[] where = queries.caseOrg(id).orElseThrow(() -> NotFoundException.of("enforcement_case", id));
		DataScope scope = scopes.current();
		if (!scope.includesRecord(where[0], where[1], where[2])) {
			throw NotFoundException.of("enforcement_case", id);
		}
		return queries.caseView(id);
	}
}
