package org.fazhi.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/** The public calendar API: exact shapes, no sign-in, and a 400 in Chinese for anything malformed. */
class CalendarApiIT extends IntegrationTest {

	@Test
	void dayOfAMakeUpWorkingDayWithoutSignIn() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2019-09-29"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2019-09-29"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$.name").value("国庆节"))
			.andExpect(jsonPath("$.source").value(Matchers.containsString("国办发明电〔2018〕15号")))
			.andExpect(jsonPath("$.certain").value(true));
	}

	@Test
	void dueDateOfFiveWorkingDaysOverNationalDay() throws Exception {
		mvc.perform(get("/api/v1/calendar/due").param("start", "2019-09-27").param("amount", "5").param("unit",
				"WORKING_DAY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2019-09-27"))
			.andExpect(jsonPath("$.due").value("2019-10-10"))
			.andExpect(jsonPath("$.certain").value(true))
			.andExpect(jsonPath("$.explanation").value(Matchers.allOf(Matchers.containsString("国庆节"),
					Matchers.containsString("2019-09-29"), Matchers.containsString("届满日：2019-10-10"))));
	}

	@Test
	void dayPeriodRollsForwardByDefaultAndNotWhenAsked() throws Exception {
		mvc.perform(get("/api/v1/calendar/due").param("start", "2019-09-01").param("amount", "30").param("unit", "DAY"))
			.andExpect(jsonPath("$.due").value("2019-10-08"))
			.andExpect(jsonPath("$.explanation").value(Matchers.containsString("顺延")));
		mvc.perform(get("/api/v1/calendar/due").param("start", "2019-09-01")
			.param("amount", "30")
			.param("unit", "DAY")
			.param("rollForward", "false")).andExpect(jsonPath("$.due").value("2019-10-01"));
	}

	@Test
	void workingDaysBetweenTwoDates() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2019-09-27").param("to", "2019-10-14"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(8))
			.andExpect(jsonPath("$.certain").value(true));
	}

	@Test
	void yearWithoutANoticeIsReportedUncertain() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2031-01-01"))
			.andExpect(jsonPath("$.kind").value("WORKDAY"))
			.andExpect(jsonPath("$.certain").value(false));
		mvc.perform(get("/api/v1/calendar/due").param("start", "2030-12-20").param("amount", "10").param("unit",
				"WORKING_DAY"))
			.andExpect(jsonPath("$.certain").value(false))
			.andExpect(jsonPath("$.explanation").value(Matchers.containsString("年度放假安排尚未录入")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			impossible date          | /api/v1/calendar/days/2019-02-30                                            | 格式不正确
			not a date               | /api/v1/calendar/days/yesterday                                             | 格式不正确
			date out of range        | /api/v1/calendar/days/1800-01-01                                            | 日期须在
			negative amount          | /api/v1/calendar/due?start=2019-09-27&amount=-1&unit=DAY                     | 不能为负数
			absurd amount            | /api/v1/calendar/due?start=2019-09-27&amount=999999&unit=WORKING_DAY         | 期间数量过大
			amount not a number      | /api/v1/calendar/due?start=2019-09-27&amount=five&unit=DAY                   | 格式不正确
			unknown unit             | /api/v1/calendar/due?start=2019-09-27&amount=5&unit=WEEK                     | 格式不正确
			missing start            | /api/v1/calendar/due?amount=5&unit=DAY                                      | 缺少必填参数
			to before from           | /api/v1/calendar/working-days?from=2019-10-14&to=2019-09-27                  | 早于开始日期
			result beyond the range  | /api/v1/calendar/due?start=2100-06-01&amount=120&unit=MONTH                  | 超出
			""")
	void badInputIsA400ProblemInChinese(String situation, String url, String detail) throws Exception {
		mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString(detail)));
	}
}
