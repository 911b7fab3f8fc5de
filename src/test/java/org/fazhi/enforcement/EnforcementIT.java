package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.enforcement.Cases.Evidence;
import org.fazhi.enforcement.Cases.RecordAct;
import org.fazhi.enforcement.Cases.RegisterCase;
import org.fazhi.enforcement.EnforcementViews.CaseView;
import org.fazhi.enforcement.EnforcementViews.PublicationView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.RunAs;
import org.fazhi.platform.Texts;
import org.fazhi.review.ChecklistAnswer;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The enforcement procedure as the services and pages carry it out, on H2 and PostgreSQL. */
class EnforcementIT extends IntegrationTest {

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	Bodies bodies;

	@Autowired
	Publications publications;

	@Autowired
	EnforcementQueries queries;

	@Autowired
	ReviewService reviews;

	@Autowired
	Clocks clocks;

	@Autowired
	CalendarService calendar;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

	/** A unit of each test's own: its cases are numbered in date order, and each test dates its cases as it needs. */
	EnforcementFixture fx;

	static int tests;

	LocalDate today;

	WorkingCalendar cal;

	@BeforeEach
	void fixture() {
		today = LocalDate.now(clock);
		cal = calendar.calendar();
		tests++;
		StringBuilder letters = new StringBuilder();
		for (long n = System.nanoTime() / 1000 + tests; letters.length() < 6; n /= 26) {
			letters.append((char) ('A' + n % 26));
		}
		fx = EnforcementFixture.create("en-it-" + letters.toString().toLowerCase(), letters.toString(), orgs, users,
				bodies, officers, runAs, today);
	}

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	private UUID register(UUID power, PartyKind kind, String party, String idNumber, List<UUID> team, LocalDate on) {
		return runAs.as(fx.officer, () -> cases.register(new RegisterCase(fx.division, power, "测试案件", kind, party,
				idNumber, "测试案情。", team, Set.of(), on)));
	}

