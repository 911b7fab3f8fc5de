package org.fazhi.portal;

import java.util.UUID;

import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.normative.CleanupView;
import org.fazhi.normative.Cleanups;
import org.fazhi.normative.DocumentStatus;
import org.fazhi.normative.NormativeQueries;
import org.fazhi.normative.NormativeService;
import org.fazhi.normative.NormativeQueries.Filter;
import org.fazhi.normative.NormativeView;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 政务公开: the catalog of normative documents with their full texts, and the published cleanup results. */
@Controller
@RequestMapping("/gk")
class PortalController {

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final Cleanups cleanups;

	private final ConsultationQueries consultations;

	PortalController(NormativeService normative, NormativeQueries registry, Cleanups cleanups, ConsultationQueries consultations) {
		this.consultations = consultations;
		this.normative = normative;
		this.registry = registry;
		this.cleanups = cleanups;
	}

	@GetMapping
	String home(Model model) {
		model.addAttribute("latest", registry.publicCatalog(Filter.all(), Paging.clamp(0, 8)).getContent());
		model.addAttribute("cleanups", cleanups.published());
		model.addAttribute("consultations", consultations
			.published(new ConsultationQueries.Filter(ConsultationStatus.OPEN, null, null, null), Paging.clamp(0, 8))
			.getContent());
		return "gk/index";
	}

	@GetMapping("/normative")
	String catalog(@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String keyword,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size, Model model) {
		Filter filter = new Filter(status, year, issuer, keyword, null);
		model.addAttribute("page", registry.publicCatalog(filter, Paging.clamp(page, Paging.pageSize(size, 20))));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", new DocumentStatus[] { DocumentStatus.IN_FORCE, DocumentStatus.PROMULGATED,
				DocumentStatus.AMENDED, DocumentStatus.REPEALED, DocumentStatus.EXPIRED });
		model.addAttribute("issuers", registry.issuers());
		return "gk/normative";
	}

	@GetMapping("/normative/{id}")
	String document(@PathVariable UUID id, Model model) {
		NormativeView d = registry.publicDocument(id).orElseThrow(() -> NotFoundException.of("normative_document", id));
		model.addAttribute("doc", d);
		return "gk/normative-document";
	}

	/** The document's text as a file, for reading offline or printing. */
	@GetMapping("/normative/{id}/text.docx")
	ResponseEntity<byte[]> text(@PathVariable UUID id) {
		NormativeView d = registry.publicDocument(id).orElseThrow(() -> NotFoundException.of("normative_document", id));
		return Downloads.file(d.documentNumber() + ".docx", Downloads.DOCX, normative.officialText(id));
	}

	@GetMapping("/cleanups/{id}")
	String cleanup(@PathVariable UUID id, Model model) {
		CleanupView c = cleanups.published()
			.stream()
			.filter(x -> x.id().equals(id))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("normative_cleanup", id));
		model.addAttribute("cleanup", c);
		return "gk/cleanup";
	}
}
