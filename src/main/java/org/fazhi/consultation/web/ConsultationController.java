package org.fazhi.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.attachment.AttachmentService;
import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationService.Filter;
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

/** 征求意见 for staff: the consultations, their comments and responses, offline channels and the adoption summary. */
@Controller
@RequestMapping("/consultations")
@PreAuthorize("hasAuthority('CONSULTATION_MANAGE')")
class ConsultationController {

	static final String OWNER = "consultation";

	private final ConsultationService consultations;

	private final AttachmentService attachments;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	ConsultationController(ConsultationService consultations, AttachmentService attachments, DataScopes scopes, Problems problems, Clock clock) {
		this.consultations = consultations;
		this.attachments = attachments;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record EditForm(@NotBlank(message = "{consultation.title.required}") @Size(max = 300, message = "{consultation.title.size}") String title,
			@NotBlank(message = "{consultation.text.required}") String draftText, String explanation,
			@NotNull(message = "{consultation.opens.required}") LocalDate opensOn,
			@NotNull(message = "{consultation.closes.required}") LocalDate closesOn,
			@Size(max = 500, message = "{consultation.short-reason.size}") String shortReason,
			@Size(max = 1000, message = "{consultation.how.size}") String howToComment) {
	}

	@GetMapping
	String list(@RequestParam(required = false) ConsultationStatus status,
			@RequestParam(required = false) ConsultationSubject subject, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String keyword, @RequestParam(defaultValue = "0") int page, Model model) {
		Filter filter = new Filter(status, subject, year, keyword);
		model.addAttribute("page", consultations.search(filter, scopes.current(), Paging.clamp(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ConsultationStatus.values());
		model.addAttribute("subjects", ConsultationSubject.values());
		return "consultation/consultations";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) ConsultationStatus status,
			@RequestParam(required = false) ConsultationSubject subject, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String keyword) {
		List<ConsultationView> all = consultations
			.search(new Filter(status, subject, year, keyword), scopes.current(), Paging.clamp(0, 100_000))
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
		ConsultationView c = visible(id);
		model.addAttribute("c", c);
		model.addAttribute("rule", consultations.periodRule(c.subject(), c.opensOn()).orElse(null));
		model.addAttribute("earliest", consultations.earliestClose(c.subject(), c.opensOn()).orElse(null));
		model.addAttribute("comments", consultations.comments(id));
		model.addAttribute("channels", consultations.channels(id));
		model.addAttribute("attachments", attachments.list(OWNER, id.toString()));
		model.addAttribute("responses", ResponseKind.values());
		model.addAttribute("channelKinds", ChannelKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "consultation/consultation";
	}

	@GetMapping("/{id}/edit")
	String initEditForm(@PathVariable UUID id, Model model) {
		ConsultationView c = visible(id);
		model.addAttribute("c", c);
		model.addAttribute("form", new EditForm(c.title(), c.draftText(), c.explanation(), c.opensOn(), c.closesOn(),
				c.shortReason(), c.howToComment()));
		return "consultation/consultation-form";
	}

	@PostMapping("/{id}/edit")
	String processEditForm(@PathVariable UUID id, @Valid @ModelAttribute("form") EditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView c = visible(id);
		model.addAttribute("c", c);
		if (result.hasErrors() || !Forms.attempt(result, () -> consultations.revise(id, form.title(), form.draftText(),
				form.explanation(), form.opensOn(), form.closesOn(), form.shortReason(), form.howToComment()))) {
			return "consultation/consultation-form";
		}
		Flash.success(redirect, "consultation.revised");
		return "redirect:/consultations/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> consultations.publish(id, LocalDate.now(clock)), "consultation.published");
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		ConsultationView c = visible(id);
		try {
			consultations.discard(id, reason);
			Flash.success(redirect, "consultation.discarded", c.title());
			return "redirect:/consultations";
		}
		catch (org.fazhi.platform.FazhiException e) {
			Flash.refused(redirect, problems.text(e));
			return "redirect:/consultations/" + id;
		}
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
		List<? extends List<?>> rows = consultations.comments(id)
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
	String offlineComment(@PathVariable UUID id, @RequestParam(required = false) String content,
			@RequestParam(required = false) String name, @RequestParam(required = false) LocalDate receivedOn,
			RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id, () -> consultations.recordOffline(id, content, name, receivedOn),
				"consultation.offline.recorded");
	}

	@PostMapping("/{id}/comments/{commentId}/response")
	String respond(@PathVariable UUID id, @PathVariable UUID commentId,
			@RequestParam(required = false) ResponseKind response, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return act(redirect, id,
				() -> consultations.respond(commentId, response, reason, CurrentUser.require().displayName()),
				"consultation.respond.saved");
	}

	@PostMapping("/{id}/comments/{commentId}/hide")
	String hide(@PathVariable UUID id, @PathVariable UUID commentId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return act(redirect, id, () -> consultations.hide(commentId, reason, CurrentUser.require().displayName()),
				"consultation.hide.saved");
	}

	@PostMapping("/{id}/comments/{commentId}/reveal")
	String reveal(@PathVariable UUID id, @PathVariable UUID commentId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		ownComment(id, commentId);
		return act(redirect, id, () -> consultations.reveal(commentId, reason, CurrentUser.require().displayName()),
				"consultation.reveal.saved");
	}

	@PostMapping("/{id}/channels")
	String channel(@PathVariable UUID id, @RequestParam(required = false) ChannelKind kind,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) LocalDate materialsServedOn,
			@RequestParam(required = false) LocalDate participantsPublishedOn, RedirectAttributes redirect) {
		visible(id);
		return act(redirect, id,
				() -> consultations.addChannel(id, new ChannelRecord(kind, heldOn, place, participants, minutes,
						materialsServedOn, participantsPublishedOn), CurrentUser.require().displayName()),
				"consultation.channel.recorded");
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

	private String act(RedirectAttributes redirect, UUID id, Runnable action, String success) {
		return Actions.perform(redirect, problems, "/consultations/" + id, action, success);
	}

	private void ownComment(UUID id, UUID commentId) {
		visible(id);
		CommentView comment = consultations.comment(commentId);
		if (!comment.consultationId().equals(id)) {
			throw NotFoundException.of("consultation_comment", commentId);
		}
	}

	private ConsultationView visible(UUID id) {
		ConsultationView c = consultations.get(id);
		if (!scopes.current().includesRecord(c.orgId(), c.unitId(), c.createdBy())) {
			throw NotFoundException.of("consultation", id);
		}
		return c;
	}
}
