package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.enforcement.Cases.Evidence;
import org.fazhi.enforcement.Cases.RecordAct;
import org.fazhi.enforcement.Cases.RegisterCase;
import org.fazhi.enforcement.Officers.OfficerCommand;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DemoDataLoader;
import org.fazhi.platform.RunAs;
import org.fazhi.platform.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enforcement items of the present, relative to today: 陈强 (the officer account) and 赵刚, whose certificate
 * expires in a few weeks; an inspection decided two working days ago whose service and publicity clocks run; a penalty
 * case under investigation.
 */
@Component
@Order(45)
class DemoEnforcementNow implements DemoDataLoader {

	static final String MARKER = "15010021007";

	private final Officers officers;

	private final Cases cases;

	private final OrganizationService orgs;

	private final UserService users;

	private final CalendarService calendar;

	private final RunAs runAs;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoEnforcementNow(Officers officers, Cases cases, OrganizationService orgs, UserService users,
			CalendarService calendar, RunAs runAs, JdbcClient jdbc, Clock clock) {
		this.officers = officers;
		this.cases = cases;
		this.orgs = orgs;
		this.users = users;
		this.calendar = calendar;
		this.runAs = runAs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		if (jdbc.sql("select count(*) from enforcement_officer where certificate_no = :n").param("n", MARKER)
			.query(Long.class).single() > 0) {
			return;
		}
		UUID body = jdbc.sql("select id from enforcement_body where name = :n").param("n", DemoEnforcement.BODY)
			.query(UUID.class).optional().orElse(null);
		if (body == null) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		WorkingCalendar cal = calendar.calendar();
		UUID hightech = orgs.findByCode(DemoOrgCodes.HIGHTECH).orElseThrow().id();
		UUID officerUser = users.findByUsername("officer").orElseThrow().id();
		runAs.as("reviewer", () -> {
			// 陈强's card was issued two years ago: in force, registered, nothing due
			UUID chen = officers.create(new OfficerCommand(hightech, body, officerUser, "陈强", MARKER,
					DemoEnforcement.AREA + "、高新技术企业认定", today.minusYears(2), today.minusYears(2).plusYears(6).minusDays(1),
					48));
			LocalDate expires = today.plusDays(25);
			UUID zhao = officers.create(new OfficerCommand(hightech, body, null, "赵刚", "15010020011", DemoEnforcement.AREA,
					expires.minusYears(6).plusDays(1), expires, 32));
			// 赵刚's six years end in 25 days; his card is also past its three-year 审核注册, which the manager sees as due
			UUID inspection = power(body, "KJT-JC-001");
			UUID penalty = power(body, "KJT-CF-001");
			List<UUID> team = List.of(chen, zhao);

			LocalDate registered = cal.minusWorkingDays(today, 12);
			UUID decided = runAs.as("officer", () -> cases.register(new RegisterCase(hightech, inspection,
					"自治区科技计划项目实施情况随机抽查（内蒙古某信息技术有限公司）", PartyKind.LEGAL_PERSON, "内蒙古某信息技术有限公司",
					"91150100MA0N000003", "本年度双随机抽查抽中该公司承担的自治区科技计划项目。", team, Set.of(), registered)));
			runAs.as("officer", () -> {
				cases.startInvestigation(decided, registered, null);
				act(decided, RecordedAct.ON_SITE_INSPECTION, "项目现场检查", "查看项目实施现场和财务账册。",
						cal.minusWorkingDays(today, 10).atTime(9, 30), "呼和浩特市赛罕区", team, 494);
				cases.submitForExamination(decided, null, Set.of(), cal.minusWorkingDays(today, 6), null);
				cases.decide(decided, DecisionKind.OTHER_DECISION, "检查结论：项目按任务书执行，未发现违规使用经费的情况。",
						cal.minusWorkingDays(today, 2), null);
			});

			LocalDate opened = cal.minusWorkingDays(today, 6);
			UUID investigating = runAs.as("officer", () -> cases.register(new RegisterCase(hightech, penalty,
					"某科技服务中心重复申报科技计划项目案", PartyKind.OTHER_ORGANIZATION, "呼和浩特市某科技服务中心", null,
					"举报反映：该中心以相同内容重复申报两项自治区科技计划项目。", team, Set.of(), opened)));
			runAs.as("officer", () -> {
				cases.startInvestigation(investigating, opened, null);
				act(investigating, RecordedAct.EVIDENCE_COLLECTION, "询问中心负责人", "制作询问笔录一份，调取申报材料两套。",
						cal.minusWorkingDays(today, 4).atTime(14, 0), "科技厅执法询问室", team, 554);
			});
		});
	}

	private void act(UUID caseId, RecordedAct act, String title, String content, LocalDateTime at, String place,
			List<UUID> team, int hertz) {
		byte[] wav = DemoEvidence.wav(hertz);
		cases.recordAct(caseId, new RecordAct(act, title, content, at, place, team, new Evidence("执法记录仪-"
				+ at.toLocalDate() + ".wav", wav, Texts.sha256(wav), "执法记录仪 DSJ-KJT-03")));
	}

	private UUID power(UUID body, String code) {
		return jdbc.sql("select id from enforcement_power where body_id = :b and code = :c").param("b", body)
			.param("c", code).query(UUID.class).single();
	}
}
