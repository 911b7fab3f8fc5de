package org.fazhi.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.AttachmentView;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationQueries.Filter;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.consultation.Receipt;
import org.fazhi.decision.DecisionCatalogs;
import org.fazhi.decision.DecisionQueries;
import org.fazhi.decision.DecisionView;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公众参与 on the portal: consultations with their drafts, the comment form with its receipt, the responses and the
 * adoption summaries; and the 重大行政决策 column with the published catalogs and decisions.
 */
@Controller
@RequestMapping("/gk")
class ParticipationController {

	static final String CONSULTATION = "gk/consultation";

	private final ConsultationService consultations;

	private final ConsultationQueries consultationQueries;

	private final DecisionQueries decisions;

	private final DecisionCatalogs catalogs;

	private final AttachmentService attachments;

	private final Problems problems;

	private final Clock clock;

	private final org.fazhi.consultation.ConsultationProperties consultationProperties;

	ParticipationController(ConsultationService consultations, ConsultationQueries consultationQueries,
			DecisionQueries decisions, DecisionCatalogs catalogs,
			AttachmentService attachments, Problems problems, Clock clock,
			org.fazhi.consultation.ConsultationProperties consultationProperties) {
		this.consultationProperties = consultationProperties;
		this.clock = clock;
		this.consultations = consultations;
		this.consultationQueries = consultationQueries;
		this.decisions = decisions;
		this.catalogs = catalogs;
		this.attachments = attachments;
		this.problems = problems;
	}

	@GetMapping("/consultations")
	String consultations(@RequestParam(required = false) ConsultationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size, Model model) {
		ConsultationStatus shown = status == ConsultationStatus.DRAFT ? null : status;
		model.addAttribute("page", consultationQueries.published(new Filter(shown, null, null, null), Paging.clamp(page, Paging.pageSize(size, 20))));
		model.addAttribute("status", shown);
		return "gk/consultations";
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new CommentForm("", "", "", ""));
		return consultationPage(id, model);
	}

	/** The comment form's fields; {@code website} is the honeypot (hidden from people, filled in by robots). */
	record CommentForm(String content, String name, String contact, String website) {
	}

	@PostMapping("/consultations/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) String content,
			@RequestParam(required = false) String name, @RequestParam(required = false) String contact,
			@RequestParam(required = false) String website, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			String receipt = consultations.comment(id,
					new NewComment(content, name, contact, request.getRemoteAddr(), website));
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/gk/consultations/" + id + "/received";
		}
		catch (NotFoundException e) {
			throw e;
		}
		catch (FazhiException e) {
			response.setStatus(e.status().value());
			model.addAttribute("form", new CommentForm(content, name, contact, ""));
			model.addAttribute("refusal", problems.text(e));
			model.addAttribute("refusalField", e.field());
			return consultationPage(id, model);
		}
	}

	@GetMapping("/consultations/{id}/received")
	String received(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/gk/consultations/" + id;
		}
		model.addAttribute("c", publicConsultation(id));
		model.addAttribute("moderation", consultationProperties.moderation());
		return "gk/comment-received";
	}

	@GetMapping("/consultations/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		publicConsultation(id);
		AttachmentView a = attachments.get(fileId);
		if (!a.ownerType().equals("consultation") || !a.ownerId().equals(id.toString())) {
			throw NotFoundException.of("attachment", fileId);
		}
		return Downloads.file(a.fileName(), a.contentType(), attachments.content(fileId));
	}

	@GetMapping("/comments")
	String lookup(@RequestParam(required = false) String receipt, Model model) {
		if (receipt == null || receipt.isBlank()) {
			return "gk/comment-lookup";
		}
		return Receipt.normalize(receipt).map(code -> "redirect:/gk/comments/" + code).orElseGet(() -> {
			model.addAttribute("receipt", receipt);
			model.addAttribute("notFound", true);
			return "gk/comment-lookup";
		});
	}

	@GetMapping("/comments/{receipt}")
	String receipt(@PathVariable String receipt, HttpServletResponse response, Model model) {
		return consultationQueries.byReceipt(receipt).map(r -> {
			model.addAttribute("r", r);
			return "gk/comment";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("receipt", receipt);
			model.addAttribute("notFound", true);
			return "gk/comment-lookup";
		});
	}

	@GetMapping("/decisions")
	String decisions(Model model) {
		model.addAttribute("catalogs", catalogs.published());
		model.addAttribute("decisions", decisions.published(null));
		model.addAttribute("open", consultationQueries
			.published(new Filter(ConsultationStatus.OPEN, ConsultationSubject.MAJOR_DECISION, null, null),
					Paging.clamp(0, 50))
			.getContent());
		model.addAttribute("answered", consultationQueries
			.published(new Filter(ConsultationStatus.CONCLUDED, ConsultationSubject.MAJOR_DECISION, null, null),
					Paging.clamp(0, 50))
			.getContent());
		return "gk/decisions";
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable UUID id, Model model) {
		DecisionView d = decisions.publicDecision(id).orElseThrow(() -> NotFoundException.of("decision", id));
		model.addAttribute("d", d);
		return "gk/decision";
	}

	private String consultationPage(UUID id, Model model) {
		ConsultationView c = publicConsultation(id);
		model.addAttribute("c", c);
		model.addAttribute("comments", consultationQueries.publicComments(id));
		model.addAttribute("files", attachments.list("consultation", id.toString()));
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("notYet", c.status() == ConsultationStatus.OPEN && today.isBefore(c.opensOn()));
		// the days left to comment, the closing day included; none once it has closed
		long left = java.time.temporal.ChronoUnit.DAYS.between(today, c.closesOn()) + 1;
		model.addAttribute("daysLeft", c.acceptingComments() && left > 0 ? left : null);
		return CONSULTATION;
	}

	private ConsultationView publicConsultation(UUID id) {
		return consultationQueries.publicView(id).orElseThrow(() -> NotFoundException.of("consultation", id));
	}
}
