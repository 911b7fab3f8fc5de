package org.fazhi.decision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.decision.CatalogView;
import org.fazhi.decision.DecisionArchive;
import org.fazhi.decision.DecisionCatalogs;
import org.fazhi.decision.DecisionQueries;
import org.fazhi.decision.DecisionQueries.Filter;
import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ExpertInput;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionService.PartyReportInput;
import org.fazhi.decision.DecisionService.ReviseDecision;
import org.fazhi.decision.DecisionService.RiskInput;
import org.fazhi.decision.DecisionStatus;
import org.fazhi.decision.DecisionView;
import org.fazhi.decision.EvaluationTrigger;
import org.fazhi.decision.ExemptionGround;
import org.fazhi.decision.ExpertForm;
import org.fazhi.decision.MeetingOutcome;
import org.fazhi.decision.Procedure;
import org.fazhi.decision.RiskLevel;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.fazhi.review.FairCompetition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Page;
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

/**
 * 重大行政决策: the register and every procedure of a decision, as pages. Each form is a command record; the service
 * checks its fields, and a refused form comes back with what was typed and the message at the field.
 */
@Controller
@RequestMapping("/decisions")
@PreAuthorize("hasAuthority('DECISION_VIEW')")
class DecisionController {

	static final String LIST = "decision/decisions";

	static final String TABLE = "decision/partials/decision-table";

	static final String DETAIL = "decision/decision";

	static final String CREATE = "decision/decision-form";

	static final String EDIT = "decision/decision-edit";

	private final DecisionService decisions;

	private final DecisionQueries queries;

	private final DecisionCatalogs catalogs;

	private final DecisionArchive archive;

