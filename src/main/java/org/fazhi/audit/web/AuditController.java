package org.fazhi.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditLog.AuditFilter;
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

	AuditController(AuditLog audit, DataScopes scopes, PlatformProperties platform, Problems problems) {
		this.audit = audit;
		this.scopes = scopes;
		this.platform = platform;
		this.problems = problems;
	}

	@GetMapping
	String search(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		AuditFilter filter = new AuditFilter(entityType, entityId, actor, action, from, to);
		Page<AuditEntry> result = audit.search(filter, scopes.current(), platform.timeZone(), Paging.clamp(page, 30));
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return TABLE;
		}
		model.addAttribute("actions", audit.actions());
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
			.map(e -> List.<Object>of(e.occurredAt().atZone(platform.timeZone()).toLocalDateTime().toString(),
					e.actorName(), problems.text("audit.action." + e.action()), e.entityType(),
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
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", entityId);
		model.addAttribute("entries", audit.history(entityType, entityId));
		return HISTORY;
	}

	@GetMapping("/verify")
	String verifyPage() {
		return VERIFY;
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("result", audit.verify(scopes.current()));
		return VERIFY;
	}
}
