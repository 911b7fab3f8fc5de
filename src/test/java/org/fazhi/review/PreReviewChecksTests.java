package org.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each pre-review check, with texts that must and must not trigger it. */
class PreReviewChecksTests {

	/** A normative document that has a validity period and an effective date, so that only the tested rule speaks. */
	private static final String TAIL = "本办法自2019年10月1日起施行，有效期5年。";

	private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 6, 15);

	private static PreReviewChecks.Context registered(Integer years, boolean provisional) {
		return new PreReviewChecks.Context(years, provisional, false, true);
	}

	private static List<PreReviewRule> rules(String title, String text, boolean normative) {
		return PreReviewChecks.check(title, text, normative, null, DAY, null).stream().map(Finding::rule).toList();
	}

	private static List<PreReviewRule> rules(String text) {
		return rules("关于加强科技项目管理的办法", text + TAIL, true);
	}

	@ParameterizedTest(name = "设定权力：{0}")
	@CsvSource({ "对未按期报送的，处以五千元罚款。", "违者罚款2000元。", "对违规使用资金的，没收违法所得。", "情节严重的，吊销其资质证书。",
			"申请人须经科技主管部门审批后方可开展活动。", "对科技服务机构实行许可制度。", "申报单位应缴纳评审费500元。" })
	void normativeDocumentSettingAPenaltyLicenceOrFeeIsFound(String sentence) {
		assertThat(rules(sentence)).contains(PreReviewRule.POWER_SETTING);
	}

	@ParameterizedTest(name = "不应报告：{0}")
	@CsvSource(delimiter = '|', textBlock = """
			依照《中华人民共和国科学技术进步法》的规定处以罚款。
			各单位不得收取评审费用。
			不得设定行政许可。
			项目承担单位按照合同约定使用经费。
			""")
	void applyingAHigherLawOrForbiddingIsNotFound(String sentence) {
		assertThat(rules(sentence)).doesNotContain(PreReviewRule.POWER_SETTING);
	}

	@Test
	void powerSettingIsCheckedInNormativeDocumentsOnly() {
		assertThat(rules("技术服务合同", "违约方处以合同金额百分之十的罚款。", false)).doesNotContain(PreReviewRule.POWER_SETTING);
	}

	@Test
	void extraConditionsForALicenceAreFound() {
		assertThat(rules("申请高新技术企业认定的，除符合国家规定外，还应当具备在本区连续经营三年以上的条件。"))
			.contains(PreReviewRule.LICENCE_CONDITIONS);
		assertThat(rules("申请高新技术企业认定，按照国家规定的条件办理。")).doesNotContain(PreReviewRule.LICENCE_CONDITIONS);
	}

	@Test
	void certificatesIssuedByOthersAreFound() {
		assertThat(rules("申请人应当提交由所在社区出具的居住证明。")).contains(PreReviewRule.CERTIFICATES);
		assertThat(rules("申请人应当提交无犯罪记录证明。")).contains(PreReviewRule.CERTIFICATES);
		assertThat(rules("申请人无需提供户籍证明，由部门通过数据共享核验。")).doesNotContain(PreReviewRule.CERTIFICATES);
		assertThat(rules("申请人应当提交身份证件复印件。")).doesNotContain(PreReviewRule.CERTIFICATES);
	}

	@Test
	void designatingAnOperatorIsFound() {
		assertThat(rules("检测服务须由指定的检测机构承担。")).contains(PreReviewRule.COMPETITION_OPERATORS);
		assertThat(rules("项目单位只能选择名录内的服务机构。")).contains(PreReviewRule.COMPETITION_OPERATORS);
		assertThat(rules("不得限定经营者。")).doesNotContain(PreReviewRule.COMPETITION_OPERATORS);
	}

	@Test
	void discriminatingAgainstOutsideOperatorsIsFound() {
		assertThat(rules("外地企业参与本区科技项目的，应当另行提交材料。")).contains(PreReviewRule.COMPETITION_LOCAL);
		assertThat(rules("本地企业优先承担科技计划项目。")).contains(PreReviewRule.COMPETITION_LOCAL);
		assertThat(rules("申报单位须在本区设立分支机构。")).contains(PreReviewRule.COMPETITION_LOCAL);
		assertThat(rules("各类企业平等参与科技计划项目。")).doesNotContain(PreReviewRule.COMPETITION_LOCAL);
	}

	@Test
	void selectiveSubsidyIsFoundAndTheScienceExceptionNoted() {
		List<Finding> findings = PreReviewChecks.check("关于促进科技成果转化的若干措施",
				"对转化科技成果的企业给予最高50万元奖励。" + TAIL, true, null, DAY, null);
		assertThat(findings).filteredOn(f -> f.rule() == PreReviewRule.COMPETITION_SUBSIDY)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.detail()).isEqualTo("science-exception");
				assertThat(f.match()).contains("给予", "奖励");
			});
		assertThat(rules("奖励资金按照预算管理规定使用。")).doesNotContain(PreReviewRule.COMPETITION_SUBSIDY);
	}

	@Test
	void missingValidityPeriodAndEffectiveDateAreFound() {
		List<PreReviewRule> found = rules("关于加强科技项目管理的办法", "第一条 为加强管理，制定本办法。", true);
		assertThat(found).contains(PreReviewRule.VALIDITY_MISSING, PreReviewRule.EFFECTIVE_DATE_MISSING);
		assertThat(rules("第一条 为加强管理，制定本办法。")).doesNotContain(PreReviewRule.VALIDITY_MISSING,
				PreReviewRule.EFFECTIVE_DATE_MISSING);
	}

	private static List<PreReviewRule> rules(String text, PreReviewChecks.Context context) {
		return PreReviewChecks.check("科技创新券管理办法", text, true, context, DAY, null).stream().map(Finding::rule).toList();
	}

	@Test
	void aProvisionalDocumentRegisteredForThreeYearsIsFoundWhateverItsTitle() {
		assertThat(rules("本办法自2019年10月1日起施行，有效期3年。", registered(3, true)))
			.contains(PreReviewRule.VALIDITY_PROVISIONAL);
		assertThat(rules("本办法自2019年10月1日起施行，有效期2年。", registered(2, true)))
			.doesNotContain(PreReviewRule.VALIDITY_PROVISIONAL);
		assertThat(rules("科技创新券管理暂行办法", "本办法自2019年10月1日起施行，有效期十年。", true))
			.contains(PreReviewRule.VALIDITY_TOO_LONG);
	}

	@Test
	void aValidityRegisteredOnTheFormIsNotReportedMissingFromTheText() {
		assertThat(rules("第一条 为加强管理，制定本办法。本办法自公布之日起施行。", registered(3, false)))
			.doesNotContain(PreReviewRule.VALIDITY_MISSING, PreReviewRule.VALIDITY_TOO_LONG);
	}

	@Test
	void aTextStatingAnotherValidityThanTheRegisteredOneIsFound() {
		assertThat(rules("本办法自2019年10月1日起施行，有效期5年。", registered(3, false)))
			.contains(PreReviewRule.VALIDITY_MISMATCH);
	}

	@Test
	void aLongerValidityWithItsReasonRecordedIsNotReported() {
		assertThat(rules("本办法自2019年10月1日起施行，有效期8年。", new PreReviewChecks.Context(8, false, true, true)))
			.doesNotContain(PreReviewRule.VALIDITY_TOO_LONG);
	}

	@Test
	void aFineAndALicenceRevocationInOneSentenceAreBothFound() {
		List<Finding> findings = PreReviewChecks.check("办法", "第三条 对弄虚作假的，处以五万元罚款，并吊销营业执照。" + TAIL, true,
				null, DAY, null);
		assertThat(findings).filteredOn(f -> f.rule() == PreReviewRule.POWER_SETTING)
			.extracting(Finding::match)
			.containsExactly("处以五万元罚款", "吊销营业执照");
	}

	@Test
	void aMissingConsultationIsFound() {
		assertThat(rules("本办法自2019年10月1日起施行，有效期5年。", new PreReviewChecks.Context(5, false, false, false)))
			.contains(PreReviewRule.CONSULTATION_MISSING);
		assertThat(rules("本办法自2019年10月1日起施行，有效期5年。", registered(5, false)))
			.doesNotContain(PreReviewRule.CONSULTATION_MISSING);
	}

	@Test
	void aReviewOf2019CitesTheFairCompetitionOpinionOf2016NotTheRegulationOf2024() {
		String text = "申报单位须在本区设立分支机构。" + TAIL;
		Finding before = PreReviewChecks.check("办法", text, true, null, java.time.LocalDate.of(2019, 3, 7), null)
			.stream()
			.filter(f -> f.rule() == PreReviewRule.COMPETITION_LOCAL)
			.findFirst()
			.orElseThrow();
		Finding after = PreReviewChecks.check("办法", text, true, null, DAY, null)
			.stream()
			.filter(f -> f.rule() == PreReviewRule.COMPETITION_LOCAL)
			.findFirst()
			.orElseThrow();
		assertThat(before.basisKey()).isEqualTo("prereview.COMPETITION_LOCAL.basis.2016");
		assertThat(after.basisKey()).isEqualTo("prereview.COMPETITION_LOCAL.basis");
	}

	@Test
	void citingARepealedDocumentIsFoundWithItsStatus() {
		CitedDocumentCatalog catalog = cited -> cited.equals("内蒙古自治区科技计划项目管理办法")
				? Optional.of(new CitedDocumentCatalog.Cited(cited, "内科发政字〔2015〕3号", false, "已废止"))
				: Optional.empty();
		List<Finding> findings = PreReviewChecks.check("关于科技计划项目的补充规定",
				"根据《内蒙古自治区科技计划项目管理办法》，制定本规定。依照《中华人民共和国科学技术进步法》办理。" + TAIL, true, null,
				DAY, catalog);
		assertThat(findings).filteredOn(f -> f.rule() == PreReviewRule.CITES_REPEALED)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.detail()).isEqualTo("已废止");
				assertThat(f.match()).isEqualTo("《内蒙古自治区科技计划项目管理办法》");
			});
	}

	@Test
	void findingHighlightsTheOffendingWordsInTheirSentence() {
		Finding f = PreReviewChecks.check("办法", "第五条 对违规单位处以一万元罚款。" + TAIL, true, null, DAY, null)
			.stream()
			.filter(x -> x.rule() == PreReviewRule.POWER_SETTING)
			.findFirst()
			.orElseThrow();
		assertThat(f.before() + f.match() + f.after()).isEqualTo("第五条 对违规单位处以一万元罚款。");
		assertThat(f.match()).isEqualTo("处以一万元罚款");
	}

	@ParameterizedTest
	@CsvSource({ "5, 5", "十, 10", "十二, 12", "二十, 20", "三, 3", "１０, 10" })
	void numeralsInValidityPeriodsAreRead(String text, int value) {
		assertThat(PreReviewChecks.number(text)).isEqualTo(value);
	}
}