	private void recordInspection(UUID id, LocalDate on) {
		byte[] wav = DemoEvidence.wav(440);
		runAs.as(fx.officer, () -> cases.recordAct(id, new RecordAct(RecordedAct.ON_SITE_INSPECTION, "现场检查", "检查。",
				on.atTime(10, 0), "现场", List.of(fx.first, fx.second),
				new Evidence("rec.wav", wav, Texts.sha256(wav), "执法记录仪01"))));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void aMajorCaseRunsFromRegistrationToClosingWithItsReviewClocksAndRecord() {
		LocalDate registered = cal.minusWorkingDays(today, 30);
		UUID id = register(fx.penalty, PartyKind.LEGAL_PERSON, "某测试有限公司", "91150100MA0N999991",
				List.of(fx.first, fx.second), registered);
		runAs.as(fx.officer, () -> cases.startInvestigation(id, registered, null));
		recordInspection(id, cal.minusWorkingDays(today, 28));
		runAs.as(fx.officer, () -> cases.submitForExamination(id, new BigDecimal("150000"), Set.of(),
				cal.minusWorkingDays(today, 20), null));

		// 第五十八条: no decision before the legal review
		assertThatThrownBy(() -> runAs.as(fx.officer, () -> cases.decide(id, DecisionKind.PENALTY, "罚款15万元。",
				cal.minusWorkingDays(today, 19), null))).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.major-needs-review");
		assertThat(queries.caseView(id).status()).isEqualTo(CaseStatus.EXAMINING);

		UUID reviewId = runAs.as(fx.officer, () -> cases.requestReview(id, "拟罚款15万元。", "情况说明。",
				cal.minusWorkingDays(today, 6), null));
		UUID reviewer = users.findByUsername(fx.reviewer).orElseThrow().id();
		List<ChecklistAnswer> all = ReviewSubject.ENFORCEMENT_DECISION.checklist().stream()
			.map(i -> new ChecklistAnswer(i, true, null)).toList();
		// 第五十八条第二款: a reviewer without a recorded 法律职业资格 gives no outcome; the review stays open
		assertThatThrownBy(() -> runAs.as(fx.reviewer, () -> reviews.complete(reviewId, ReviewOutcome.STATEMENT, "同意。",
				List.of(), all, cal.minusWorkingDays(today, 5), reviewer, null))).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.reviewer-not-qualified");
		assertThat(reviews.get(reviewId).status().open()).isTrue();
		if (!officers.qualified(reviewer)) {
			officers.recordQualification(reviewer, "A2015150100001", LocalDate.of(2015, 12, 1), "测试");
		}
		// the review contents are answered item by item
		assertThatThrownBy(() -> runAs.as(fx.reviewer, () -> reviews.complete(reviewId, ReviewOutcome.STATEMENT, "同意。",
				List.of(), all.subList(0, 7), cal.minusWorkingDays(today, 5), reviewer, null)))
			.extracting(EnforcementIT::code)
			.isEqualTo("review.rule.checklist-unanswered");
		runAs.as(fx.reviewer, () -> reviews.complete(reviewId, ReviewOutcome.STATEMENT, "同意。", List.of(), all,
				cal.minusWorkingDays(today, 5), reviewer, null));
		assertThat(reviews.get(reviewId).status()).isEqualTo(ReviewStatus.PASSED);
		assertThat(reviews.checklist(reviewId)).hasSize(8).allMatch(ChecklistAnswer::compliant);

		// the dates keep every clock clear of its warning when it starts: no notice is raised about a clock the test closes
		LocalDate decided = cal.minusWorkingDays(today, 4);
		runAs.as(fx.officer, () -> cases.decide(id, DecisionKind.PENALTY, "对某测试有限公司罚款15万元。", decided, null));
		CaseView c = queries.caseView(id);
		assertThat(c.reviewedBefore()).isTrue();
		ClockView decide = clock(c, "EN_DECIDE");
		assertThat(decide.status()).isEqualTo(ClockStatus.DONE_ON_TIME);
		assertThat(decide.dueDate()).isEqualTo(registered.plusDays(90));
		// 第六十一条 and 第八十五条: seven working days to serve
		assertThat(clock(c, "EN_SERVICE").dueDate()).isEqualTo(cal.plusWorkingDays(decided, 7));
		// 118号: a penalty is published within 7 working days
		assertThat(c.publication().dueClock().dueDate()).isEqualTo(cal.plusWorkingDays(decided, 7));

		LocalDate served = cal.minusWorkingDays(today, 3);
		runAs.as(fx.officer, () -> cases.serve(id, ServiceMethod.DIRECT, served, null));
		ClockView payment = clock(queries.caseView(id), "EN_PAYMENT");
		assertThat(payment.dueDate()).isAfterOrEqualTo(served.plusDays(15));
		runAs.as(fx.officer, () -> cases.execute(id, "已缴纳。", cal.minusWorkingDays(today, 1), null));
		runAs.as(fx.officer, () -> cases.close(id, today, null));
		c = queries.caseView(id);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.record()).extracting(RecordEntry::kind).contains(RecordKind.STEP, RecordKind.ACT);
		assertThat(c.record()).extracting(RecordEntry::step).contains(CaseStatus.REGISTERED, CaseStatus.DECIDED,
				CaseStatus.CLOSED);
		assertThat(c.recordIntact()).isTrue();
	}

	private static ClockView clock(CaseView c, String rule) {
		return c.clocks().stream().filter(k -> k.ruleCode().equals(rule)).findFirst().orElseThrow();
	}

	@Test
	void anActWithOneOfficerOrAnExpiredCertificateIsRefusedAndNothingIsWritten() {
		long before = count("enforcement_case");
		assertThatThrownBy(() -> register(fx.penalty, PartyKind.LEGAL_PERSON, "公司", null, List.of(fx.first), today))
			.extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.two-officers");
		UUID expired = runAs.as(fx.reviewer, () -> officers.create(new Officers.OfficerCommand(fx.division, fx.body, null,
				"丙执法员", "EN-IT-EXP-" + UUID.randomUUID().toString().substring(0, 6), EnforcementFixture.AREA,
				today.minusYears(6), today.minusDays(1), 0)));
		assertThatThrownBy(() -> register(fx.penalty, PartyKind.LEGAL_PERSON, "公司", null, List.of(fx.first, expired),
				today)).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.certificate-not-in-force");
		assertThat(count("enforcement_case")).isEqualTo(before);
	}

	@Test
	void anEvidenceFileWhoseChecksumDoesNotMatchIsRefusedAndNothingIsStored() {
		UUID id = register(fx.inspection, PartyKind.LEGAL_PERSON, "公司", null, List.of(fx.first, fx.second), today);
		long files = count("attachment_file");
		long entries = count("enforcement_record");
		byte[] wav = DemoEvidence.wav(300);
		assertThatThrownBy(() -> runAs.as(fx.officer, () -> cases.addEvidence(id, "录音", null,
				today.atTime(8, 0), "现场", new Evidence("a.wav", wav, "0".repeat(64), "记录仪")))).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.checksum-mismatch");
		// an on-site inspection without its recording
		assertThatThrownBy(() -> runAs.as(fx.officer, () -> cases.recordAct(id, new RecordAct(
				RecordedAct.ON_SITE_INSPECTION, "现场检查", null, today.atTime(8, 0), "现场", List.of(fx.first, fx.second),
				null)))).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.audio-video-required");
		assertThat(count("attachment_file")).isEqualTo(files);
		assertThat(count("enforcement_record")).isEqualTo(entries);
	}

