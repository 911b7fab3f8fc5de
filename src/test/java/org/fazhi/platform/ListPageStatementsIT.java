package org.fazhi.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.ExemptionGround;
import org.fazhi.decision.Procedure;
import org.fazhi.normative.DocumentKind;
import org.fazhi.normative.NormativeService;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.organization.TestAccounts;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statements of each list page stay under a fixed bound that does not grow with the rows: each page is read
 * with the demo's few rows, then again once a full page of rows with their children, consultations, reviews and
 * clocks exists. The counts are printed (they are the figures of record, not assertions of speed).
 */
class ListPageStatementsIT extends IntegrationTest {

	/**
	 * page → who reads it. The rows are made in a unit of the test's own (its reviewer and staff see only them), so
	 * that the other tests never meet them; the portal and the administrators' pages are read on the demo data.
	 */
	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("/", "batch-reviewer");
		PAGES.put("/tasks", "batch-reviewer");
		PAGES.put("/decisions", "batch-reviewer");
		PAGES.put("/decisions/catalogs", "reviewer");
		PAGES.put("/consultations", "batch-staff");
		PAGES.put("/normative", "batch-reviewer");
		PAGES.put("/reviews", "batch-reviewer");
		PAGES.put("/filings", "reviewer");
		PAGES.put("/cleanups", "reviewer");
		PAGES.put("/clocks", "batch-reviewer");
		PAGES.put("/notifications", "batch-reviewer");
		PAGES.put("/audit", "auditor");
		PAGES.put("/admin/users", "sysadmin");
		PAGES.put("/gk/consultations", null);
		PAGES.put("/gk/decisions", null);
		PAGES.put("/gk/normative", null);
		PAGES.put("/enforcement/cases", "batch-reviewer");
		PAGES.put("/enforcement/officers", "batch-reviewer");
		PAGES.put("/enforcement/publications", "batch-reviewer");
		PAGES.put("/gk/enforcement", null);
		PAGES.put("/gk/enforcement/decisions", null);
	}

	/** The most statements any list page may run, whatever its rows. */
	static final int BOUND = 40;

	@Autowired
	DecisionService decisions;

	@Autowired
	ConsultationService consultations;

	@Autowired
	NormativeService normative;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	@Autowired
	org.fazhi.enforcement.Bodies bodies;

	@Autowired
	org.fazhi.enforcement.Officers officers;

	@Autowired
	org.fazhi.enforcement.Cases cases;

	@Autowired
	org.fazhi.enforcement.Publications publications;

	@Autowired
	org.fazhi.enforcement.EnforcementQueries enforcement;

	UUID[] enforcementSetup;

	/**
	 * The statements of one read of the page, the fewer of two reads: the organization tree held in memory reloads when
	 * its snapshot is older than a few seconds, which adds one statement to whichever read comes then — a cost of time,
	 * not of rows; a statement per row shows in both reads.
	 */
	int statements(String path, String user) throws Exception {
		int first = read(path, user);
		return Math.min(first, read(path, user));
	}

	private int read(String path, String user) throws Exception {
		StatementCounter.reset();
		if (user == null) {
			mvc.perform(get(path)).andExpect(status().isOk());
		}
		else {
			mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
		}
		return StatementCounter.count();
	}

	UUID division;

	@Test
	void everyListPageRunsAFixedNumberOfStatementsWhateverItsRows() throws Exception {
		UUID[] unit = TestAccounts.unitWithDivision(orgs, "batch-unit", "批量测试局");
		division = unit[1];
		TestAccounts.account(users, "batch-reviewer", "批量审查员", unit[0], TestAccounts.LEGAL_REVIEWER);
		TestAccounts.account(users, "batch-staff", "批量起草人", division, TestAccounts.STAFF);
		fill(1, 1);
		Map<String, Integer> few = new LinkedHashMap<>();
		for (var page : PAGES.entrySet()) {
			statements(page.getKey(), page.getValue());
			few.put(page.getKey(), statements(page.getKey(), page.getValue()));
		}
		fill(2, 25);
		org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
		for (var page : PAGES.entrySet()) {
			statements(page.getKey(), page.getValue());
			int many = statements(page.getKey(), page.getValue());
			if (many > few.get(page.getKey())) {
				StatementCounter.statements().forEach(sql -> System.out.println("statement " + page.getKey() + ": "
						+ sql.replaceAll("\\s+", " ")));
			}
			System.out.printf("statements %-22s few rows: %3d   a full page: %3d%n", page.getKey(), few.get(page.getKey()),
					many);
			soft.assertThat(many).as(page.getKey()).isLessThanOrEqualTo(BOUND)
				.isLessThanOrEqualTo(few.get(page.getKey()));
		}
		soft.assertAll();
	}

	/** Decisions, consultations and normative documents from..to, each with its children, reviews and clocks. */
	void fill(int from, int to) {
		UUID transfer = division;
		UUID staff = users.findByUsername("batch-staff").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		runAs.as("batch-staff", () -> {
			for (int i = from; i <= to; i++) {
				UUID d = decisions.create(new CreateDecision("批量决策" + i, today.getYear(), transfer, null, true,
						"第一条 正文" + i + "。", "说明。", "《中华人民共和国科学技术进步法》"), staff);
				decisions.exempt(d, Procedure.RISK_ASSESSMENT, ExemptionGround.NO_STABILITY_RISK, "不涉及群众切身利益。", "王明",
						today);
				decisions.recordParticipation(d, new ChannelRecord(ChannelKind.SYMPOSIUM, today, null, "会议室", "代表",
						"记录", "已采纳。", null, null, null), "王明");
				decisions.submitForReview(d, today, staff);
				consultations.prepare(new ConsultationService.Draft(transfer, ConsultationSubject.NORMATIVE_DOCUMENT,
						null, "批量征求意见" + i, "正文", null, today, today.plusDays(20), null, null), staff);
				UUID n = normative.create(new CreateDocument("批量规范性文件" + i, DocumentKind.DEPARTMENT, transfer,
						"第一条 正文。", "说明。", null, false, null), staff);
				normative.recordConsultation(n, "门户网站", today.minusDays(20), today.minusDays(5), 0, null, null);
				normative.submitForReview(n, today, staff);
			}
		});
		fillEnforcement(from, to, today);
	}

	/** Enforcement cases from..to of the unit's body, each decided and its decision published. */
	void fillEnforcement(int from, int to, LocalDate today) {
		UUID unit = orgs.unitOf(division).id();
		if (enforcementSetup == null) {
			UUID body = bodies.createBody(unit, new org.fazhi.enforcement.Bodies.BodyCommand("批量测试局",
					org.fazhi.enforcement.BodyNature.ADMINISTRATIVE_ORGAN, "测试", "《测试条例》", null));
			UUID power = bodies.addPower(body, new org.fazhi.enforcement.Bodies.PowerCommand("JC-B", "批量检查事项",
					org.fazhi.enforcement.PowerType.INSPECTION, "批量领域", "《测试条例》", "第一条", "检查", "复核", false, null));
			UUID a = officers.create(new org.fazhi.enforcement.Officers.OfficerCommand(division, body, null, "批量甲",
					"BATCH-0001", "批量领域", today.minusYears(1), today.plusYears(5), 0));
			UUID b = officers.create(new org.fazhi.enforcement.Officers.OfficerCommand(division, body, null, "批量乙",
					"BATCH-0002", "批量领域", today.minusYears(1), today.plusYears(5), 0));
			enforcementSetup = new UUID[] { power, a, b };
		}
		runAs.as("batch-staff", () -> {
			for (int i = from; i <= to; i++) {
				UUID c = cases.register(new org.fazhi.enforcement.Cases.RegisterCase(division, enforcementSetup[0],
						"批量案件" + i, org.fazhi.enforcement.PartyKind.LEGAL_PERSON, "批量公司" + i, null, "案情。",
						java.util.List.of(enforcementSetup[1], enforcementSetup[2]), java.util.Set.of(), today));
				cases.startInvestigation(c, today, null);
				cases.submitForExamination(c, null, java.util.Set.of(), today, null);
				cases.decide(c, org.fazhi.enforcement.DecisionKind.OTHER_DECISION, "检查合格。", today, null);
				publications.publish(enforcement.caseView(c).publication().id(), today, null);
			}
		});
	}
}
