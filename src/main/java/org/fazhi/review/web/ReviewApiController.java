package org.fazhi.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Problems;
import org.fazhi.review.Finding;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/review")
@Tag(name = "合法性审查", description = "审查结论、预审发现、审查意见的处理")
class ReviewApiController {

	private final ReviewService reviews;

	private final DataScopes scopes;

	private final Problems problems;

	private final Clock clock;

	ReviewApiController(ReviewService reviews, DataScopes scopes, Problems problems, Clock clock) {
		this.reviews = reviews;
		this.scopes = scopes;
		this.problems = problems;
		this.clock = clock;
	}

	/**
	 * @param outcome STATEMENT（合法性说明）、OPINION（合法性审查意见）或 UNLAWFUL（不合法）
	 * @param problems the problems an opinion lists (required for OPINION, none for STATEMENT)
	 */
	record Complete(@NotNull(message = "{review.outcome.required}") ReviewOutcome outcome,
			@NotBlank(message = "{review.outcome.text-required}") @Size(max = 20000, message = "{review.outcome.text-size}") String text,
			List<@Size(max = 2000, message = "{review.problem.size}") String> problems, Long version) {
	}

	record Confirm(Long version) {
	}

	record Handling(@NotBlank(message = "{review.handling.required}") @Size(max = 2000, message = "{review.problem.size}") String handling) {
	}

	record FindingJson(String rule, String title, String basis, String excerpt, int start, int end, String match,
			String detail) {
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('REVIEW_PERFORM', 'REVIEW_REQUEST')")
	@Operation(summary = "审查申请", description = "状态、结论、审查文书编号、问题及处理情况")
	ReviewView get(@PathVariable UUID id) {
		return visible(id);
	}

	@GetMapping("/{id}/findings")
	@PreAuthorize("hasAnyAuthority('REVIEW_PERFORM', 'REVIEW_REQUEST')")
	@Operation(summary = "智能预审发现", description = "每条发现所依据的规定、所在句子及问题文字的位置（仅供参考）")
	List<FindingJson> findings(@PathVariable UUID id) {
		visible(id);
		return reviews.findings(id).stream().map(this::toJson).toList();
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	@Operation(summary = "作出审查结论", description = "STATEMENT 合法性说明（直接通过）；OPINION 合法性审查意见（须列明问题）；UNLAWFUL 不合法")
	ReviewView complete(@PathVariable UUID id, @Valid @RequestBody Complete body) {
		visible(id);
		return reviews.complete(id, body.outcome(), body.text(), body.problems(), LocalDate.now(clock),
				CurrentUser.require().id(), body.version());
	}

	@PostMapping("/{id}/problems/{problemId}/handling")
	@PreAuthorize("hasAuthority('REVIEW_REQUEST')")
	@Operation(summary = "记录审查意见的处理情况")
	ReviewView handling(@PathVariable UUID id, @PathVariable UUID problemId, @Valid @RequestBody Handling body) {
		visible(id);
		CurrentUser me = CurrentUser.require();
		reviews.recordHandling(id, problemId, body.handling(), LocalDate.now(clock), me.displayName(), me.id());
		return reviews.get(id);
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize("hasAuthority('REVIEW_PERFORM')")
	@Operation(summary = "确认审查意见已处理，审查通过")
	ReviewView confirm(@PathVariable UUID id, @RequestBody(required = false) Confirm body) {
		visible(id);
		reviews.confirm(id, LocalDate.now(clock), CurrentUser.require().id(), body == null ? null : body.version());
		return reviews.get(id);
	}

	private ReviewView visible(UUID id) {
		ReviewView review = reviews.get(id);
		if (!scopes.current().includes(review.orgId(), review.requesterId())) {
			throw NotFoundException.of("review_request", id);
		}
		return review;
	}

	private FindingJson toJson(Finding f) {
		return new FindingJson(f.rule().name(), problems.text(f.rule().titleKey()), problems.text(f.basisKey()),
				f.excerpt(), f.start(), f.end(), f.match(), f.detail());
	}
}