	@Test
	void aRecordedEntryIsNeverEditedACorrectionIsAddedAndAnEditBehindTheAppIsSeen() throws Exception {
		UUID id = register(fx.inspection, PartyKind.LEGAL_PERSON, "公司", null, List.of(fx.first, fx.second), today);
		RecordEntry first = queries.caseView(id).record().get(0);
		runAs.as(fx.officer, () -> cases.correct(id, first.id(), "立案日期笔误，应为当日上午。"));
		List<RecordEntry> after = queries.caseView(id).record();
		assertThat(after).hasSize(2);
		assertThat(after.get(0).title()).isEqualTo(first.title());
		assertThat(after.get(1).correctsId()).isEqualTo(first.id());
		assertThat(after).allMatch(RecordEntry::intact);
		// no route changes or removes an entry: the application's routes into a case only add to it
		assertThat(mappings.getHandlerMethods().keySet().stream()
			.filter(m -> m.getPatternValues().stream().anyMatch(v -> v.startsWith("/enforcement/cases/{id}")))
			.flatMap(m -> m.getMethodsCondition().getMethods().stream()))
			.isNotEmpty()
			.allMatch(m -> m == org.springframework.web.bind.annotation.RequestMethod.GET
					|| m == org.springframework.web.bind.annotation.RequestMethod.POST);
		assertThat(mappings.getHandlerMethods().keySet().stream().flatMap(m -> m.getPatternValues().stream()))
			.noneMatch(v -> v.startsWith("/enforcement/cases/{id}/record"));
		// an entry changed in the database is no longer what the audit chain holds
		jdbc.sql("update enforcement_record set content = '改过的内容' where id = :id").param("id", first.id()).update();
		CaseView c = queries.caseView(id);
		assertThat(c.recordIntact()).isFalse();
		assertThat(c.record().get(0).intact()).isFalse();
		assertThat(c.record().get(1).intact()).isTrue();
		// a correction naming another case's entry is refused
		UUID other = register(fx.inspection, PartyKind.LEGAL_PERSON, "公司", null, List.of(fx.first, fx.second), today);
		assertThatThrownBy(() -> runAs.as(fx.officer, () -> cases.correct(other, first.id(), "更正。")))
			.extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.correction-unknown");
	}

