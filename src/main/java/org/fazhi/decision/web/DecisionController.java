package org.fazhi.decision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.attachment.AttachmentService;
import org.fazhi.decision.DecisionArchive;
import org.fazhi.decision.DecisionCatalogs;
import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ExpertInput;
import org.fazhi.decision.DecisionService.Filter;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionService.RiskInput;
import org.fazhi.decision.DecisionStatus;
import org.fazhi.decision.DecisionView;
import org.fazhi.decision.EvaluationTrigger;
import org.fazhi.decision.ExemptionGround;
import org.fazhi.decision.FairCompetition;
import org.fazhi.decision.MeetingOutcome;
import org.fazhi.decision.Procedure;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 重大行政决策: the register and every procedure of a decision, as pages. */
@Controller
@RequestMapping("/decisions")
@PreAuthorize("hasAuthority('DECISION_VIEW')")
class DecisionController {

	private final DecisionService decisions;

	private final DecisionCatalogs catalogs;

	private final DecisionArchive archive;

	private final AttachmentService attachments;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	DecisionController(DecisionService decisions, DecisionCatalogs catalogs, DecisionArchive archive,
			AttachmentService attachments, OrganizationService orgs, DataScopes scopes, Problems problems,
			Clock clock) {
		this.decisions = decisions;
		this.catalogs = catalogs;
		this.archive = archive;
		this.attachments = attachments;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record DecisionForm(@NotBlank(message = "{decision.title.required}") @Size(max = 300, message = "{decision.title.size}") String title,
			@NotNull(message = "{decision.year.required}") @Min(value = 2000, message = "{decision.year.range}") @Max(value = 2100, message = "{decision.year.range}") Integer year,
			@NotNull(message = "{decision.lead-org.required}") UUID leadOrgId, UUID catalogItemId, Boolean marketRelated,
			String draftText, String explanation) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) DecisionStatus status,
			@RequestParam(required = false) String keyword, @RequestParam(defaultValue = "0") int page, Model model) {
		Filter filter = new Filter(year, status, keyword);
		model.addAttribute("page", decisions.search(filter, scopes.current(), Paging.clamp(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", DecisionStatus.values());
		model.addAttribute("procedures", Procedure.values());
		return "decision/decisions";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) DecisionStatus status, @RequestParam(required = false) String keyword) {
		List<DecisionView> all = decisions.search(new Filter(year, status, keyword), scopes.current(),
				Paging.clamp(0, 100_000)).getContent();
		List<? extends List<?>> rows = all.stream().map(d -> {
			List<Object> row = new java.util.ArrayList<>(List.of(d.year(), d.title(), d.orgName(),
					problems.text(d.status().messageKey())));
			d.procedures().forEach(p -> row.add(problems.text(p.state().messageKey())));
			row.add(d.decidedOn() == null ? "" : d.decidedOn());
			row.add(d.publishedOn() == null ? "" : d.publishedOn());
			return row;
		}).toList();
		List<String> headers = new java.util.ArrayList<>(List.of(problems.text("decision.year"),
				problems.text("decision.title"), problems.text("decision.lead-org"), problems.text("decision.status")));
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
				new DecisionForm(title, LocalDate.now(clock).getYear(), lead, item, false, "", ""));
		return formView(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String processCreateForm(@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.leadOrgId() != null && !scopes.current().includesOrg(form.leadOrgId())) {
			result.rejectValue("leadOrgId", "decision.lead-org.outside-scope");
		}
		UUID[] id = new UUID[1];
		if (result.hasErrors() || !Forms.attempt(result, () -> id[0] = decisions.create(new CreateDecision(form.title(),
				form.year(), form.leadOrgId(), form.catalogItemId(), Boolean.TRUE.equals(form.marketRelated()),
				form.draftText(), form.explanation()), CurrentUser.require().id()))) {
			return formView(model);
		}
		Flash.success(redirect, "decision.created", form.title());
		return "redirect:/decisions/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		DecisionView d = visible(id);
		model.addAttribute("d", d);
		model.addAttribute("missing", d.status() == DecisionStatus.DRAFTING ? decisions.missingForDecision(id) : List.of());
		model.addAttribute("attachments", attachments.list("decision", id.toString()));
		model.addAttribute("grounds", ExemptionGround.values());
		model.addAttribute("fairOptions", FairCompetition.values());
		model.addAttribute("outcomes", MeetingOutcome.values());
		model.addAttribute("triggers", EvaluationTrigger.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "decision/decision";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String initEditForm(@PathVariable UUID id, Model model) {
		DecisionView d = visible(id);
		model.addAttribute("d", d);
		model.addAttribute("form", new DecisionForm(d.title(), d.year(), d.orgId(), d.catalogItemId(),
				d.marketRelated(), d.draftText(), d.explanation()));
		return "decision/decision-edit";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String processEditForm(@PathVariable UUID id, @Valid @ModelAttribute("form") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DecisionView d = visible(id);
		model.addAttribute("d", d);
		if (result.hasErrors() || !Forms.attempt(result, () -> decisions.revise(id, form.title(), form.draftText(),
				form.explanation(), Boolean.TRUE.equals(form.marketRelated())))) {
			return "decision/decision-edit";
		}
		Flash.success(redirect, "decision.revised");
		return "redirect:/decisions/" + id;
	}

	@PostMapping("/{id}/consultation")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String consultation(@PathVariable UUID id, @RequestParam(required = false) LocalDate opensOn,
			@RequestParam(required = false) LocalDate closesOn, @RequestParam(required = false) String shortReason,
			@RequestParam(required = false) String howToComment, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.openConsultation(id, opensOn, closesOn, shortReason, howToComment,
				CurrentUser.require().id(), LocalDate.now(clock)), "decision.consultation.opened");
	}

	@PostMapping("/{id}/exemptions")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String exempt(@PathVariable UUID id, @RequestParam(required = false) Procedure procedure,
			@RequestParam(required = false) ExemptionGround ground, @RequestParam(required = false) String explanation,
			RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id,
				() -> decisions.exempt(id, procedure, ground, explanation, CurrentUser.require().displayName(),
						LocalDate.now(clock)),
				"decision.exempt.saved");
	}

	@PostMapping("/{id}/exemptions/revoke")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) Procedure procedure,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.revokeExemption(id, procedure, reason), "decision.exempt.revoked");
	}

	@PostMapping("/{id}/experts")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String expert(@PathVariable UUID id, @RequestParam(required = false) String expertName,
			@RequestParam(required = false) String affiliation, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) LocalDate givenOn, @RequestParam(required = false) Boolean noConflict,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		visible(id);
		byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		String by = CurrentUser.require().displayName();
		return act(redirect, id, () -> {
			UUID opinionId = decisions.addExpertOpinion(id,
					new ExpertInput(expertName, affiliation, opinion, givenOn, Boolean.TRUE.equals(noConflict)), by);
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
		return act(redirect, id,
				() -> decisions.attachSignedOpinion(opinionId, name, bytes, CurrentUser.require().displayName()),
				"decision.expert.signed-saved");
	}

	@PostMapping("/{id}/argumentation")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String argumentation(@PathVariable UUID id, @RequestParam(required = false) String handling,
			RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.completeArgumentation(id, handling, LocalDate.now(clock)), "decision.experts.completed");
	}

	@PostMapping("/{id}/risk")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String risk(@PathVariable UUID id, @RequestParam(required = false) String points,
			@RequestParam(required = false) String measures, @RequestParam(required = false) String plans,
			@RequestParam(required = false) String assessor, @RequestParam(required = false) String level,
			RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id,
				() -> decisions.recordRiskAssessment(id, new RiskInput(points, measures, plans, assessor, level),
						LocalDate.now(clock)),
				"decision.risk.saved");
	}

	@PostMapping("/{id}/fair-competition")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String fairCompetition(@PathVariable UUID id, @RequestParam(required = false) FairCompetition conclusion,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.recordFairCompetition(id, conclusion, note, LocalDate.now(clock)),
				"decision.fair-competition.saved");
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('DECISION_MANAGE') and hasAuthority('REVIEW_REQUEST')")
	String review(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id,
				() -> decisions.submitForReview(id, LocalDate.now(clock), CurrentUser.require().id()),
				"decision.review.submitted");
	}

	@PostMapping("/{id}/meetings")
	@PreAuthorize("hasAnyAuthority('DELIBERATION_RECORD', 'DECISION_MANAGE')")
	String meeting(@PathVariable UUID id, @RequestParam(required = false) String meeting,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) String attendees,
			@RequestParam(required = false) String headName, @RequestParam(required = false) String discussion,
			@RequestParam(required = false) String dissent, @RequestParam(required = false) Boolean headSpokeLast,
			@RequestParam(required = false) Boolean followsMajority,
			@RequestParam(required = false) String differingReason,
			@RequestParam(required = false) MeetingOutcome outcome,
			@RequestParam(required = false) String decisionText, @RequestParam(required = false) String override,
			RedirectAttributes redirect) {
		visible(id);
		MeetingInput input = new MeetingInput(meeting, heldOn, attendees, headName, discussion, dissent,
				Boolean.TRUE.equals(headSpokeLast), !Boolean.FALSE.equals(followsMajority), differingReason, outcome,
				decisionText, override);
		return act(redirect, id,
				() -> decisions.recordCollectiveDecision(id, input, CurrentUser.require().displayName()),
				"decision.meeting.saved");
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String publication(@PathVariable UUID id, @RequestParam(required = false) String channels,
			@RequestParam(required = false) String publicText, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.publish(id, LocalDate.now(clock), channels, publicText),
				"decision.published");
	}

	@PostMapping("/{id}/reports")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String report(@PathVariable UUID id, @RequestParam(required = false) LocalDate reportedOn,
			@RequestParam(required = false) String reportingOrg, @RequestParam(required = false) String content,
			RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.addReport(id, reportedOn, reportingOrg, content,
				CurrentUser.require().displayName()), "decision.report.saved");
	}

	@PostMapping("/{id}/evaluations")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String evaluation(@PathVariable UUID id, @RequestParam(required = false) EvaluationTrigger trigger,
			@RequestParam(required = false) String triggerNote, @RequestParam(required = false) String evaluator,
			@RequestParam(required = false) LocalDate startedOn, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.startEvaluation(id, trigger, triggerNote, evaluator, startedOn,
				CurrentUser.require().displayName()), "decision.evaluation.started");
	}

	@PostMapping("/{id}/evaluations/{evaluationId}/complete")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String completeEvaluation(@PathVariable UUID id, @PathVariable UUID evaluationId,
			@RequestParam(required = false) String conclusion, @RequestParam(required = false) LocalDate completedOn,
			RedirectAttributes redirect) {
		DecisionView d = visible(id);
		if (d.evaluations().stream().noneMatch(e -> e.id().equals(evaluationId))) {
			throw NotFoundException.of("decision_evaluation", evaluationId);
		}
		return act(redirect, id, () -> decisions.completeEvaluation(evaluationId, conclusion, completedOn),
				"decision.evaluation.completed-saved");
	}

	@PostMapping("/{id}/abandon")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String abandon(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> decisions.abandon(id, reason), "decision.abandoned");
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

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/decisions/" + id, action, success);
	}

	private List<org.fazhi.decision.CatalogView.Item> openItems() {
		DataScope scope = scopes.current();
		Set<UUID> units = new java.util.HashSet<>();
		orgs.activeTree()
			.stream()
			.filter(n -> scope.includesOrg(n.org().id()))
			.forEach(n -> units.add(orgs.unitOf(n.org().id()).id()));
		return catalogs.openItems(units);
	}

	private String formView(Model model) {
		DataScope scope = scopes.current();
		model.addAttribute("orgs", orgs.activeTree().stream().filter(n -> scope.includesOrg(n.org().id())).toList());
		model.addAttribute("items", openItems());
		return "decision/decision-form";
	}

	private DecisionView visible(UUID id) {
		DecisionView d = decisions.get(id);
		DataScope scope = scopes.current();
		if (!scope.includesRecord(d.orgId(), d.unitId(), d.createdBy())) {
			throw NotFoundException.of("decision", id);
		}
		return d;
	}
}
