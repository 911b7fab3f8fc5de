package org.fazhi.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 2019 demo data gives the figures the department reported for 2019 (the indicators of docs/indicators.md). */
class IndicatorsIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	private String department() {
		return orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id().toString();
	}

	@Test
	void nineteenReviewsIn2019AreOneOpinionAndEighteenStatements() throws Exception {
		mvc.perform(get("/api/v1/indicators").param("org", department()).param("year", "2019").with(as("reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'RV-COUNT')].value").value(Matchers.contains(19)))
			.andExpect(jsonPath("$[?(@.code == 'RV-COUNT')].breakdown.意见").value(Matchers.contains(1)))
			.andExpect(jsonPath("$[?(@.code == 'RV-COUNT')].breakdown.说明").value(Matchers.contains(18)))
			.andExpect(jsonPath("$[?(@.code == 'RV-ONTIME')].display").value(Matchers.contains("19/19 · 100%")));
	}

	@Test
	void everyDocumentOf2019WasReviewedFiledOnTimeAndAccepted() throws Exception {
		mvc.perform(get("/api/v1/indicators").param("org", department()).param("year", "2019").with(as("reviewer")))
			.andExpect(jsonPath("$[?(@.code == 'ND-REVIEW')].display").value(Matchers.contains("6/6 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE')].display").value(Matchers.contains("6/6 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE-TIMELY')].display").value(Matchers.contains("6/6 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE-CONFORM')].display").value(Matchers.contains("6/6 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'ND-CLEANUP')].display").value(Matchers.contains("9/9 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE')].link").value(Matchers.contains("/filings?year=2019")));
	}

	@Test
	void the2019DecisionFollowedEveryProcedureAndEveryPublicCommentWasAnswered() throws Exception {
		mvc.perform(get("/api/v1/indicators").param("org", department()).param("year", "2019").with(as("reviewer")))
			.andExpect(jsonPath("$[?(@.code == 'DC-PROC')].display").value(Matchers.contains("1/1 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'CS-RESPONSE')].display").value(Matchers.contains("5/5 · 100%")))
			.andExpect(jsonPath("$[?(@.code == 'DC-PROC')].link").value(Matchers.contains("/decisions?year=2019")));
	}

	@Test
	void yearWithNothingDueShowsNoValueNeverOneHundredPercent() throws Exception {
		mvc.perform(get("/api/v1/indicators").param("org", department()).param("year", "2012").with(as("reviewer")))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE')].value").value(Matchers.contains((Object) null)))
			.andExpect(jsonPath("$[?(@.code == 'ND-FILE')].display").value(Matchers.contains("— 无应计事项")))
			.andExpect(jsonPath("$[?(@.code == 'RV-COUNT')].value").value(Matchers.contains(0)));
	}

	@Test
	void organizationOutsideTheUsersScopeIsNotFound() throws Exception {
		String justice = orgs.findByCode(DemoOrgCodes.JUSTICE).orElseThrow().id().toString();
		mvc.perform(get("/api/v1/indicators").param("org", justice).param("year", "2019").with(as("reviewer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/indicators").param("org", department()).param("year", "2019").with(as("staff")))
			.andExpect(status().isForbidden());
	}

	@Test
	void indicatorPageOpensTheRecordsBehindEachFigure() throws Exception {
		var page = org.fazhi.support.Pages.html(mvc.perform(get("/indicators").param("year", "2019").with(as("leader"))).andReturn());
		org.assertj.core.api.Assertions.assertThat(page.select("a[href^=/indicators/RV-COUNT/records]").text()).contains("19");
		org.assertj.core.api.Assertions.assertThat(page.text()).contains("报备率", "6/6 · 100%", "意见 1", "说明 18");
		var records = org.fazhi.support.Pages.html(mvc.perform(get("/indicators/ND-FILE-TIMELY/records")
			.param("year", "2019").with(as("leader"))).andExpect(status().isOk()).andReturn());
		org.assertj.core.api.Assertions.assertThat(records.select("#records-summary").text()).contains("分母 6 件", "计入分子 6 件");
		org.assertj.core.api.Assertions.assertThat(records.select("h1").text()).contains("报备及时率", "2019年度").doesNotContain("2,019");
		org.assertj.core.api.Assertions.assertThat(records.select("#indicator-records tbody tr")).hasSize(6);
		org.assertj.core.api.Assertions.assertThat(records.select("#indicator-records tbody a").eachAttr("href"))
			.allMatch(h -> h.startsWith("/normative/"));
		var none = org.fazhi.support.Pages.html(mvc.perform(get("/indicators/ND-FILE-TIMELY/records")
			.param("year", "2019").param("counted", "false").with(as("leader"))).andReturn());
		org.assertj.core.api.Assertions.assertThat(none.select("#indicator-records tbody tr")).isEmpty();
		mvc.perform(get("/indicators/NO-SUCH/records").with(as("leader"))).andExpect(status().isNotFound());
	}

	@Autowired
	Indicators indicators;

	@Test
	void everyFiguresRecordsAreExactlyTheRecordsItCounts() {
		for (String code : new String[] { DemoOrgCodes.DEPARTMENT, DemoOrgCodes.HIGHTECH }) {
			java.util.UUID unit = orgs.findByCode(code).orElseThrow().id();
			for (int year : new int[] { 2018, 2019, 2026 }) {
				for (IndicatorValue v : indicators.of(unit, year)) {
					java.util.List<IndicatorRecord> records = indicators.records(unit, year, v.code()).orElseThrow();
					long counted = records.stream().filter(IndicatorRecord::counted).count();
					if (v.kind() == IndicatorValue.Kind.RATE) {
						org.assertj.core.api.Assertions.assertThat(records).as(v.code() + " " + year).hasSize((int) v.denominator());
						org.assertj.core.api.Assertions.assertThat(counted).as(v.code() + " " + year).isEqualTo(v.numerator());
					}
					else {
						org.assertj.core.api.Assertions.assertThat(records).as(v.code() + " " + year).hasSize((int) v.numerator());
					}
				}
			}
		}
	}

	@Test
	void theTableComparesWithTheYearBeforeAndExportsAsExcel() throws Exception {
		var page = org.fazhi.support.Pages.html(mvc.perform(get("/indicators").param("year", "2019").with(as("leader")))
			.andReturn());
		org.assertj.core.api.Assertions.assertThat(page.select("thead").text()).contains("2018年");
		org.assertj.core.api.Assertions.assertThat(page.select("#chart-trend").attr("data-chart"))
			.contains("\"2019\"", "\"2012\"", "规范性文件合法性审查率");
		org.assertj.core.api.Assertions.assertThat(page.select("#chart-divisions").attr("data-chart")).contains("categories");
		byte[] xlsx = mvc.perform(get("/indicators/export").param("year", "2019").with(as("leader")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("2018年");
			boolean review = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals("ND-REVIEW")) {
					review = true;
					org.assertj.core.api.Assertions.assertThat(sheet.getRow(r).getCell(4).getStringCellValue())
						.isEqualTo("100%");
				}
			}
			org.assertj.core.api.Assertions.assertThat(review).isTrue();
		}
	}
}
