package org.fazhi.enforcement.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.fazhi.enforcement.EnforcementQueries;
import org.fazhi.enforcement.EnforcementQueries.OfficerFilter;
import org.fazhi.enforcement.EnforcementViews.OfficerView;
import org.fazhi.enforcement.OfficerStatus;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.Officers.ImportResult;
import org.fazhi.enforcement.Officers.OfficerCommand;
import org.fazhi.organization.OrganizationService;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.ExcelExport;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.Paging;
import org.fazhi.platform.PlatformProperties;
import org.fazhi.platform.web.Downloads;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
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

/** 执法人员: the register, each officer's card with its QR code, the register's import, the reviewers' qualifications. */
@Controller
@RequestMapping("/enforcement")
@PreAuthorize("hasAuthority('ENFORCEMENT_VIEW')")
class OfficerController {

	private final Officers officers;

	private final EnforcementQueries queries;

	private final OrganizationService orgs;

	private final DataScopes scopes;

	private final Problems problems;

	private final PlatformProperties platform;

	private final Clock clock;

	OfficerController(Officers officers, EnforcementQueries queries, OrganizationService orgs, DataScopes scopes,
			Problems problems, PlatformProperties platform, Clock clock) {
		this.officers = officers;
		this.queries = queries;
		this.orgs = orgs;
		this.scopes = scopes;
		this.problems = problems;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/officers")
	String list(@RequestParam(required = false) OfficerStatus status, @RequestParam(required = false) String keyword,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size,
			@RequestParam(required = false) String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		OfficerFilter filter = new OfficerFilter(status, keyword, null);
		Page<OfficerView> result = queries.officers(filter, scopes.current(),
				Paging.clamp(page, Paging.pageSize(size, 20), sort));
		model.addAttribute("page", result);
		model.addAttribute("sort", Paging.sortParameter(result.getPageable()));
		model.addAttribute("filter", filter);
		model.addAttribute("today", LocalDate.now(clock));
		if (htmx != null) {
			return "enforcement/partials/officer-table";
		}
		model.addAttribute("statuses", OfficerStatus.values());
		return "enforcement/officers";
	}

	@GetMapping("/officers/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) OfficerStatus status,
			@RequestParam(required = false) String keyword) {
		List<List<?>> rows = new ArrayList<>();
		for (OfficerView o : queries.officers(new OfficerFilter(status, keyword, null), scopes.current(), Paging.export())) {
			rows.add(List.of(o.name(), o.bodyName(), o.certificateNo(), o.areasText(), o.issuedOn(), o.expiresOn(),
					o.trainingHours(), o.orgName(), problems.text(o.status().messageKey()), o.registeredOn()));
		}
		byte[] file = ExcelExport.write(problems.text("enforcement.officers.title"),
				List.of("姓名", "执法主体", "执法证号", "执法领域", "发证日期", "有效期至", "培训学时", "所在处室", "状态", "最近审核注册"), rows);
		return Downloads.file(problems.text("enforcement.officers.title") + ".xlsx", Downloads.XLSX, file);
	}

	record OfficerForm(UUID orgId, UUID bodyId, String name, String certificateNo, String areas, LocalDate issuedOn,
			LocalDate expiresOn, Integer trainingHours, Long version) {
	}

	@GetMapping("/officers/new")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String newOfficer(Model model) {
		model.addAttribute("form", new OfficerForm(null, null, "", "", "", LocalDate.now(clock),
				LocalDate.now(clock).plusYears(6).minusDays(1), 0, null));
		return formPage(model);
	}

	@PostMapping("/officers/new")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String create(@ModelAttribute("form") OfficerForm f, BindingResult result, Model model, RedirectAttributes redirect) {
		UUID[] id = new UUID[1];
		if (!result.hasErrors() && Forms.attempt(result, () -> id[0] = officers.create(command(f, null)))) {
			Flash.success(redirect, "enforcement.officer.created");
			return "redirect:/enforcement/officers/" + id[0];
		}
		model.addAttribute(Forms.REFUSED, "form");
		return formPage(model);
	}

	private OfficerCommand command(OfficerForm f, UUID userId) {
		if (f.orgId() != null && !scopes.current().includesOrg(f.orgId())) {
			throw org.fazhi.platform.InvalidInput.onField("orgId", "enforcement.officer.org-required");
		}
		return new OfficerCommand(f.orgId(), f.bodyId(), userId, f.name(), f.certificateNo(), f.areas(), f.issuedOn(),
				f.expiresOn(), f.trainingHours());
	}

	private String formPage(Model model) {
		UUID unit = orgs.unitOf(CurrentUser.require().orgId()).id();
		model.addAttribute("bodies", queries.bodies(unit));
		model.addAttribute("divisions", orgs.subtree(unit).stream().map(orgs::get)
			.sorted(java.util.Comparator.comparingInt(org.fazhi.organization.OrgView::sortOrder)).toList());
		return "enforcement/officer-form";
	}

	@GetMapping("/officers/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	private String detailPage(UUID id, Model model) {
		OfficerView o = visible(id);
		model.addAttribute("o", o);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("statuses", OfficerStatus.values());
		model.addAttribute("verifyUrl", verifyUrl(o));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OfficerForm(o.orgId(), o.bodyId(), o.name(), o.certificateNo(), o.areasText(),
					o.issuedOn(), o.expiresOn(), o.trainingHours(), o.version()));
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm(null, null, o.version()));
		}
		if (!model.containsAttribute("registerForm")) {
			model.addAttribute("registerForm", new RegisterForm(LocalDate.now(clock), o.version()));
		}
		UUID unit = orgs.unitOf(o.orgId()).id();
		model.addAttribute("bodies", queries.bodies(unit));
		return "enforcement/officer";
	}

	@PostMapping("/officers/{id}")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String update(@PathVariable UUID id, @ModelAttribute("form") OfficerForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OfficerView o = visible(id);
		return Forms.submit(result, () -> officers.update(id, command(new OfficerForm(o.orgId(), f.bodyId(), f.name(),
				f.certificateNo(), f.areas(), f.issuedOn(), f.expiresOn(), f.trainingHours(), f.version()), o.userId()),
				f.version()), redirect, "/enforcement/officers/" + id, () -> detailPage(id, model),
				"enforcement.officer.updated");
	}

	record StatusForm(OfficerStatus status, String reason, Long version) {
	}

	@PostMapping("/officers/{id}/status")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String status(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> officers.changeStatus(id, f.status(), f.reason(), f.version()), redirect,
				"/enforcement/officers/" + id, () -> detailPage(id, model), "enforcement.officer.status-changed");
	}

	record RegisterForm(LocalDate on, Long version) {
	}

	@PostMapping("/officers/{id}/registration")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String register(@PathVariable UUID id, @ModelAttribute("registerForm") RegisterForm f, BindingResult result,
			Model model, RedirectAttributes redirect) {
		visible(id);
		return Forms.submit(result, () -> officers.register(id, f.on(), f.version()), redirect,
				"/enforcement/officers/" + id, () -> detailPage(id, model), "enforcement.officer.registered");
	}

	/** The QR code printed on the card: the address of the public verification page. */
	@GetMapping("/officers/{id}/card.png")
	ResponseEntity<byte[]> qr(@PathVariable UUID id) throws IOException {
		OfficerView o = visible(id);
		try {
			BitMatrix matrix = new QRCodeWriter().encode(verifyUrl(o), BarcodeFormat.QR_CODE, 300, 300,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(out.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
	}

	private String verifyUrl(OfficerView o) {
		String base = platform.baseUrl().endsWith("/") ? platform.baseUrl().substring(0, platform.baseUrl().length() - 1)
				: platform.baseUrl();
		return base + "/gk/enforcement/officers/" + o.verifyCode();
	}

	@GetMapping("/officers/import")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String importForm(Model model) {
		model.addAttribute("columns", Officers.IMPORT_COLUMNS);
		return "enforcement/officer-import";
	}

	@GetMapping("/officers/import/template.xlsx")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	ResponseEntity<byte[]> template() {
		byte[] file = ExcelExport.write(problems.text("enforcement.import.sheet"), Officers.IMPORT_COLUMNS, List.of());
		return Downloads.file(problems.text("enforcement.import.template") + ".xlsx", Downloads.XLSX, file);
	}

	@PostMapping("/officers/import")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String importRegister(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		model.addAttribute("columns", Officers.IMPORT_COLUMNS);
		UUID unit = orgs.unitOf(CurrentUser.require().orgId()).id();
		try {
			ImportResult result = officers.importRegister(unit, file == null ? null : file.getBytes());
			if (result.accepted()) {
				Flash.success(redirect, "enforcement.import.done", result.imported());
				return "redirect:/enforcement/officers";
			}
			model.addAttribute("errors", result.errors());
		}
		catch (org.fazhi.platform.FazhiException e) {
			model.addAttribute("problem", problems.text(e));
		}
		return "enforcement/officer-import";
	}

	record QualificationForm(UUID userId, String certificateNo, LocalDate obtainedOn) {
	}

	@GetMapping("/qualifications")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String qualifications(Model model) {
		return qualificationPage(model);
	}

	private String qualificationPage(Model model) {
		UUID unit = orgs.unitOf(CurrentUser.require().orgId()).id();
		model.addAttribute("qualifications", queries.qualifications(unit));
		model.addAttribute("reviewers", queries.reviewers(unit));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new QualificationForm(null, "", null));
		}
		return "enforcement/qualifications";
	}

	@PostMapping("/qualifications")
	@PreAuthorize("hasAuthority('ENFORCEMENT_MANAGE')")
	String recordQualification(@ModelAttribute("form") QualificationForm f, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID unit = orgs.unitOf(CurrentUser.require().orgId()).id();
		return Forms.submit(result, () -> {
			if (f.userId() != null && queries.reviewers(unit).stream().noneMatch(u -> u.id().equals(f.userId()))) {
				throw org.fazhi.platform.InvalidInput.onField("userId", "enforcement.qualification.user-required");
			}
			officers.recordQualification(f.userId(), f.certificateNo(), f.obtainedOn(),
					CurrentUser.require().displayName());
		}, redirect, "/enforcement/qualifications", () -> qualificationPage(model), "enforcement.qualification.recorded");
	}

	private OfficerView visible(UUID id) {
		OfficerView o = queries.officer(id);
		if (!scopes.current().includes(o.orgId(), o.userId())) {
			throw NotFoundException.of("enforcement_officer", id);
		}
		return o;
	}
}
