package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.OfficialDay;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.organization.UserView;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.web.Problems;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clock lifecycle as business modules use it (the test clock stands on Monday 2026-06-15). */
class ClocksIT extends IntegrationTest {

	@Autowired
	Clocks clocks;

	@Autowired
	OpenClocks openClocks;

	@Autowired
	CalendarService calendar;

	@Autowired
	UserService users;

	@Autowired
	OrganizationService orgs;

	@Autowired
	Problems problems;

	UserView owner;

	UUID org;

	@BeforeEach
	void setUp() {
		owner = users.findByUsername("staff2").orElseThrow();
		org = orgs.findByCode(DemoOrgCodes.PERSONNEL).orElseThrow().id();
	}

	private UUID start(String rule, LocalDate start) {
		return clocks.start(new StartClock(org, "other", "test_item", UUID.randomUUID().toString(), "测试事项 " + rule,
				"/clocks", rule, owner.id(), start));
	}

	@Test
	void legalityReviewStartedOnMondaySkipsTheDragonBoatFestival() {
		UUID id = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		ClockView clock = clocks.get(id);
		assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2026, 7, 7));
		assertThat(clock.status()).isEqualTo(ClockStatus.NORMAL);
		assertThat(clock.certain()).isTrue();
		assertThat(clocks.explain(id)).contains("端午节", "2026-06-19", "届满日：2026-07-07");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'deadline_clock' and entity_id = :id "
				+ "and action = 'CLOCK_STARTED'").param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void suspensionForCorrectionPushesTheDueDateByTheWorkingDaysLost() {
		UUID id = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		clocks.suspend(id, LocalDate.of(2026, 6, 15), "送审材料不全，通知补正");
		assertThat(clocks.get(id).status()).isEqualTo(ClockStatus.SUSPENDED);
		clock.setDate(LocalDate.of(2026, 6, 22));
		clocks.resume(id, LocalDate.of(2026, 6, 22));
		ClockView resumed = clocks.get(id);
		assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 7, 13));
		assertThat(resumed.status()).isEqualTo(ClockStatus.NORMAL);
		assertThat(clocks.explain(id)).contains("送审材料不全，通知补正", "4 个工作日不计入");
	}

	@Test
	void extensionIsAllowedUpToTheRulesMaximumOnly() {
		UUID id = start("DR_ANSWER", LocalDate.of(2026, 6, 15));
		LocalDate before = clocks.get(id).dueDate();
		clocks.extend(id, 15, "张伟", null, "需要调取档案");
		assertThat(clocks.get(id).dueDate()).isAfter(before);
		assertThat(clocks.get(id).extensionTotal()).isEqualTo(15);
		assertThatThrownBy(() -> clocks.extend(id, 10, "张伟", null, "仍需时间"))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(problems.text((FazhiException) e)).contains("最多延长 20 个工作日", "已延长 15",
					"《政府信息公开条例》第三十三条"));
	}

	@Test
	void legalityReviewCannotBeExtended() {
		UUID id = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		assertThatThrownBy(() -> clocks.extend(id, 5, "张伟", null, "来不及"))
			.satisfies(e -> assertThat(problems.text((FazhiException) e)).contains("不允许延期"));
	}

	@Test
	void stoppingOnOrBeforeTheDueDateIsOnTimeAndAfterItIsLate() {
		UUID onTime = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		UUID late = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 5, 6));
		assertThat(clocks.get(late).status()).isEqualTo(ClockStatus.OVERDUE);
		assertThat(clocks.stop(late, LocalDate.of(2026, 6, 15)).status()).isEqualTo(ClockStatus.DONE_LATE);
		assertThatThrownBy(() -> clocks.stop(late, LocalDate.of(2026, 6, 16))).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> clocks.stop(onTime, LocalDate.of(2026, 7, 7))).isInstanceOf(InvalidInput.class);
		clock.setDate(LocalDate.of(2026, 7, 7));
		assertThat(clocks.stop(onTime, LocalDate.of(2026, 7, 7)).status()).isEqualTo(ClockStatus.DONE_ON_TIME);
	}

	@Test
	void dailySweepNotifiesTheOwnerOncePerStatusChange() {
		UUID id = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		String link = "/clocks/" + id;
		clock.setDate(LocalDate.of(2026, 7, 2));
		openClocks.sweep(LocalDate.of(2026, 7, 2));
		assertThat(clocks.get(id).status()).isEqualTo(ClockStatus.DUE_SOON);
		openClocks.sweep(LocalDate.of(2026, 7, 2));
		assertThat(notices(link)).isEqualTo(1);
		clock.setDate(LocalDate.of(2026, 7, 8));
		openClocks.sweep(LocalDate.of(2026, 7, 8));
		openClocks.sweep(LocalDate.of(2026, 7, 8));
		assertThat(clocks.get(id).status()).isEqualTo(ClockStatus.OVERDUE);
		assertThat(notices(link)).isEqualTo(2);
	}

	@Test
	void calendarChangeRecomputesOpenClocksAndTellsTheOwner() {
		UUID id = start("ND_LEGALITY_REVIEW", LocalDate.of(2026, 6, 15));
		LocalDate closure = LocalDate.of(2026, 6, 24);
		calendar.saveDay(new OfficialDay(closure, DayKind.HOLIDAY, "暴雨停止办公", "自治区人民政府关于暴雨天气停止办公的决定",
				null, null, true), "暴雨红色预警");
		try {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(
					() -> assertThat(clocks.get(id).dueDate()).isEqualTo(LocalDate.of(2026, 7, 8)));
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notices("/clocks/" + id)).isEqualTo(1));
			assertThat(clocks.explain(id)).contains("暴雨停止办公");
		}
		finally {
			calendar.removeDay(closure, "预警解除");
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(clocks.get(id).dueDate()).isEqualTo(LocalDate.of(2026, 7, 7)));
	}

	private long notices(String link) {
		return jdbc.sql("select count(*) from notification_message where recipient_id = :u and link = :link")
			.param("u", owner.id())
			.param("link", link)
			.query(Long.class)
			.single();
	}
}
