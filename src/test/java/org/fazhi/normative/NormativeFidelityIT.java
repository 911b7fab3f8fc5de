package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.deadline.ClockStatus;
import org.fazhi.deadline.ClockView;
import org.fazhi.deadline.Clocks;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.normative.NormativeService.ReviseDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.RunAs;
import org.fazhi.platform.docs.DocxText;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewView;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal fidelity of the normative procedure, each situation as a user meets it (test clock: Monday 2026-06-15):
 * the revised text after an opinion, publication before force, consultation and fair competition before review, the
 * validity's last day, the dates of a cleanup, the numbering in date order, the separation of duties.
 */
class NormativeFidelityIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	NormativeService normative;

	@Autowired
	NormativeQueries registry;

	@Autowired
	ReviewService reviews;

	@Autowired
	Cleanups cleanups;

	@Autowired
	Filings filings;

	@Autowired
	Clocks clocks;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	private UUID user(String name) {
		return users.findByUsername(name).orElseThrow().id();
	}

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID draft(String title, boolean market) {
		return runAs.as("staff", () -> normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT,
				org(DemoOrgCodes.TRANSFER), "第一条 为规范管理，制定本办法。\n第二条 本办法自公布之日起施行，有效期5年。", "起草说明",
				"依据", market, null), user("staff")));
	}

	private UUID consulted(String title) {
		UUID id = draft(title, false);
		runAs.as("staff", () -> normative.recordConsultation(id, "门户网站", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12),
				1, null, null));
		return id;
	}

	/** Consulted, reviewed with a 合法性说明 and deliberated (the reviewer's minimum time overridden by the leader). */
	private UUID deliberated(String title) {
		UUID id = consulted(title);
		ReviewView review = runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff")));
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.STATEMENT, "合法。", List.of(), TODAY,
				user("reviewer")));
		runAs.as("leader", () -> normative.recordDeliberation(id, "厅长办公会议", TODAY, null, DeliberationOutcome.PASSED,
				null, "测试需要"));
		return id;
	}

	@Test
	void aRefusedPromulgationIsShownAgainWithWhatWasTypedAndNothingChanges() throws Exception {
		UUID id = deliberated("关于科技奖励提名的办法");
		org.springframework.test.web.servlet.MvcResult refused = mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/normative/{id}/promulgation", id)
					.with(as("reviewer"))
					.with(csrf())
					.param("issuerCode", "内科发")
					.param("promulgatedOn", "2026-06-15")
					.param("effectiveOn", "2026-06-01"))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		org.jsoup.nodes.Document page = org.fazhi.support.Pages.html(refused);
		assertThat(page.select("#promulgation-issuerCode").val()).isEqualTo("内科发");
		assertThat(page.select("#promulgation-effectiveOn").val()).isEqualTo("2026-06-01");
		assertThat(page.select("form[action$='/promulgation'] .invalid-feedback, form[action$='/promulgation'] .alert-danger")
			.text()).as("the refusal at the form").isNotBlank();
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.DELIBERATED);
		assertThat(registry.get(id).documentNumber()).isNull();
	}

	@Test
	void theDocumentPromulgatedAfterAnOpinionIsTheRevisedVersion() {
		NormativeView measures = registry.findByNumber("内科发政字〔2019〕5号").orElseThrow();
		assertThat(measures.text()).doesNotContain("在本区设立分支机构").contains("有效期5年");
		ReviewView review = measures.review();
		assertThat(review.revisions()).extracting(ReviewView.Revision::label).containsExactly("送审稿", "修改稿");
		assertThat(review.submitted().text()).contains("第八条 申报本措施支持的单位须在本区设立分支机构");
		assertThat(review.passedRevision().orElseThrow().text()).isEqualTo(measures.text());
		assertThat(review.problems()).allSatisfy(p -> assertThat(p.handledInRevision()).isEqualTo(2));
		assertThat(review.problems().get(0).description()).contains("国发〔2016〕34号").doesNotContain("公平竞争审查条例");
		String official = DocxText.extract(normative.officialText(measures.id()), "text");
		assertThat(official).contains("有效期5年").doesNotContain("在本区设立分支机构");
	}

	@Test
	void aRevisionInAnswerToTheOpinionGoesToTheReviewAndPassesOnlyWhenConfirmed() {
		UUID id = consulted("关于科技服务机构备案的办法");
		ReviewView review = runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff")));
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.OPINION, "须修改。", List.of("第二条须明确施行日期"),
				TODAY, user("reviewer")));
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.OPINION_HANDLING);
		NormativeView d = registry.get(id);
		runAs.as("staff", () -> normative.revise(id, new ReviseDocument(d.title(),
				"第一条 为规范管理，制定本办法。\n第二条 本办法自2026年8月1日起施行，有效期5年。", d.explanation(), d.basis(), false, 5,
				false, null, null, null), d.version()));
		ReviewView revised = reviews.get(review.id());
		assertThat(revised.revisions()).hasSize(2);
		runAs.as("staff", () -> reviews.recordHandling(review.id(), revised.problems().get(0).id(), "已明确施行日期", TODAY,
				"王明", user("staff")));
		runAs.as("reviewer", () -> reviews.confirm(review.id(), TODAY, user("reviewer"), null));
		NormativeView passed = registry.get(id);
		assertThat(passed.status()).isEqualTo(DocumentStatus.REVIEW_PASSED);
		assertThat(passed.text()).contains("2026年8月1日起施行");
	}

	@Test
	void aDocumentReachingItsEffectiveDateUnpublishedIsNotInForceAndItsDrafterIsTold() {
		UUID id = deliberated("关于科技园区认定的办法");
		runAs.as("reviewer", () -> normative.promulgate(id, "内科发政字", TODAY, LocalDate.of(2026, 6, 17), null));
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.PROMULGATED);
		clock.setDate(LocalDate.of(2026, 6, 17));
		normative.advance(LocalDate.of(2026, 6, 17));
		NormativeView unpublished = registry.get(id);
		assertThat(unpublished.status()).isEqualTo(DocumentStatus.UNPUBLISHED);
		assertThat(unpublished.inForce()).isFalse();
		assertThat(jdbc.sql("select count(*) from notification_message where dedupe_key = :k")
			.param("k", "normative:" + id + ":unpublished")
			.query(Long.class)
			.single()).isEqualTo(1);
		runAs.as("reviewer", () -> normative.publish(id, LocalDate.of(2026, 6, 17)));
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.IN_FORCE);
	}

	@Test
	void theValidityWarningIsDueOnTheLastValidDay() {
		UUID id = deliberated("关于科技成果评价的办法");
		runAs.as("reviewer", () -> normative.promulgate(id, "内科发政字", TODAY, LocalDate.of(2026, 12, 13), null));
		NormativeView d = registry.get(id);
		assertThat(d.expiresOn()).isEqualTo(LocalDate.of(2031, 12, 12));
		ClockView validity = d.clocks().stream().filter(c -> c.ruleCode().equals("ND_VALIDITY_EXPIRY")).findFirst()
			.orElseThrow();
		assertThat(validity.dueDate()).isEqualTo(LocalDate.of(2031, 12, 12));
		assertThat(clocks.explain(validity.id())).contains("届满日：2031-12-12").doesNotContain("2031-12-13");
	}

	@Test
	void aMarketRelatedDraftIsReviewedForFairCompetitionOnItsPresentTextBeforeItsLegalityReview() {
		UUID id = draft("关于科技型企业奖补的办法", true);
		runAs.as("staff", () -> normative.recordConsultation(id, "门户网站", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 12),
				0, null, null));
		assertThatThrownBy(() -> runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff"))))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("fair-competition.rule.missing");
		runAs.as("staff", () -> normative.recordFairCompetition(id, FairCompetition.PASSES, null, TODAY, "王明"));
		NormativeView d = registry.get(id);
		runAs.as("staff", () -> normative.revise(id, new ReviseDocument(d.title(), d.text() + "\n第三条 补充条款。",
				d.explanation(), d.basis(), true, 5, false, null, null, null), null));
		assertThatThrownBy(() -> runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff"))))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("fair-competition.rule.missing");
		runAs.as("staff", () -> normative.recordFairCompetition(id, FairCompetition.PASSES, "复审", TODAY, "王明"));
		assertThat(runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff"))).status())
			.isEqualTo(ReviewStatus.SUBMITTED);
	}

	@Test
	void aMarketRelatedConsultationOf2026NeedsThirtyDays() {
		UUID id = draft("关于科技企业孵化的办法", true);
		assertThatThrownBy(() -> runAs.as("staff", () -> normative.recordConsultation(id, "门户网站", LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 12), 0, null, null)))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(e.getMessage()).contains("consultation.rule.period-too-short"));
	}

	@Test
	void aValidityOfSixYearsIsRefusedWithoutItsReasonAndAllowedWithIt() {
		assertThatThrownBy(() -> runAs.as("staff", () -> normative.create(new CreateDocument("六年期办法", DocumentKind.DEPARTMENT,
				org(DemoOrgCodes.TRANSFER), "第一条 正文。", null, null, false, 6), user("staff"))))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("normative.rule.validity-max");
		UUID id = runAs.as("staff", () -> normative.create(new CreateDocument("六年期办法", DocumentKind.DEPARTMENT,
				org(DemoOrgCodes.TRANSFER), "第一条 正文。", null, null, false, 6, false, "与国家六年专项规划期限一致", null, null),
				user("staff")));
		assertThat(registry.get(id).validityYears()).isEqualTo(6);
	}

	@Test
	void aDraftWithAConfidentialityGroundNeedsNoConsultation() {
		UUID id = runAs.as("staff", () -> normative.create(new CreateDocument("保密事项办法", DocumentKind.DEPARTMENT,
				org(DemoOrgCodes.TRANSFER), "第一条 正文。本办法自公布之日起施行。", null, null, false, 5, false, null,
				ConsultationWaiver.CONFIDENTIAL, "涉及国家秘密"), user("staff")));
		assertThat(runAs.as("staff", () -> normative.submitForReview(id, TODAY, user("staff"))).status())
			.isEqualTo(ReviewStatus.SUBMITTED);
	}

	@Test
	void aReviewerNeverReviewsADocumentHeDrafted() {
		UUID id = runAs.as("reviewer2", () -> normative.create(new CreateDocument("法规处起草的办法", DocumentKind.DEPARTMENT,
				org(DemoOrgCodes.LEGAL), "第一条 正文。本办法自公布之日起施行。", null, null, false, 5, false, null,
				ConsultationWaiver.NOT_AFFECTING_RIGHTS, "仅规范内部工作流程"), user("reviewer2")));
		ReviewView review = runAs.as("reviewer2", () -> normative.submitForReview(id, TODAY, user("reviewer2")));
		assertThatThrownBy(() -> reviews.claim(review.id(), user("reviewer2")))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("review.rule.reviewer-is-drafter");
		assertThatThrownBy(() -> reviews.complete(review.id(), ReviewOutcome.STATEMENT, "合法。", List.of(), TODAY,
				user("reviewer2")))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("review.rule.reviewer-is-drafter");
		assertThatThrownBy(() -> runAs.as("reviewer2",
				() -> reviews.returnForCompletion(review.id(), "请补充起草说明。", TODAY, null)))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("review.rule.reviewer-is-drafter");
		reviews.claim(review.id(), user("reviewer"));
		assertThat(reviews.get(review.id()).reviewerName()).isEqualTo("李华");
	}

	@Test
	void theReviewDocumentsOf2019AreNumberedInTheOrderOfTheirDates() {
		List<LocalDate> dates = jdbc.sql("select completed_on from review_request where number_year = 2019 "
				+ "and number_prefix = '科技厅法审' order by number_seq")
			.query(LocalDate.class)
			.list();
		assertThat(dates).hasSize(19).isSorted();
	}

	@Test
	void aDocumentCannotBeNumberedBeforeTheLastNumberedOneOfItsYear() {
		UUID id = deliberated("补录文号的办法");
		LocalDate last = jdbc.sql("select last_date from platform_document_number where issuer_code = '内科发政字' "
				+ "and year_num = 2026").query(LocalDate.class).single();
		assertThatThrownBy(() -> runAs.as("reviewer", () -> normative.promulgate(id, "内科发政字", last.minusDays(1),
				last.minusDays(1), null)))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("number.out-of-order");
	}

	@Test
	void cleanupStepsCarryTheDatesEnteredAndIncludeDocumentsNotYetInForce() {
		UUID id = deliberated("待施行的办法");
		runAs.as("reviewer", () -> normative.promulgate(id, "内科发政字", TODAY, LocalDate.of(2026, 9, 1), null));
		runAs.as("reviewer", () -> normative.publish(id, TODAY));
		clock.setDate(LocalDate.of(2026, 6, 22));
		UUID campaign = runAs.as("reviewer", () -> cleanups.open(org(DemoOrgCodes.DEPARTMENT), "2026年即时清理（日期）",
				CleanupView.Kind.IMMEDIATE, LocalDate.of(2026, 6, 16), user("reviewer")));
		assertThat(cleanups.get(campaign).items()).extracting(CleanupView.Item::documentId).contains(id);
		runAs.as("staff", () -> cleanups.propose(campaign, id, CleanupDecision.KEEP, null, "王明", LocalDate.of(2026, 6, 17)));
		runAs.as("reviewer", () -> cleanups.confirm(campaign, id, null, "李华", LocalDate.of(2026, 6, 18)));
		CleanupView.Item item = cleanups.get(campaign).items().stream().filter(i -> i.documentId().equals(id))
			.findFirst().orElseThrow();
		assertThat(item.proposedOn()).isEqualTo(LocalDate.of(2026, 6, 17));
		assertThat(item.confirmedOn()).isEqualTo(LocalDate.of(2026, 6, 18));
		assertThatThrownBy(() -> runAs.as("reviewer", () -> cleanups.confirm(campaign, id, null, "李华",
				LocalDate.of(2026, 6, 15))))
			.extracting(e -> ((FazhiException) e).code())
			.isEqualTo("cleanup.step.date");
	}

	@Test
	void thePeriodicCleanupOf2019StartedTheReminderOfTheNext() {
		UUID department = org(DemoOrgCodes.DEPARTMENT);
		List<ClockView> cycle = clocks.forSubject(Cleanups.CYCLE, department.toString());
		assertThat(cycle).singleElement().satisfies(c -> {
			assertThat(c.startDate()).isEqualTo(LocalDate.of(2019, 9, 27));
			assertThat(c.dueDate()).isEqualTo(LocalDate.of(2021, 9, 27));
			assertThat(c.status()).isEqualTo(ClockStatus.OVERDUE);
		});
	}

	@Test
	void noClockOf2019ClosedOnTimeRaisedANotice() {
		assertThat(jdbc.sql("""
				select count(*) from notification_message m join deadline_clock c on m.link = concat('/clocks/', cast(c.id as varchar(40)))
				where c.stopped_on is not null and c.start_date < date '2020-01-01'""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from notification_message m join review_request r on m.link = concat('/reviews/', cast(r.id as varchar(40)))
				where r.completed_on is not null and r.submitted_on < date '2020-01-01' and m.title like '新的合法性审查申请%'""")
			.query(Long.class)
			.single()).isZero();
	}
}
