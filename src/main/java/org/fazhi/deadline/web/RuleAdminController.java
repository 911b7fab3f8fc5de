package org.fazhi.deadline.web;

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
import org.fazhi.deadline.DeadlineRules.RuleCommand;
import org.fazhi.platform.web.Actions;
import org.fazhi.platform.web.Flash;
import org.fazhi.platform.web.Forms;
import org.fazhi.platform.web.Problems;
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

/** 期限规则维护 (系统管理员): amounts adapted to the jurisdiction, each change with a reason, audited. */
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

	record RuleForm(
			@NotBlank(message = "{rule.code.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}",
					message = "{rule.code.pattern}") String code,
			@NotBlank(message = "{rule.name.required}") @Size(max = 100, message = "{rule.name.size}") String name,
			@NotNull(message = "{rule.amount.required}") @Min(value = 1, message = "{rule.amount.positive}") Integer amount,
			@NotNull(message = "{rule.unit.required}") PeriodUnit unit, Boolean rollForward,
			@Min(value = 0, message = "{rule.minimum.negative}") Integer minimum,
			@NotNull(message = "{rule.extension.required}") @Min(value = 0, message = "{rule.extension.negative}") Integer maxExtension,
			@NotNull(message = "{rule.warning.required}") @Min(value = 0, message = "{rule.warning.range}") @Max(value = 400,
					message = "{rule.warning.range}") Integer warningDays,
			@NotBlank(message = "{rule.start.required}") @Size(max = 200, message = "{rule.start.size}") String startRule,
			@NotBlank(message = "{rule.citation.required}") @Size(max = 500, message = "{rule.citation.size}") String citation,
			@NotBlank(message = "{rule.module.required}") String module,
			@NotBlank(message = "{rule.reason.required}") @Size(max = 300, message = "{rule.reason.size}") String reason) {

		RuleCommand command() {
			return new RuleCommand(code, name, amount, unit, Boolean.TRUE.equals(rollForward), minimum, maxExtension,
					warningDays, startRule, citation, module);
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.list());
		return LIST;
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new RuleForm("", "", 15, PeriodUnit.WORKING_DAY, false, null, 0, 3, "", "", "other", ""));
		return formView(false, model);
	}

	@PostMapping("/new")
	String processCreateForm(@Valid @ModelAttribute("form") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !Forms.attempt(result, () -> rules.create(form.command(), form.reason()))) {
			return formView(false, model);
		}
		Flash.success(redirect, "rule.created", form.name());
		return "redirect:/admin/rules";
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		DeadlineRule r = rules.get(code);
		model.addAttribute("form", new RuleForm(r.code(), r.name(), r.amount(), r.unit(), r.rollForward(), r.minimum(),
				r.maxExtension(), r.warningDays(), r.startRule(), r.citation(), r.module(), ""));
		model.addAttribute("rule", r);
		return formView(true, model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("rule", rules.get(code));
		if (result.hasErrors() || !Forms.attempt(result, () -> rules.update(code, form.command(), form.reason()))) {
			return formView(true, model);
		}
		Flash.success(redirect, "rule.updated", form.name());
		return "redirect:/admin/rules";
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String name = rules.get(code).name();
		return Actions.perform(redirect, problems, "/admin/rules", () -> rules.delete(code, reason), "rule.deleted",
				name);
	}

	private String formView(boolean editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("units", PeriodUnit.values());
		return FORM;
	}
}
