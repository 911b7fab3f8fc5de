package org.fazhi.review.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Forbidden;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.Permission;
import org.fazhi.platform.docs.DocxText;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.Filter;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
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

/** 合法性审查: the legal division's queue, a review's page with its findings, and the drafter's side. */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasAnyAuthority('REVIEW_PERFORM', 'REVIEW_REQUEST')")
class ReviewController {

	static final String LIST = "review/reviews";

	static final String TABLE = "review/partials/review-table";

	static final String DETAIL = "review/review";

	static final String FORM = "review/review-form";

	private final ReviewService reviews;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	ReviewController(ReviewService reviews, DataScopes scopes, Problems problems, Clock clock) {
		this.reviews = reviews;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record SubmitForm(@NotNull(message = "{review.subject.required}") ReviewSubject subject,
			@NotBlank(message = "{review.title.required}") @Size(max = 300, message = "{review.title.size}") String title,
			String draftText, String explanation, String basis, String consultationSummary) {
	}

	@GetMapping
	String queue(@RequestParam(required = false) ReviewStatus status, @RequestParam(required = false) ReviewSubject subject,
			@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ReviewOutcome outcome, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(status, subject, keyword, year, outcome);
		Page<ReviewView> result = reviews.queue(filter, scopes.current(), Paging.clamp(page, 20));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("statuses", ReviewStatus.values());
		model.addAttribute("subjects", ReviewSubject.values());
		model.addAttribute("outcomes", ReviewOutcome.values());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) ReviewStatus status,
			@RequestParam(required = false) ReviewSubject subject, @RequestParam(required = false) String keyword,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) ReviewOutcome outcome) {
		List<ReviewView> all = reviews.queue(new Filter(status, subject, keyword, year, outcome), scopes.current(),
				Paging.clamp(0, 100_000)).getContent();
		List<? extends List<?>> rows = all.stream()
			.map(r -> List.<Object>of(r.title(), problems.text(r.subject().messageKey()), r.orgName(), r.submittedOn(),
					r.dueDate() == null ? "" : r.dueDate(), problems.text(r.status().messageKey()),
					r.outcome() == null ? "" : problems.text(r.outcome().messageKey()),
					r.documentNumber() == null ? "" : r.documentNumber(),
					r.completedOn() == null ? "" : r.completedOn(), r.reviewerName() == null ? "" : r.reviewerName()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("review.list.title"),
				List.of(problems.text("review.title"), problems.text("review.subject"), problems.text("review.org"),
						problems.text("review.submitted-on"), problems.text("review.due"), problems.text("review.status"),
						problems.text("review.outcome"), problems.text("review.number"),
						problems.text("review.completed-on"), problems.text("review.reviewer")),
				rows);
		return ExcelExport.response(problems.text("review.export.file"), xlsx);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String initSubmitForm(Model model) {
		model.addAttribute("form", new SubmitForm(ReviewSubject.REPORT, "", "", "", "", ""));
		return formView(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String processSubmitForm(@Valid @ModelAttribute("form") SubmitForm form, BindingResult result,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (form.subject() == ReviewSubject.NORMATIVE_DOCUMENT || form.subject() == ReviewSubject.MAJOR_DECISION) {
			result.rejectValue("subject", "review.subject.own-module");
		}
		String text = form.draftText();
		if (file != null && !file.isEmpty()) {
			byte[] bytes = file.getBytes();
			try {
				text = DocxText.extract(bytes, "draftText");
			}
			catch (org.fazhi.platform.FazhiException e) {
				Forms.reject(result, e);
			}
		}
		if (!result.hasErrors() && (text == null || text.isBlank())) {
			result.rejectValue("draftText", "review.text.required");
		}
		if (result.hasErrors()) {
			return formView(model);
		}
		CurrentUser me = CurrentUser.require();
		String draft = text;
		UUID[] id = new UUID[1];
		if (!Forms.attempt(result, () -> id[0] = reviews.submit(new SubmitReview(me.orgId(), form.subject(), null,
				form.title(), draft, form.explanation(), form.basis(), form.consultationSummary(), me.id(),
				LocalDate.now(clock))))) {
			return formView(model);
		}
		Flash.success(redirect, "review.submitted", form.title());
		return "redirect:/reviews/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ReviewView review = visible(id);
		CurrentUser me = CurrentUser.require();
		model.addAttribute("review", review);
		model.addAttribute("findings", reviews.findings(id));
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("isReviewer", me.can(Permission.REVIEW_PERFORM));
		model.addAttribute("isRequester", me.id().equals(review.requesterId()) || me.can(Permission.REVIEW_REQUEST)
				&& scopes.current().includesOrg(review.orgId()));
		return DETAIL;
	}

	@PostMapping("/{id}/claim")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String claim(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/reviews/" + id, () -> reviews.claim(id, CurrentUser.require().id()),
				"review.claimed");
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String complete(@PathVariable UUID id, @RequestParam(required = false) ReviewOutcome outcome,
			@RequestParam(required = false) String text, @RequestParam(required = false) String problemLines,
			RedirectAttributes redirect) {
		visible(id);
		List<String> listed = problemLines == null ? List.of() : Arrays.stream(problemLines.split("\\R")).toList();
		return Actions.perform(redirect, problems, "/reviews/" + id,
				() -> reviews.complete(id, outcome, text, listed, LocalDate.now(clock), CurrentUser.require().id()),
				"review.completed");
	}

	@PostMapping("/{id}/problems/{problemId}/handling")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String handling(@PathVariable UUID id, @PathVariable UUID problemId, @RequestParam(required = false) String handling,
			RedirectAttributes redirect) {
		ReviewView review = visible(id);
		if (!scopes.current().includesOrg(review.orgId()) && !CurrentUser.require().id().equals(review.requesterId())) {
			throw Forbidden.of("review.handling.not-requester");
		}
		return Actions.perform(redirect, problems, "/reviews/" + id,
				() -> reviews.recordHandling(id, problemId, handling, LocalDate.now(clock),
						CurrentUser.require().displayName()),
				"review.handled");
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/reviews/" + id, () -> reviews.confirm(id, LocalDate.now(clock)),
				"review.confirmed");
	}

	@GetMapping("/{id}/document.docx")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		ReviewView review = visible(id);
		return Downloads.file(review.documentNumber() + ".docx", Downloads.DOCX, reviews.document(id));
	}

	private ReviewView visible(UUID id) {
		ReviewView review = reviews.get(id);
		if (!scopes.current().includes(review.orgId(), review.requesterId())) {
			throw NotFoundException.of("review_request", id);
		}
		return review;
	}

	private String formView(Model model) {
		model.addAttribute("subjects", List.of(ReviewSubject.REPORT, ReviewSubject.CONTRACT, ReviewSubject.OTHER));
		return FORM;
	}
}
