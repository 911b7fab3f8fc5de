package org.fazhi.review.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.review.ReviewPermission;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Forbidden;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.docs.DocxText;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.fazhi.review.CounselRole;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewQueries;
import org.fazhi.review.ReviewQueries.Filter;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ChecklistAnswer;
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

/** 合法性审查: the legal division's queue, a review's page with its findings and texts, and the drafter's side. */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasAnyAuthority('REVIEW_PERFORM', 'REVIEW_REQUEST')")
class ReviewController {

	static final String LIST = "review/reviews";

	static final String TABLE = "review/partials/review-table";

	static final String DETAIL = "review/review";

	static final String FORM = "review/review-form";

	private final ReviewService reviews;

	private final ReviewQueries queries;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	ReviewController(ReviewService reviews, ReviewQueries queries, DataScopes scopes, Problems problems, Clock clock) {
		this.reviews = reviews;
		this.queries = queries;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	record SubmitForm(@NotNull(message = "{review.subject.required}") ReviewSubject subject,
			@NotBlank(message = "{review.title.required}") @Size(max = 300, message = "{review.title.size}") String title,
			@Size(max = 200_000, message = "{review.text.size}") String draftText,
			@Size(max = 50_000, message = "{review.explanation.size}") String explanation,
			@Size(max = 20_000, message = "{review.basis.size}") String basis,
			@Size(max = 20_000, message = "{review.procedures.size}") String procedureSummary) {
	}

	/** What the signed-in user may do on the review's page: the template shows, it does not decide. */
	record Allowed(boolean claim, boolean complete, boolean giveBack, boolean resubmit, boolean revise,
			boolean handle, boolean confirm, boolean counsel) {

		static Allowed of(ReviewView r, CurrentUser me, boolean requesterSide) {
			boolean reviewer = me.can(ReviewPermission.REVIEW_PERFORM) && !me.id().equals(r.requesterId())
					&& !me.id().equals(r.drafterId());
			boolean ownModule = r.subject().revisedInModule();
			boolean handledByMe = r.problems().stream().anyMatch(p -> me.displayName().equals(p.handledBy()));
			return new Allowed(reviewer && r.status() == ReviewStatus.SUBMITTED,
					reviewer && r.status().awaitingOutcome(), reviewer && r.status().awaitingOutcome(),
					requesterSide && r.status() == ReviewStatus.RETURNED,
					requesterSide && !ownModule && r.status() == ReviewStatus.OPINION_ISSUED,
					requesterSide && r.status() == ReviewStatus.OPINION_ISSUED && r.revised()
							&& !me.id().equals(r.reviewerId()),
					reviewer && !handledByMe && r.status() == ReviewStatus.OPINION_ISSUED && r.revised()
							&& r.allProblemsHandled(),
					me.can(ReviewPermission.REVIEW_PERFORM) && r.status().open());
		}
	}

	@GetMapping
	String queue(@RequestParam(required = false) ReviewStatus status, @RequestParam(required = false) ReviewSubject subject,
			@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ReviewOutcome outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, @RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Filter filter = new Filter(status, subject, keyword, year, outcome);
		Page<ReviewView> result = queries.queue(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
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
		List<ReviewView> all = queries.queue(new Filter(status, subject, keyword, year, outcome), scopes.current(),
				Paging.export()).getContent();
		List<? extends List<?>> rows = all.stream()
			.map(r -> Arrays.<Object>asList(r.title(), problems.text(r.subject().messageKey()), r.orgName(),
					r.submittedOn(), r.dueDate(), r.earliestDate(), problems.text(r.status().messageKey()),
					r.outcome() == null ? null : problems.text(r.outcome().messageKey()), r.documentNumber(),
					r.completedOn(), r.reviewerName()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("review.list.title"),
				List.of(problems.text("review.title"), problems.text("review.subject"), problems.text("review.org"),
						problems.text("review.submitted-on"), problems.text("review.due"),
						problems.text("review.earliest"), problems.text("review.status"),
						problems.text("review.outcome"), problems.text("review.number"),
						problems.text("review.completed-on"), problems.text("review.reviewer")),
				rows);
		return ExcelExport.response(problems.text("review.export.file"), xlsx);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String initSubmitForm(Model model) {
		model.addAttribute("form", new SubmitForm(null, "", "", "", "", ""));
		return formView(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String processSubmitForm(@Valid @ModelAttribute("form") SubmitForm form, BindingResult result,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (form.subject() != null && form.subject().modulePath() != null) {
			Forms.rejectField(result, "subject", "review.subject.own-module");
		}
		String text = form.draftText();
		if (file != null && !file.isEmpty()) {
			try {
				text = DocxText.extract(file.getInputStream(), "draftText");
			}
			catch (org.fazhi.platform.FazhiException e) {
				Forms.reject(result, e);
			}
		}
		if (!result.hasErrors() && (text == null || text.isBlank())) {
			Forms.rejectField(result, "draftText", "review.text.required");
		}
		if (result.hasErrors()) {
			return formView(model);
		}
		CurrentUser me = CurrentUser.require();
		String draft = text;
		UUID[] id = new UUID[1];
		if (!Forms.attempt(result, () -> id[0] = reviews.submit(new SubmitReview(me.orgId(), form.subject(), null,
				form.title(), draft, form.explanation(), form.basis(), form.procedureSummary(), me.id(), null,
				LocalDate.now(clock), null)))) {
			return formView(model);
		}
		Flash.success(redirect, "review.submitted", form.title());
		return "redirect:/reviews/" + id[0];
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		return detailPage(id, from, to, model);
	}

	/** The reviewer's conclusion: the outcome, its text and the problems found, one a line. */
	/**
	 * @param checks per item of the subject's review contents: {@code YES} conforms, {@code NO} does not
	 * @param findings per item that does not conform: why
	 */
	record CompleteForm(ReviewOutcome outcome, String text, String problemLines, Map<String, String> checks,
			Map<String, String> findings, Long version) {

		List<ChecklistAnswer> answers(ReviewSubject subject) {
			List<ChecklistAnswer> answers = new java.util.ArrayList<>();
			for (String item : subject.checklist()) {
				String check = checks == null ? null : checks.get(item);
				if ("YES".equals(check) || "NO".equals(check)) {
					answers.add(new ChecklistAnswer(item, "YES".equals(check), findings == null ? null : findings.get(item)));
				}
			}
			return answers;
		}

		String check(String item) {
			return checks == null ? null : checks.get(item);
		}

		String finding(String item) {
			return findings == null ? null : findings.get(item);
		}
	}

	/** 退回补充材料 with its reason. */
	record ReturnForm(String reason, Long version) {
	}

	/** The requester's completed materials after a return. */
	record ResubmitForm(String basis, String procedureSummary) {
	}

	/** 修改稿 of a document reviewed on its own (not a normative document or decision, revised in their modules). */
	record ReviseForm(String title, String text, String explanation) {
	}

	/** 法律顾问、公职律师's opinion organized during the review (重大行政决策程序暂行条例 第二十八条). */
	record CounselForm(String counselName, CounselRole role, String opinion, LocalDate givenOn) {
	}

	@PostMapping("/{id}/counsel")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String counsel(@PathVariable UUID id, @ModelAttribute("counselForm") CounselForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> reviews.recordCounselOpinion(id, form.counselName(), form.role(),
				form.opinion(), form.givenOn(), CurrentUser.require().displayName()), redirect, "/reviews/" + id,
				() -> detailPage(id, null, null, model), "review.counsel.saved");
	}

	private String detailPage(UUID id, Integer from, Integer to, Model model) {
		ReviewView review = visible(id);
		CurrentUser me = CurrentUser.require();
		model.addAttribute("review", review);
		model.addAttribute("findings", reviews.findings(id));
		model.addAttribute("checklist", reviews.checklist(id));
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("allowed", Allowed.of(review, me, requesterSide(review)));
		if (review.revised()) {
			int a = from == null ? 1 : from;
			int b = to == null ? review.current().seq() : to;
			model.addAttribute("compareFrom", a);
			model.addAttribute("compareTo", b);
			model.addAttribute("comparison", reviews.comparison(id, a, b));
		}
		model.addAttribute("counselRoles", CounselRole.values());
		if (!model.containsAttribute("completeForm")) {
			model.addAttribute("completeForm", new CompleteForm(null, null, null, Map.of(), Map.of(), review.version()));
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ReturnForm(null, review.version()));
		}
		if (!model.containsAttribute("resubmitForm")) {
			model.addAttribute("resubmitForm", new ResubmitForm(review.basis(), review.procedureSummary()));
		}
		if (!model.containsAttribute("reviseForm")) {
			model.addAttribute("reviseForm", new ReviseForm(review.current().title(), review.current().text(),
					review.current().explanation()));
		}
		if (!model.containsAttribute("counselForm")) {
			model.addAttribute("counselForm", new CounselForm(null, null, null, LocalDate.now(clock)));
		}
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
	String complete(@PathVariable UUID id, @ModelAttribute("completeForm") CompleteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReviewView review = visible(id);
		List<String> listed = form.problemLines() == null ? List.of()
				: Arrays.stream(form.problemLines().split("\\R")).toList();
		return Forms.submit(result, () -> reviews.complete(id, form.outcome(), form.text(), listed,
				form.answers(review.subject()), LocalDate.now(clock), CurrentUser.require().id(), form.version()),
				redirect, "/reviews/" + id,
				() -> detailPage(id, null, null, model), "review.completed");
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String giveBack(@PathVariable UUID id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> reviews.returnForCompletion(id, form.reason(), LocalDate.now(clock),
				form.version()), redirect, "/reviews/" + id, () -> detailPage(id, null, null, model), "review.returned");
	}

	@PostMapping("/{id}/resubmit")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String resubmit(@PathVariable UUID id, @ModelAttribute("resubmitForm") ResubmitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireRequesterSide(visible(id));
		return Forms.submit(result, () -> reviews.resubmit(id, form.basis(), form.procedureSummary(),
				LocalDate.now(clock)), redirect, "/reviews/" + id, () -> detailPage(id, null, null, model),
				"review.resubmitted");
	}

	@PostMapping("/{id}/revise")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String revise(@PathVariable UUID id, @ModelAttribute("reviseForm") ReviseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReviewView review = visible(id);
		requireRequesterSide(review);
		if (review.subject().revisedInModule()) {
			throw Forbidden.of("review.revise.own-module");
		}
		CurrentUser me = CurrentUser.require();
		return Forms.submit(result, () -> reviews.revise(id, form.title(), form.text(), form.explanation(),
				LocalDate.now(clock), me.displayName(), me.id()), redirect, "/reviews/" + id,
				() -> detailPage(id, null, null, model), "review.revised");
	}

	@PostMapping("/{id}/problems/{problemId}/handling")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	String handling(@PathVariable UUID id, @PathVariable UUID problemId, @RequestParam(required = false) String handling,
			RedirectAttributes redirect) {
		requireRequesterSide(visible(id));
		CurrentUser me = CurrentUser.require();
		return Actions.perform(redirect, problems, "/reviews/" + id,
				() -> reviews.recordHandling(id, problemId, handling, LocalDate.now(clock), me.displayName(), me.id()),
				"review.handled");
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		visible(id);
		return Actions.perform(redirect, problems, "/reviews/" + id,
				() -> reviews.confirm(id, LocalDate.now(clock), CurrentUser.require().id(), version), "review.confirmed");
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

	/** The requesting side: the requester himself, or drafting staff of the requesting organization. */
	private boolean requesterSide(ReviewView review) {
		CurrentUser me = CurrentUser.require();
		return me.id().equals(review.requesterId())
				|| me.can(ReviewPermission.REVIEW_REQUEST) && scopes.current().includesOrg(review.orgId())
						&& !me.id().equals(review.reviewerId());
	}

	private void requireRequesterSide(ReviewView review) {
		if (!requesterSide(review)) {
			throw Forbidden.of("review.handling.not-requester");
		}
	}

	private String formView(Model model) {
		model.addAttribute("subjects", List.of(ReviewSubject.REPORT, ReviewSubject.CONTRACT, ReviewSubject.OTHER));
		return FORM;
	}
}
