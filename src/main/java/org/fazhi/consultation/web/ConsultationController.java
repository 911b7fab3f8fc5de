package org.fazhi.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationPeriods;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationQueries.Filter;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Actions;
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

/**
 * 征求意见 for staff: the consultations, their comments and responses, the other ways opinions were heard and the
 * adoption summary. Each form is a command record; the service checks its fields, and a refused form comes back with
 * what was typed and the message at the field.
 */
@Controller
@RequestMapping("/consultations")
@PreAuthorize("hasAuthority('CONSULTATION_MANAGE')")
class ConsultationController {

	static final String OWNER = "consultation";

	static final String LIST = "consultation/consultations";

	static final String TABLE = "consultation/partials/consultation-table";

	static final String DETAIL = "consultation/consultation";

	static final String FORM = "consultation/consultation-form";

	private final ConsultationService consultations;

	private final ConsultationQueries queries;

	private final ConsultationPeriods periods;

	private final AttachmentService attachments;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	ConsultationController(ConsultationService consultations, ConsultationQueries queries, ConsultationPeriods periods,
			AttachmentService attachments, DataScopes scopes, Problems problems, Clock clock) {
		this.consultations = consultations;
		this.queries = queries;
		this.periods = periods;
		this.attachments = attachments;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record EditForm(String title, String draftText, String explanation, LocalDate opensOn, LocalDate closesOn,
			String shortReason, String howToComment, Long version) {
	}

	record OfflineForm(String content, String name, LocalDate receivedOn) {
	}

	record RespondForm(UUID commentId, ResponseKind response, String reason, Long version) {
	}

	record VisibilityForm(UUID commentId, String reason) {
	}

	record ChannelForm(ChannelKind kind, LocalDate heldOn, LocalDate untilOn, String place, String participants,
			String minutes, String handling, LocalDate materialsServedOn, LocalDate participantsPublishedOn,
			String shortReason) {

		ChannelRecord record() {
			return new ChannelRecord(kind, heldOn, untilOn, place, participants, minutes, handling, materialsServedOn,
					participantsPublishedOn, shortReason);
		}
	}

	record DiscardForm(String reason) {
	}

	/** What may be done on the page now: the template shows, it does not decide. */
	record Allowed(boolean edit, boolean publish, boolean discard, boolean close, boolean conclude, boolean answer,
			boolean recordComment, boolean recordChannel, boolean attach) {

		static Allowed of(ConsultationView c, LocalDate today) {
			ConsultationStatus s = c.status();
			return new Allowed(s == ConsultationStatus.DRAFT, s == ConsultationStatus.DRAFT,
					s == ConsultationStatus.DRAFT, s == ConsultationStatus.OPEN && today.isAfter(c.closesOn()),
					s == ConsultationStatus.CLOSED, s.answering(), s.answering(), s != ConsultationStatus.CONCLUDED,
					s != ConsultationStatus.CONCLUDED);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) ConsultationStatus status,
			@RequestParam(required = false) ConsultationSubject subject, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String keyword, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, @RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(status, subject, year, keyword);
		Page<ConsultationView> result = queries.search(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("statuses", ConsultationStatus.values());
		model.addAttribute("subjects", ConsultationSubject.values());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) ConsultationStatus status,
			@RequestParam(required = false) ConsultationSubject subject, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String keyword) {
		List<ConsultationView> all = queries
			.search(new Filter(status, subject, year, keyword), scopes.current(), Paging.export())
			.getContent();
		List<? extends List<?>> rows = all.stream()
			.map(c -> List.<Object>of(c.title(), problems.text(c.subject().messageKey()), c.orgName(), c.opensOn(),
					c.closesOn(), problems.text(c.status().messageKey()), c.comments(), c.answered(), c.hidden()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("consultation.list.title"),
				List.of(problems.text("consultation.title"), problems.text("consultation.subject"),
						problems.text("consultation.org"), problems.text("consultation.opens-on"),
						problems.text("consultation.closes-on"), problems.text("consultation.status"),
						problems.text("consultation.comments"), problems.text("consultation.answered"),
						problems.text("consultation.hidden")),
				rows);
		return ExcelExport.response(problems.text("consultation.export.file"), xlsx);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	@GetMapping("/{id}/edit")
	String initEditForm(@PathVariable UUID id, Model model) {
		ConsultationView c = visible(id);
		model.addAttribute("c", c);
		model.addAttribute("form", new EditForm(c.title(), c.draftText(), c.explanation(), c.opensOn(), c.closesOn(),
				c.shortReason(), c.howToComment(), c.version()));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@PathVariable UUID id, @ModelAttribute("form") EditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("c", visible(id));
		return Forms.submit(result, () -> consultations.revise(id, form.title(), form.draftText(), form.explanation(),
				form.opensOn(), form.closesOn(), form.shortReason(), form.howToComment(), form.version()), redirect,
				"/consultations/" + id, () -> FORM, "consultation.revised");
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> consultations.publish(id, LocalDate.now(clock)), "consultation.published");
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id, @ModelAttribute("discardForm") DiscardForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView c = visible(id);
		return Forms.submit(result, () -> consultations.discard(id, form.reason()), redirect, "/consultations",
				() -> detailPage(id, model), "consultation.discarded", c.title());
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> consultations.close(id, LocalDate.now(clock)), "consultation.closed");
	}

	@PostMapping("/{id}/summary")
	String summary(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> consultations.publishSummary(id, LocalDate.now(clock)),
				"consultation.summary.published");
	}

	@GetMapping("/{id}/summary.docx")
	ResponseEntity<byte[]> summaryDocument(@PathVariable UUID id) {
		visible(id);
		return Downloads.file(problems.text("consultation.summary.file"), Downloads.DOCX,
				consultations.summaryDocument(id));
	}