	private final AttachmentService attachments;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	DecisionController(DecisionService decisions, DecisionQueries queries, DecisionCatalogs catalogs,
			DecisionArchive archive, AttachmentService attachments, OrganizationService orgs, DataScopes scopes,
			Problems problems, Clock clock) {
		this.decisions = decisions;
		this.queries = queries;
		this.catalogs = catalogs;
		this.archive = archive;
		this.attachments = attachments;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record CreateForm(String title, Integer year, UUID leadOrgId, UUID catalogItemId, Boolean marketRelated,
			String draftText, String explanation, String basis) {
	}

	record EditForm(String title, String draftText, String explanation, String basis, Boolean marketRelated,
			Boolean reopenReview, Long version) {
	}

	record ConsultationForm(LocalDate opensOn, LocalDate closesOn, String howToComment, String shortReason) {
	}

	record ParticipationForm(ChannelKind kind, LocalDate heldOn, LocalDate untilOn, String place, String participants,
			String minutes, String handling, LocalDate materialsServedOn, LocalDate participantsPublishedOn,
			String shortReason) {

		ChannelRecord record() {
			return new ChannelRecord(kind, heldOn, untilOn, place, participants, minutes, handling, materialsServedOn,
					participantsPublishedOn, shortReason);
		}
	}

	record ExemptForm(Procedure procedure, ExemptionGround ground, String explanation) {
	}

	record RevokeForm(Procedure procedure, String reason) {
	}

	record OpinionForm(String expertName, String affiliation, ExpertForm form, String opinion, LocalDate givenOn,
			Boolean noConflict) {
	}

	record ArgumentationForm(String handling) {
	}

	record RiskForm(String points, String measures, String plans, String assessor, RiskLevel level,
			Boolean controllable, LocalDate doneOn) {
	}

	record FairCompetitionForm(FairCompetition conclusion, String note, LocalDate reviewedOn, String reviewer) {
	}

	record MeetingForm(String meeting, LocalDate heldOn, String attendees, String headName, String discussion,
			String dissent, Boolean headSpokeLast, Boolean followsMajority, String differingReason,
			MeetingOutcome outcome, String decisionText, String override) {
	}

	record PartyForm(LocalDate reportedOn, String reportedTo, String note, String waiver) {
	}

	record PublicationForm(LocalDate publishedOn, String channels, String publicText) {
	}

	record NormativeForm(UUID documentId) {
	}

	record ReportForm(LocalDate reportedOn, String reportingOrg, String content) {
	}

	record EvaluationForm(EvaluationTrigger trigger, String triggerNote, String evaluator, LocalDate startedOn) {
	}

	record CompletionForm(UUID evaluationId, String conclusion, LocalDate completedOn) {
	}

	record AbandonForm(String reason) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) DecisionStatus status,
			@RequestParam(required = false) String keyword, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, @RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(year, status, keyword);
		Page<DecisionView> result = queries.search(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		model.addAttribute("procedures", Procedure.values());
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("statuses", DecisionStatus.values());
		model.addAttribute("canCreate", CurrentUser.require().can("DECISION_MANAGE"));
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) DecisionStatus status, @RequestParam(required = false) String keyword) {
		List<DecisionView> all = queries.search(new Filter(year, status, keyword), scopes.current(), Paging.export())
			.getContent();
		List<? extends List<?>> rows = all.stream().map(d -> {
			List<Object> row = new ArrayList<>(List.of(d.year(), d.title(), d.orgName(),
					problems.text(d.status().messageKey())));
			d.procedures().forEach(p -> row.add(problems.text(p.state().messageKey())));
			row.add(d.decidedOn() == null ? "" : d.decidedOn());
			row.add(d.publishedOn() == null ? "" : d.publishedOn());
			return row;
		}).toList();
		List<String> headers = new ArrayList<>(List.of(problems.text("decision.year"), problems.text("decision.title"),
				problems.text("decision.lead-org"), problems.text("decision.status")));
		for (Procedure p : Procedure.values()) {
			headers.add(problems.text(p.messageKey()));
		}
		headers.add(problems.text("decision.decided-on"));
		headers.add(problems.text("decision.published-on"));
		return ExcelExport.response(problems.text("decision.export.file"),
				ExcelExport.write(problems.text("decision.list.title"), headers, rows));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String initCreateForm(@RequestParam(required = false) UUID item, Model model) {
		UUID lead = CurrentUser.require().orgId();
		String title = "";
		if (item != null) {
			var found = openItems().stream().filter(i -> i.id().equals(item)).findFirst();
			if (found.isPresent()) {
				lead = found.get().leadOrgId();
				title = found.get().name();
			}
		}
		model.addAttribute("form",
				new CreateForm(title, LocalDate.now(clock).getYear(), lead, item, false, "", "", ""));
		return createView(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String processCreateForm(@ModelAttribute("form") CreateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.leadOrgId() != null && !scopes.current().includesOrg(form.leadOrgId())) {
			Forms.rejectField(result, "leadOrgId", "decision.lead-org.outside-scope");
		}
		UUID[] id = new UUID[1];
		String done = Forms.submit(result, () -> id[0] = decisions.create(new CreateDecision(form.title(), form.year(),
				form.leadOrgId(), form.catalogItemId(), Boolean.TRUE.equals(form.marketRelated()), form.draftText(), form.explanation(),
				form.basis()), CurrentUser.require().id()), redirect, "/decisions", () -> createView(model),
				"decision.created", form.title());
		return id[0] == null ? done : "redirect:/decisions/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String initEditForm(@PathVariable UUID id, Model model) {
		DecisionView d = visible(id);
		model.addAttribute("d", d);
		model.addAttribute("allowed", DecisionPage.Allowed.of(d, CurrentUser.require()));
		model.addAttribute("form", new EditForm(d.title(), d.draftText(), d.explanation(), d.basis(),
				d.marketRelated(), false, d.version()));
		return EDIT;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String processEditForm(@PathVariable UUID id, @ModelAttribute("form") EditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		DecisionView d = visible(id);
		model.addAttribute("d", d);
		model.addAttribute("allowed", DecisionPage.Allowed.of(d, CurrentUser.require()));
		return Forms.submit(result, () -> decisions.revise(id, new ReviseDecision(form.title(), form.draftText(),
				form.explanation(), form.basis(), Boolean.TRUE.equals(form.marketRelated()),
				Boolean.TRUE.equals(form.reopenReview())), form.version(),
				LocalDate.now(clock)), redirect, "/decisions/" + id, () -> EDIT, "decision.revised");
	}

	@PostMapping("/{id}/consultation")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String consultation(@PathVariable UUID id, @ModelAttribute("consultationForm") ConsultationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.openConsultation(id, form.opensOn(), form.closesOn(),
				form.shortReason(), form.howToComment(), CurrentUser.require().id(), LocalDate.now(clock)),
				"decision.consultation.opened");
	}

	@PostMapping("/{id}/participation")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String participation(@PathVariable UUID id, @ModelAttribute("participationForm") ParticipationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect,
				() -> decisions.recordParticipation(id, form.record(), CurrentUser.require().displayName()),
				"decision.participation.saved");
	}

	@PostMapping("/{id}/exemptions")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String exempt(@PathVariable UUID id, @ModelAttribute("exemptForm") ExemptForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.exempt(id, form.procedure(), form.ground(),
				form.explanation(), CurrentUser.require().displayName(), LocalDate.now(clock)), "decision.exempt.saved");
	}

	@PostMapping("/{id}/exemptions/revoke")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String revoke(@PathVariable UUID id, @ModelAttribute("revokeForm") RevokeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect,
				() -> decisions.revokeExemption(id, form.procedure(), form.reason()), "decision.exempt.revoked");
	}

	@PostMapping("/{id}/experts")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String expert(@PathVariable UUID id, @ModelAttribute("opinionForm") OpinionForm form, BindingResult result,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		visible(id);
		byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		String by = CurrentUser.require().displayName();
		return submit(id, result, model, redirect, () -> {
			UUID opinionId = decisions.addExpertOpinion(id, new ExpertInput(form.expertName(), form.affiliation(),
					form.form(), form.opinion(), form.givenOn(), Boolean.TRUE.equals(form.noConflict())), by);
			if (bytes != null) {
				decisions.attachSignedOpinion(opinionId, name, bytes, by);
			}
		}, "decision.expert.saved");
	}

	@PostMapping("/{id}/experts/{opinionId}/signed")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String signed(@PathVariable UUID id, @PathVariable UUID opinionId,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		DecisionView d = visible(id);
		if (d.experts().stream().noneMatch(e -> e.id().equals(opinionId))) {
			throw NotFoundException.of("decision_expert_opinion", opinionId);
		}
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? "" : file.getOriginalFilename();
		return Actions.perform(redirect, problems, "/decisions/" + id,
				() -> decisions.attachSignedOpinion(opinionId, name, bytes, CurrentUser.require().displayName()),
				"decision.expert.signed-saved");
	}

	@PostMapping("/{id}/argumentation")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String argumentation(@PathVariable UUID id, @ModelAttribute("argumentationForm") ArgumentationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect,
				() -> decisions.completeArgumentation(id, form.handling(), LocalDate.now(clock)),
				"decision.experts.completed");
	}

	@PostMapping("/{id}/risk")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String risk(@PathVariable UUID id, @ModelAttribute("riskForm") RiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.recordRiskAssessment(id, new RiskInput(form.points(),
				form.measures(), form.plans(), form.assessor(), form.level(), form.controllable(), form.doneOn())),
				"decision.risk.saved");
	}

	@PostMapping("/{id}/fair-competition")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String fairCompetition(@PathVariable UUID id, @ModelAttribute("fairCompetitionForm") FairCompetitionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.recordFairCompetition(id, form.conclusion(),
				form.note(), form.reviewedOn(), form.reviewer()), "decision.fair-competition.saved");
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('DECISION_MANAGE') and hasAuthority('REVIEW_REQUEST')")
	String review(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id,
				() -> decisions.submitForReview(id, LocalDate.now(clock), CurrentUser.require().id()),
				"decision.review.submitted");
	}

	@PostMapping("/{id}/review/resubmit")
	@PreAuthorize("hasAuthority('DECISION_MANAGE') and hasAuthority('REVIEW_REQUEST')")
	String resubmit(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.resubmitForReview(id, LocalDate.now(clock)),
				"decision.review.resubmitted");
	}

	@PostMapping("/{id}/meetings")
	@PreAuthorize("hasAnyAuthority('DELIBERATION_RECORD', 'DECISION_MANAGE')")
	String meeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		MeetingInput input = new MeetingInput(form.meeting(), form.heldOn(), form.attendees(), form.headName(),
				form.discussion(), form.dissent(), Boolean.TRUE.equals(form.headSpokeLast()), !Boolean.FALSE.equals(form.followsMajority()),
				form.differingReason(), form.outcome(), form.decisionText(), form.override());
		return submit(id, result, model, redirect,
				() -> decisions.recordCollectiveDecision(id, input, CurrentUser.require().displayName()),
				"decision.meeting.saved");
	}

	@PostMapping("/{id}/party-report")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String partyReport(@PathVariable UUID id, @ModelAttribute("partyForm") PartyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.recordPartyReport(id, new PartyReportInput(
				form.reportedOn(), form.reportedTo(), form.note(), form.waiver()), CurrentUser.require().displayName()),
				"decision.party-report.saved");
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String publication(@PathVariable UUID id, @ModelAttribute("publicationForm") PublicationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect,
				() -> decisions.publish(id, form.publishedOn(), form.channels(), form.publicText()),
				"decision.published");
	}

	@PostMapping("/{id}/normative")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String normative(@PathVariable UUID id, @ModelAttribute("normativeForm") NormativeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.registerAsNormative(id, form.documentId()),
				"decision.normative.saved");
	}

	@PostMapping("/{id}/reports")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String report(@PathVariable UUID id, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.addReport(id, form.reportedOn(),
				form.reportingOrg(), form.content(), CurrentUser.require().displayName()), "decision.report.saved");
	}

	@PostMapping("/{id}/evaluations")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String evaluation(@PathVariable UUID id, @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.startEvaluation(id, form.trigger(),
				form.triggerNote(), form.evaluator(), form.startedOn(), CurrentUser.require().displayName()),
				"decision.evaluation.started");
	}

	@PostMapping("/{id}/evaluations/{evaluationId}/complete")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String completeEvaluation(@PathVariable UUID id, @PathVariable UUID evaluationId,
			@ModelAttribute("completionForm") CompletionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect,
				() -> decisions.completeEvaluation(id, evaluationId, form.conclusion(), form.completedOn()),
				"decision.evaluation.completed-saved");
	}

	@PostMapping("/{id}/abandon")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String abandon(@PathVariable UUID id, @ModelAttribute("abandonForm") AbandonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return submit(id, result, model, redirect, () -> decisions.abandon(id, form.reason()), "decision.abandoned");
	}

	@PostMapping("/{id}/attachments")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String attach(@PathVariable UUID id, @RequestParam(required = false) String category,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		DecisionView d = visible(id);
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? "" : file.getOriginalFilename();
		return act(redirect, id, () -> attachments.store(d.orgId(), "decision", id.toString(),
				category == null || category.isBlank() ? problems.text("decision.attachment.default") : category, name,
				bytes, CurrentUser.require().displayName()), "decision.attachment.added");
	}

	@GetMapping("/{id}/archive.zip")
	ResponseEntity<byte[]> archive(@PathVariable UUID id) {
		DecisionView d = visible(id);
		return Downloads.file(problems.text("decision.archive.file", d.title()), Downloads.ZIP, archive.archive(id));
	}

	private String detailPage(UUID id, Model model) {
		DecisionView d = visible(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("d", d);
		model.addAttribute("allowed", DecisionPage.Allowed.of(d, CurrentUser.require()));
		model.addAttribute("attachments", attachments.list("decision", id.toString()));
		model.addAttribute("grounds", ExemptionGround.values());
		model.addAttribute("fairOptions", FairCompetition.values());
		model.addAttribute("outcomes", MeetingOutcome.values());
		model.addAttribute("triggers", EvaluationTrigger.values());
		model.addAttribute("expertForms", ExpertForm.values());
		model.addAttribute("riskLevels", RiskLevel.values());
		model.addAttribute("participationKinds", DecisionPage.PARTICIPATION_KINDS);
		DecisionPage.defaults(model, today, CurrentUser.require().displayName());
		return DETAIL;
	}

	private String submit(UUID id, BindingResult result, Model model, RedirectAttributes redirect, Runnable action,
			String success) {
		return Forms.submit(result, action, redirect, "/decisions/" + id, () -> detailPage(id, model), success);
	}

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/decisions/" + id, action, success);
	}

	private List<CatalogView.Item> openItems() {
		DataScope scope = scopes.current();
		Set<UUID> units = new HashSet<>();
		orgs.activeTree()
			.stream()
			.filter(n -> scope.includesOrg(n.org().id()))
			.forEach(n -> units.add(orgs.unitOf(n.org().id()).id()));
		return catalogs.openItems(units);
	}

	private String createView(Model model) {
		DataScope scope = scopes.current();
		model.addAttribute("orgs", orgs.activeTree().stream().filter(n -> scope.includesOrg(n.org().id())).toList());
		model.addAttribute("items", openItems());
		return CREATE;
	}

	private DecisionView visible(UUID id) {
		DecisionView d = queries.get(id);
		if (!scopes.current().includesRecord(d.orgId(), d.unitId(), d.createdBy())) {
			throw NotFoundException.of("decision", id);
		}
		return d;
	}
}
