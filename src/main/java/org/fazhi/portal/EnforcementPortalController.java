package org.fazhi.portal;

import java.util.UUID;

import org.fazhi.enforcement.EnforcementQueries;
import org.fazhi.enforcement.Officers;
import org.fazhi.platform.Paging;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 行政执法公示 on the portal: 事前公开 (the bodies, their power lists with basis, procedure and remedy, the 双随机 list),
 * 事后公开 (the decisions published, a withdrawn one by its note), and the public check of an officer's certificate.
 */
@Controller
@RequestMapping("/gk/enforcement")
class EnforcementPortalController {

	private final EnforcementQueries queries;

	private final Officers officers;

	EnforcementPortalController(EnforcementQueries queries, Officers officers) {
		this.queries = queries;
		this.officers = officers;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("units", queries.publishedBodies());
		model.addAttribute("latest", queries.portal(null, Paging.clamp(0, 5)).getContent());
		return "gk/enforcement";
	}

	@GetMapping("/decisions")
	String decisions(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, Model model) {
		model.addAttribute("page", queries.portal(year, Paging.clamp(page, Paging.pageSize(size, 20))));
		model.addAttribute("year", year);
		return "gk/enforcement-decisions";
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable UUID id, Model model) {
		model.addAttribute("p", queries.publishedItem(id));
		return "gk/enforcement-decision";
	}

	/** The page a card's QR code opens: who the officer is and whether the card is valid today; never cached. */
	@GetMapping("/officers/{code}")
	String officer(@PathVariable String code, Model model, HttpServletResponse response) {
		model.addAttribute("o", officers.verify(code));
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		return "gk/enforcement-officer";
	}
}