	@GetMapping("/{id}/comments.xlsx")
	ResponseEntity<byte[]> comments(@PathVariable UUID id) {
		ConsultationView c = visible(id);
		List<? extends List<?>> rows = queries.comments(id)
			.stream()
			.map(x -> List.<Object>of(x.number(), x.receipt(), x.receivedOn(), problems.text(x.source().messageKey()),
					x.submitterName() == null ? "" : x.submitterName(),
					x.submitterContact() == null ? "" : x.submitterContact(), x.content(),
					x.hidden() ? problems.text("consultation.comment.hidden-short") + "：" + x.hiddenReason() : "",
					x.response() == null ? "" : problems.text(x.response().messageKey()),
					x.responseReason() == null ? "" : x.responseReason()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("consultation.comments"),
				List.of(problems.text("consultation.comment.number"), problems.text("consultation.comment.receipt"),
						problems.text("consultation.comment.received-on"), problems.text("consultation.comment.source"),
						problems.text("consultation.comment.name"), problems.text("consultation.comment.contact"),
						problems.text("consultation.comment.content"), problems.text("consultation.hidden"),
						problems.text("consultation.comment.response"), problems.text("consultation.comment.reason")),
				rows);
		return ExcelExport.response(problems.text("consultation.comments.file", c.title()), xlsx);
	}

	@PostMapping("/{id}/comments")
	String offlineComment(@PathVariable UUID id, @ModelAttribute("offlineForm") OfflineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> consultations.recordOffline(id, form.content(), form.name(), form.receivedOn()),
				redirect, "/consultations/" + id, () -> detailPage(id, model), "consultation.offline.recorded");
	}

	@PostMapping("/{id}/comments/{commentId}/response")
	String respond(@PathVariable UUID id, @PathVariable UUID commentId,
			@ModelAttribute("respondForm") RespondForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return Forms.submit(result, () -> consultations.respond(commentId, form.response(), form.reason(),
				CurrentUser.require().displayName(), LocalDate.now(clock), form.version()), redirect,
				"/consultations/" + id + "#comment-" + commentId, () -> detailPage(id, model),
				"consultation.respond.saved");
	}

	@PostMapping("/{id}/comments/{commentId}/publish")
	String publishComment(@PathVariable UUID id, @PathVariable UUID commentId, RedirectAttributes redirect) {
		ownComment(id, commentId);
		return Actions.perform(redirect, problems, "/consultations/" + id + "#comment-" + commentId,
				() -> consultations.publishComment(commentId, CurrentUser.require().displayName()),
				"consultation.comment.published");
	}

	@PostMapping("/{id}/comments/{commentId}/hide")
	String hide(@PathVariable UUID id, @PathVariable UUID commentId,
			@ModelAttribute("visibilityForm") VisibilityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return Forms.submit(result,
				() -> consultations.hide(commentId, form.reason(), CurrentUser.require().displayName()), redirect,
				"/consultations/" + id, () -> detailPage(id, model), "consultation.hide.saved");
	}

	@PostMapping("/{id}/comments/{commentId}/reveal")
	String reveal(@PathVariable UUID id, @PathVariable UUID commentId,
			@ModelAttribute("visibilityForm") VisibilityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return Forms.submit(result,
				() -> consultations.reveal(commentId, form.reason(), CurrentUser.require().displayName()), redirect,
				"/consultations/" + id, () -> detailPage(id, model), "consultation.reveal.saved");
	}

	@PostMapping("/{id}/channels")
	String channel(@PathVariable UUID id, @ModelAttribute("channelForm") ChannelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result,
				() -> consultations.addChannel(id, form.record(), CurrentUser.require().displayName()), redirect,
				"/consultations/" + id, () -> detailPage(id, model), "consultation.channel.recorded");
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(required = false) String category,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		ConsultationView c = visible(id);
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? "" : file.getOriginalFilename();
		return act(redirect, id, () -> attachments.store(c.orgId(), OWNER, id.toString(),
				category == null || category.isBlank() ? problems.text("consultation.attachment.default") : category,
				name, bytes, CurrentUser.require().displayName()), "consultation.attachment.added");
	}

	private String detailPage(UUID id, Model model) {
		ConsultationView c = visible(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("c", c);
		model.addAttribute("allowed", Allowed.of(c, today));
		model.addAttribute("rule", periods.rule(c.subject(), c.opensOn()).orElse(null));
		model.addAttribute("earliest", periods.earliestClose(c.subject(), c.opensOn()).orElse(null));
		model.addAttribute("comments", queries.comments(id));
		model.addAttribute("channels", queries.channels(id));
		model.addAttribute("attachments", attachments.list(OWNER, id.toString()));
		model.addAttribute("responses", ResponseKind.values());
		model.addAttribute("channelKinds", ChannelKind.values());
		defaults(model, "offlineForm", new OfflineForm(null, null, today));
		defaults(model, "respondForm", new RespondForm(null, null, null, null));
		defaults(model, "visibilityForm", new VisibilityForm(null, null));
		defaults(model, "channelForm", new ChannelForm(null, null, null, null, null, null, null, null, null, null));
		defaults(model, "discardForm", new DiscardForm(null));
		return DETAIL;
	}

	private static void defaults(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/consultations/" + id, action, success);
	}

	private void ownComment(UUID id, UUID commentId) {
		visible(id);
		CommentView comment = queries.comment(commentId);
		if (!comment.consultationId().equals(id)) {
			throw NotFoundException.of("consultation_comment", commentId);
		}
	}

	private ConsultationView visible(UUID id) {
		ConsultationView c = queries.get(id);
		if (!scopes.current().includesRecord(c.orgId(), c.unitId(), c.createdBy())) {
			throw NotFoundException.of("consultation", id);
		}
		return c;
	}
}
