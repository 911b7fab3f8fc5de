package org.fazhi.decision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionQueries;
import org.fazhi.decision.DecisionQueries.Filter;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionStatus;
import org.fazhi.decision.DecisionView;
import org.fazhi.decision.ExemptionGround;
import org.fazhi.decision.MeetingOutcome;
import org.fazhi.decision.Procedure;
import org.fazhi.decision.ProcedureState;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "重大行政决策", description = "决策登记、五项法定程序及其状态、集体讨论决定")
class DecisionApiController {

	private final DecisionService decisions;

	private final DecisionQueries queries;

	private final DataScopes scopes;

	private final Problems problems;

	DecisionApiController(DecisionService decisions, DecisionQueries queries, DataScopes scopes, Problems problems) {
		this.decisions = decisions;
		this.queries = queries;
		this.scopes = scopes;
		this.problems = problems;
	}

	record Create(@NotBlank(message = "{decision.title.required}") @Size(max = 300, message = "{decision.title.size}") String title,
			@NotNull(message = "{decision.year.required}") @Min(value = 2000, message = "{decision.year.range}") @Max(value = 2100, message = "{decision.year.range}") Integer year,
			@NotNull(message = "{decision.lead-org.required}") UUID leadOrgId, UUID catalogItemId, Boolean marketRelated,
			String draftText, String explanation, String basis) {
	}

	record Created(UUID id, DecisionStatus status) {
	}

	/**
	 * @param state PENDING（未开始）、IN_PROGRESS（进行中）、DONE（已完成）、EXEMPT（依法不适用）
	 * @param ground 不适用的法定理由
	 */
	record ProcedureJson(Procedure procedure, String name, ProcedureState state, String stateName,
			ExemptionGround ground, String explanation) {
	}

	record DecisionJson(UUID id, String title, int year, UUID leadOrgId, String leadOrg, DecisionStatus status,
			String statusName, boolean marketRelated, List<ProcedureJson> procedures, LocalDate decidedOn,
			LocalDate publishedOn, List<String> missingForCollectiveDecision) {
	}

	/**
	 * @param outcome APPROVED（通过）、APPROVED_WITH_CHANGES（修改后通过）、NOT_APPROVED（不予通过）、DEFERRED（暂缓）
	 * @param override 合法性审查不足7个工作日即讨论的理由（须由领导记录）
	 */
	record Meeting(String meeting, LocalDate heldOn, String attendees, String headName, String discussion,
			String dissent, Boolean headSpokeLast, Boolean followsMajority, String differingReason,
			MeetingOutcome outcome, String decisionText, String override) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	@Operation(summary = "登记重大行政决策")
	Created create(@Valid @RequestBody Create body) {
		if (!scopes.current().includesOrg(body.leadOrgId())) {
			throw InvalidInput.onField("leadOrgId", "decision.lead-org.outside-scope");
		}
		UUID id = decisions.create(new CreateDecision(body.title(), body.year(), body.leadOrgId(), body.catalogItemId(),
				Boolean.TRUE.equals(body.marketRelated()), body.draftText(), body.explanation(), body.basis()),
				CurrentUser.require().id());
		return new Created(id, queries.get(id).status());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('DECISION_VIEW')")
	@Operation(summary = "决策清单", description = "每项决策的五项法定程序及其状态；year 为空时返回全部")
	List<DecisionJson> list(@RequestParam(required = false) Integer year) {
		return queries.search(new Filter(year, null, null), scopes.current(), Paging.export())
			.getContent()
			.stream()
			.map(this::json)
			.toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('DECISION_VIEW')")
	@Operation(summary = "决策详情", description = "含提交集体讨论前尚缺的程序")
	DecisionJson get(@PathVariable UUID id) {
		return json(visible(id));
	}

	@PostMapping("/{id}/collective-decision")
	@PreAuthorize("hasAnyAuthority('DELIBERATION_RECORD', 'DECISION_MANAGE')")
	@Operation(summary = "记录集体讨论决定",
			description = "法定程序未履行或合法性审查未通过的，返回 409，detail 逐项列明所缺程序及条款")
	DecisionJson collectiveDecision(@PathVariable UUID id, @RequestBody(required = false) Meeting body) {
		visible(id);
		Meeting m = body == null ? new Meeting(null, null, null, null, null, null, null, null, null, null, null, null) : body;
		decisions.recordCollectiveDecision(id, new MeetingInput(m.meeting(), m.heldOn(), m.attendees(), m.headName(),
				m.discussion(), m.dissent(), m.headSpokeLast(), m.followsMajority(), m.differingReason(), m.outcome(),
				m.decisionText(), m.override()), CurrentUser.require().displayName());
		return json(queries.get(id));
	}

	private DecisionJson json(DecisionView d) {
		List<ProcedureJson> procedures = d.procedures()
			.stream()
			.map(p -> new ProcedureJson(p.procedure(), problems.text(p.procedure().messageKey()), p.state(),
					problems.text(p.state().messageKey()), p.exemption() == null ? null : p.exemption().ground(),
					p.exemption() == null ? null : p.exemption().explanation()))
			.toList();
		return new DecisionJson(d.id(), d.title(), d.year(), d.orgId(), d.orgName(), d.status(),
				problems.text(d.status().messageKey()), d.marketRelated(), procedures, d.decidedOn(), d.publishedOn(),
				d.missing());
	}

	private DecisionView visible(UUID id) {
		DecisionView d = queries.get(id);
		DataScope scope = scopes.current();
		if (!scope.includesRecord(d.orgId(), d.unitId(), d.createdBy())) {
			throw NotFoundException.of("decision", id);
		}
		return d;
	}
}
