package org.fazhi.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditIntegrity;
import org.fazhi.audit.AuditLog.AuditFilter;
import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.ChainVerification;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.Paging;
import org.fazhi.platform.PlatformProperties;
import org.fazhi.platform.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计记录 (审计管理员 only, read only): search, an entity's history, verification of the chains. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	static final String LIST = "audit/entries";

	static final String TABLE = "audit/partials/entry-table";

	static final String HISTORY = "audit/history";

	static final String VERIFY = "audit/verify";

	private final AuditLog audit;

	private final DataScopes scopes;

	private final PlatformProperties platform;

	private final Problems problems;

	private final AuditIntegrity integrity;

	private final AuditDifferences differences;

	AuditController(AuditLog audit, DataScopes scopes, PlatformProperties platform, Problems problems,
			AuditIntegrity integrity, AuditDifferences differences) {
		this.differences = differences;
		this.integrity = integrity;
		this.audit = audit;
		this.scopes = scopes;
		this.platform = platform;
		this.problems = problems;
	}

	@GetMapping
	String search(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		AuditFilter filter = new AuditFilter(entityType, entityId, actor, action, from, to);
		if (from != null && to != null && from.isAfter(to)) {
			// a reversed range selects nothing: said at the field, and nothing searched
			model.addAttribute("rangeError", problems.text("audit.filter.range-reversed", from, to));
			model.addAttribute("page", Page.empty(Paging.clamp(page, Paging.pageSize(size, 30))));
			model.addAttribute("afterBreak", java.util.Set.of());
			model.addAttribute("filter", filter);
			model.addAttribute("actions", audit.actions());
			model.addAttribute("entityTypes", audit.entityTypes());
			return htmx != null ? TABLE : LIST;
		}
		Page<AuditEntry> result = audit.search(filter, scopes.current(), platform.timeZone(), Paging.clamp(page, Paging.pageSize(size, 30)));
		recordOwnUse("AUDIT_SEARCHED", null, describe(filter) + "（第 " + (result.getNumber() + 1) + " 页，共 "
				+ result.getTotalElements() + " 条）");
		model.addAttribute("page", result);
		model.addAttribute("afterBreak", integrity.afterABreak(result.getContent()));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("actions", audit.actions());
		model.addAttribute("entityTypes", audit.entityTypes());
		return LIST;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		List<AuditEntry> entries = audit.search(new AuditFilter(entityType, entityId, actor, action, from, to),
				scopes.current(), platform.timeZone(), Paging.export()).getContent();
		List<? extends List<?>> rows = entries.stream()
			.map(e -> List.<Object>of(e.occurredAt().atZone(platform.timeZone()).toLocalDateTime().withNano(0),
					e.actorName(), problems.text("audit.action." + e.action()), entityLabel(e.entityType()),
					e.entityId() == null ? "" : e.entityId(), e.summary() == null ? "" : e.summary(), e.seq(),
					e.hash()))
			.toList();
		byte[] xlsx = ExcelExport.write(problems.text("audit.list.title"),
				List.of(problems.text("audit.time"), problems.text("audit.actor"), problems.text("audit.action"),
						problems.text("audit.entity-type"), problems.text("audit.entity-id"),
						problems.text("audit.summary"), problems.text("audit.seq"), problems.text("audit.hash")),
				rows);
		return ExcelExport.response(problems.text("audit.export.file"), xlsx);
	}

	@GetMapping("/history")
	String history(@RequestParam String entityType, @RequestParam String entityId, Model model) {
		List<AuditEntry> entries = audit.history(entityType, entityId);
		recordOwnUse("AUDIT_HISTORY_VIEWED", entityType + ":" + entityId, entries.size() + " 条");
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", entityId);
		model.addAttribute("entries", entries);
		model.addAttribute("changes", entries.stream()
			.collect(java.util.stream.Collectors.toMap(AuditEntry::id, differences::of)));
		model.addAttribute("afterBreak", integrity.afterABreak(entries));
		return HISTORY;
	}

	@GetMapping("/verify")
	String verifyPage() {
		return VERIFY;
	}

	/**
	 * Verifies what the administrator's scope covers. Over the whole installation it is the same verification as the
	 * nightly one: recorded, alerted on a break, anchored in a new checkpoint.
	 */
	@PostMapping("/verify")
	String verify(Model model) {
		DataScope scope = scopes.current();
		ChainVerification result;
		if (scope.all()) {
			result = integrity.verifyAndRecord(AuditActor.current());
		}
		else {
			result = integrity.verify(scope);
			recordOwnUse(result.valid() ? "AUDIT_VERIFIED" : "AUDIT_CHAIN_BROKEN", null,
					result.chains().size() + " 条审计链、" + result.entries() + " 条记录");
		}
		model.addAttribute("result", result);
		return VERIFY;
	}

	/** The audit administrator's own reading of the trail is itself recorded (等保 8.1.4.3 c). */
	private void recordOwnUse(String action, String entityId, String summary) {
		CurrentUser me = CurrentUser.require();
		audit.append(AuditRecord.of(me.orgId(), action, "audit_entry", entityId).summary(summary));
	}

	private String entityLabel(String entityType) {
		return problems.text(new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "audit.entity." + entityType }, entityType));
	}

	private static String describe(AuditFilter f) {
		List<String> parts = new java.util.ArrayList<>();
		add(parts, "对象类型", f.entityType());
		add(parts, "对象标识", f.entityId());
		add(parts, "操作人", f.actor());
		add(parts, "操作", f.action());
		add(parts, "起", f.from());
		add(parts, "止", f.to());
		return parts.isEmpty() ? "全部记录" : String.join("，", parts);
	}

	private static void add(List<String> parts, String label, Object value) {
		if (value != null && !value.toString().isBlank()) {
			parts.add(label + "=" + value);
		}
	}
}