	@Test
	void aPublishedDecisionShowsNoPersonalDataAndIsWithdrawnWithinThreeWorkingDaysWithItsReason() throws Exception {
		LocalDate registered = cal.minusWorkingDays(today, 12);
		UUID id = register(fx.penalty, PartyKind.NATURAL_PERSON, "李测试", "150102199001011234",
				List.of(fx.first, fx.second), registered);
		runAs.as(fx.officer, () -> {
			cases.startInvestigation(id, registered, null);
			cases.submitForExamination(id, null, Set.of(), registered, null);
			cases.tellHearingRight(id, registered, null);
		});
		// 第六十四条: not before the party's five working days have passed
		assertThatThrownBy(() -> runAs.as(fx.officer, () -> cases.decide(id, DecisionKind.PENALTY,
				"对李测试（身份证号150102199001011234）给予警告。", cal.plusWorkingDays(registered, 5), null)))
			.extracting(EnforcementIT::code)
			.isEqualTo("enforcement.rule.hearing-window");
		LocalDate decided = cal.minusWorkingDays(today, 3);
		runAs.as(fx.officer, () -> cases.decide(id, DecisionKind.PENALTY, "对李测试（身份证号150102199001011234）给予警告。",
				decided, null));
		PublicationView p = queries.caseView(id).publication();
		assertThat(p.partyShown()).isEqualTo("李**");
		assertThat(p.conclusion()).doesNotContain("李测试").doesNotContain("150102199001011234");
		// not on the portal before it is published
		mvc.perform(get("/gk/enforcement/decisions/" + p.id())).andExpect(status().isNotFound());
		LocalDate published = cal.plusWorkingDays(decided, 1);
		runAs.as(fx.reviewer, () -> publications.publish(p.id(), published, null));
		mvc.perform(get("/gk/enforcement/decisions/" + p.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("李**")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("李测试"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("150102199001011234"))));

		LocalDate revoked = cal.plusWorkingDays(published, 1);
		runAs.as(fx.officer, () -> cases.revoke(id, RevocationKind.REVOKED, "经行政复议撤销（内政复决字〔2026〕1号）。", revoked,
				null));
		PublicationView pending = queries.publication(p.id());
		assertThat(pending.awaitingWithdrawal()).isTrue();
		// 第四十八条第二款 and 第八十五条: three working days
		assertThat(pending.withdrawClock().dueDate()).isEqualTo(cal.plusWorkingDays(revoked, 3));
		assertThatThrownBy(() -> publications.withdraw(p.id(), " ", revoked, null)).extracting(EnforcementIT::code)
			.isEqualTo("enforcement.publication.reason-required");
		runAs.as(fx.reviewer, () -> publications.withdraw(p.id(), "该决定已被行政复议机关撤销。", revoked, null));
		PublicationView withdrawn = queries.publication(p.id());
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.withdrawClock().status()).isEqualTo(ClockStatus.DONE_ON_TIME);
		mvc.perform(get("/gk/enforcement/decisions/" + p.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("该决定已被行政复议机关撤销。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("给予警告"))));
	}

	@Test
	void anImportWithABadRowWritesNothingAndSaysWhereEachErrorIs() throws Exception {
		long before = count("enforcement_officer");
		String body = queries.body(fx.body).name();
		String division = orgs.get(fx.division).name();
		byte[] bad = workbook(new String[][] {
				{ "张一", body, "IMP-0001", EnforcementFixture.AREA, "2025-01-01", "2031-01-01", "20", division },
				{ "张二", "不存在的主体", "IMP-0002", EnforcementFixture.AREA, "2025-01-01", "2031-01-01", "20", division },
				{ "张三", body, "IMP-0001", EnforcementFixture.AREA, "二〇二五年", "2031-01-01", "x", division } });
		Officers.ImportResult refused = officers.importRegister(fx.unit, bad);
		assertThat(refused.accepted()).isFalse();
		assertThat(refused.errors()).extracting(Officers.ImportError::row, Officers.ImportError::column)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "执法主体"), org.assertj.core.groups.Tuple.tuple(4, "执法证号"),
					org.assertj.core.groups.Tuple.tuple(4, "发证日期"), org.assertj.core.groups.Tuple.tuple(4, "培训学时"));
		assertThat(count("enforcement_officer")).isEqualTo(before);

		byte[] good = workbook(new String[][] {
				{ "张一", body, "IMP-0001", EnforcementFixture.AREA, "2025-01-01", "2031-01-01", "20", division },
				{ "张二", body, "IMP-0002", EnforcementFixture.AREA + "、科研诚信", "2025/1/1", "2031-01-01", "", division } });
		assertThat(officers.importRegister(fx.unit, good).imported()).isEqualTo(2);
		assertThat(count("enforcement_officer")).isEqualTo(before + 2);
		assertThatThrownBy(() -> officers.importRegister(fx.unit, "not a workbook".getBytes()))
			.extracting(EnforcementIT::code)
			.isEqualTo("enforcement.import.unreadable");
	}

	private static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("名册");
			var header = sheet.createRow(0);
			for (int c = 0; c < Officers.IMPORT_COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(Officers.IMPORT_COLUMNS.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theVerificationPageShowsTheCardAndWhetherItIsValidTodayAndNothingElse() throws Exception {
		var o = queries.officer(fx.first);
		mvc.perform(get("/gk/enforcement/officers/" + o.verifyCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("甲执法员")))
			.andExpect(content().string(Matchers.containsString(o.certificateNo())))
			.andExpect(content().string(Matchers.containsString("今日（" + today + "）有效")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(o.orgName()))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(String.valueOf(o.issuedOn())))));
		mvc.perform(get("/gk/enforcement/officers/NOSUCHCODE"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("不存在")));
		UUID suspended = runAs.as(fx.reviewer, () -> officers.create(new Officers.OfficerCommand(fx.division, fx.body,
				null, "丁执法员", "EN-IT-SUS-" + UUID.randomUUID().toString().substring(0, 6), EnforcementFixture.AREA,
				today.minusYears(1), today.plusYears(5), 0)));
		var s = queries.officer(suspended);
		officers.changeStatus(suspended, OfficerStatus.SUSPENDED, "停职检查", null);
		mvc.perform(get("/gk/enforcement/officers/" + s.verifyCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("无效")));
	}
}
