package org.fazhi.deadline.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.deadline.DeadlineRule;
import org.fazhi.deadline.DeadlineRules;
import org.fazhi.deadline.DeadlineRules.NewRule;
import org.fazhi.deadline.DeadlineRules.Terms;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 期限规则维护 (系统管理员): each rule with its versions (the text in force in each period), a version's terms adapted to
 * the jurisdiction or a new version from a day, each change with a reason, audited. Whether a citation was read in the
 * official text is shown here only.
 */
@Controller
@RequestMapping("/admin/rules")
@PreAuthorize("hasAuthority('RULE_MANAGE')")
class RuleAdminController {

	static final String LIST = "deadline/rules";

	static final String FORM = "deadline/rule-form";

	private final DeadlineRules rules;

	private final Problems problems;

	RuleAdminController(DeadlineRules rules, Problems problems) {
		this.rules = rules;
		this.problems = problems;
	}

	/** A rule's version as the form shows it; the code, name and module only when a rule is created. */
	record RuleForm(
			@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{rule.code.pattern}") String code,
			@Size(max = 100, message = "{rule.name.size}") String name,
			String module,
			@NotNull(message = "{rule.version.from-required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
			@Min(value = 0, message = "{rule.amount.positive}") Integer maximum,
			@Min(value = 0, message = "{rule.minimum.negative}") Integer minimum,
			@NotNull(message = "{rule.unit.required}") PeriodUnit unit, Boolean rollForward,
			@NotNull(message = "{rule.extension.required}") @Min(value = 0, message = "{rule.extension.negative}") Integer maxExtension,
			@NotNull(message = "{rule.warning.required}") @Min(value = 0, message = "{rule.warning.range}") @Max(value = 400,
					message = "{rule.warning.range}") Integer warning,
			PeriodUnit warningUnit,
			@NotBlank(message = "{rule.start.required}") @Size(max = 200, message = "{rule.start.size}") String startRule,
			@NotBlank(message = "{rule.citation.required}") @Size(max = 1000, message = "{rule.citation.size}") String citation,
			Boolean verified,
			@NotBlank(message = "{rule.reason.required}") @Size(max = 300, message = "{rule.reason.size}") String reason) {

		Terms terms() {
			return new Terms(inForceFrom, maximum, minimum, unit, Boolean.TRUE.equals(rollForward), maxExtension, warning,
					warningUnit, startRule, citation, Boolean.TRUE.equals(verified));
		}

		static RuleForm of(DeadlineRule r, LocalDate from) {
			return new RuleForm(r.code(), r.name(), r.module(), from, r.maximum(), r.minimum(), r.unit(),
					r.rollForward(), r.maxExtension(), r.warning(), r.warningUnit(), r.startRule(), r.citation(),
					r.verified(), "");
		}
	}

	enum Mode {
		/** a new rule with its first version */
		CREATE,
		/** a version's terms */
		EDIT,
		/** a new version from a day */
		ADD_VERSION
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.list());
		return LIST;
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new RuleForm("", "", "other", LocalDate.of(1990, 1, 1), 15, null,
				PeriodUnit.WORKING_DAY, false, 0, 3, PeriodUnit.WORKING_DAY, "", "", false, ""));
		return formView(Mode.CREATE, model);
	}

	@PostMapping("/new")
	String processCreateForm(@Valid @ModelAttribute("form") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result,
				() -> rules.create(new NewRule(form.code(), form.name(), form.module(), form.terms()), form.reason()))) {
			return formView(Mode.CREATE, model);
		}
		Flash.success(redirect, "rule.created", form.name());
		return "redirect:/admin/rules";
	}

	@GetMapping("/{code}/versions/{from}/edit")
	String initUpdateForm(@PathVariable String code,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
		DeadlineRule version = rules.version(code, from);
		model.addAttribute("form", RuleForm.of(version, from));
		model.addAttribute("rule", version);
		return formView(Mode.EDIT, model);
	}

	@PostMapping("/{code}/versions/{from}/edit")
	String processUpdateForm(@PathVariable String code,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Valid @ModelAttribute("form") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DeadlineRule version = rules.version(code, from);
		model.addAttribute("rule", version);
		if (result.hasErrors()
				|| !Forms.attempt(result, () -> rules.updateVersion(code, from, form.terms(), form.reason()))) {
			return formView(Mode.EDIT, model);
		}
		Flash.success(redirect, "rule.updated", version.name());
		return "redirect:/admin/rules";
	}

	@GetMapping("/{code}/versions/new")
	String initVersionForm(@PathVariable String code, Model model) {
		DeadlineRules.RuleHistory history = rules.history(code);
		DeadlineRule latest = history.versions().get(history.versions().size() - 1);
		model.addAttribute("form", RuleForm.of(latest, null));
		model.addAttribute("rule", latest);
		return formView(Mode.ADD_VERSION, model);
	}

	@PostMapping("/{code}/versions/new")
	String processVersionForm(@PathVariable String code, @Valid @ModelAttribute("form") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DeadlineRules.RuleHistory history = rules.history(code);
		model.addAttribute("rule", history.versions().get(history.versions().size() - 1));
		if (result.hasErrors() || !Forms.attempt(result, () -> rules.addVersion(code, form.terms(), form.reason()))) {
			return formView(Mode.ADD_VERSION, model);
		}
		Flash.success(redirect, "rule.version-added", history.name(), form.inForceFrom());
		return "redirect:/admin/rules";
	}

	@PostMapping("/{code}/versions/{from}/delete")
	String delete(@PathVariable String code, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String name = rules.version(code, from).name();
		return Actions.perform(redirect, problems, "/admin/rules", () -> rules.deleteVersion(code, from, reason),
				"rule.deleted", name);
	}

	private String formView(Mode mode, Model model) {
		model.addAttribute("mode", mode.name());
		model.addAttribute("units", PeriodUnit.values());
		model.addAttribute("warningUnits", new PeriodUnit[] { PeriodUnit.WORKING_DAY, PeriodUnit.MONTH });
		return FORM;
	}
}
