package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class CalendarAdminIT extends IntegrationTest {

	@Autowired
	CalendarService calendar;

	@Test
	void newYearsNoticeMakesTheYearCertainAndIsAuditedWithItsReason() throws Exception {
		int year = 2040;
		assertThat(calendar.calendar().isCertain(year)).isFalse();
		mvc.perform(post("/admin/calendar/years").with(as("sysadmin"))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("notice", "国务院办公厅关于2040年部分节假日安排的通知")
			.param("documentNumber", "国办发明电〔2039〕9号")
			.param("url", "https://www.gov.cn/example")
			.param("days", "2040-01-02 休 元旦\n2040-01-07 班 元旦")
			.param("reason", "国务院办公厅发布2040年放假安排")).andExpect(redirectedUrl("/admin/calendar?year=2040"));
		WorkingCalendar updated = calendar.calendar();
		assertThat(updated.isCertain(year)).isTrue();
		assertThat(updated.day(LocalDate.of(2040, 1, 2)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(updated.day(LocalDate.of(2040, 1, 7)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_DAY_ADDED' "
				+ "and summary = '国务院办公厅发布2040年放假安排'").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void localClosureIsAddedAndThenRemovedWithReasons() throws Exception {
		LocalDate day = LocalDate.of(2041, 3, 6);
		mvc.perform(post("/admin/calendar/days").with(as("sysadmin"))
			.with(csrf())
			.param("date", day.toString())
			.param("kind", "HOLIDAY")
			.param("name", "暴雪停止办公")
			.param("notice", "自治区人民政府关于暴雪天气停止办公的决定")
			.param("local", "true")
			.param("reason", "暴雪红色预警")).andExpect(redirectedUrl("/admin/calendar?year=2041"));
		assertThat(calendar.calendar().isWorkingDay(day)).isFalse();

		mvc.perform(post("/admin/calendar/days/{date}/remove", day).with(as("sysadmin"))
			.with(csrf())
			.param("reason", "预警解除，照常办公")).andExpect(redirectedUrl("/admin/calendar?year=2041"));
		assertThat(calendar.calendar().isWorkingDay(day)).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_DAY_REMOVED' "
				+ "and summary = '预警解除，照常办公'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badLinesAreRefusedWithTheLineNumberAndNothingIsRecorded() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/calendar/years").with(as("sysadmin"))
				.with(csrf())
				.param("year", "2042")
				.param("notice", "国务院办公厅关于2042年部分节假日安排的通知")
				.param("days", "2042-01-01 休 元旦\n2042-01-06 班 元旦")
				.param("reason", "录入"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("第 2 行：2042-01-06 是工作日，调休上班日应为星期六或星期日");
		assertThat(calendar.calendar().isCertain(2042)).isFalse();
		assertThat(calendar.find(LocalDate.of(2042, 1, 1))).isEmpty();
	}

	@Test
	void changeWithoutAReasonIsRefused() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/calendar/days").with(as("sysadmin"))
				.with(csrf())
				.param("date", "2043-05-06")
				.param("kind", "HOLIDAY")
				.param("name", "停止办公")
				.param("notice", "决定")
				.param("reason", ""))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("请填写变更原因");
		assertThat(calendar.find(LocalDate.of(2043, 5, 6))).isEmpty();
	}

	@Test
	void onlyTheSystemAdministratorMaintainsTheCalendar() throws Exception {
		mvc.perform(get("/admin/calendar").with(as("reviewer"))).andExpect(status().isForbidden());
	}

	@Test
	void monthViewShowsHolidaysMakeUpDaysAndTheirSources() throws Exception {
		MvcResult result = mvc.perform(get("/calendar").param("month", "2019-10").with(as("staff")))
			.andExpect(status().isOk())
			.andReturn();
		String text = Pages.text(result);
		assertThat(text).contains("2019年10月", "国庆节", "调休上班日", "国办发明电〔2018〕15号");
		assertThat(Pages.html(result).select("td.holiday")).hasSize(7);
		assertThat(Pages.html(result).select("td.makeup")).hasSize(1);
	}

	@Test
	void monthOfAnUnrecordedYearWarnsThatItIsOnlyEstimated() throws Exception {
		MvcResult result = mvc.perform(get("/calendar").param("month", "2033-05").with(as("staff"))).andReturn();
		assertThat(Pages.text(result)).contains("2033 年度放假安排尚未录入");
	}
}
