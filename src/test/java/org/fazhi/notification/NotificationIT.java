package org.fazhi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fazhi.organization.UserService;
import org.fazhi.organization.UserView;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class NotificationIT extends IntegrationTest {

	@Autowired
	NotificationService notifications;

	@Autowired
	UserService users;

	@Test
	void noticeWithTheSameKeyIsStoredOnce() {
		UserView staff2 = users.findByUsername("staff2").orElseThrow();
		String key = "test:" + UUID.randomUUID();
		Notice notice = new Notice(staff2.id(), staff2.orgId(), "期限临期", "正文", "/clocks", key);
		long before = notifications.unreadCount(staff2.id());
		assertThat(notifications.send(notice)).isTrue();
		assertThat(notifications.send(notice)).isFalse();
		assertThat(notifications.unreadCount(staff2.id())).isEqualTo(before + 1);
	}

	@Test
	void headerBadgeShowsTheUnreadCountAndReadingClearsIt() throws Exception {
		UserView officer = users.findByUsername("officer").orElseThrow();
		notifications.markAllRead(officer.id());
		notifications.send(new Notice(officer.id(), officer.orgId(), "新的交办事项", null, "/calendar", null));
		MvcResult badge = mvc.perform(get("/notifications/badge").with(as("officer"))).andExpect(status().isOk()).andReturn();
		assertThat(Pages.html(badge).select(".badge").text()).isEqualTo("1");
		assertThat(Pages.html(badge).select("header")).isEmpty();

		MvcResult inbox = mvc.perform(get("/notifications").with(as("officer"))).andReturn();
		String action = Pages.html(inbox).select(".list-group-item form").first().attr("action");
		mvc.perform(post(action).with(as("officer")).with(csrf())).andExpect(redirectedUrl("/calendar"));
		assertThat(notifications.unreadCount(officer.id())).isZero();
	}

	@Test
	void oneCannotReadAnotherUsersNotice() throws Exception {
		UserView officer = users.findByUsername("officer").orElseThrow();
		notifications.send(new Notice(officer.id(), officer.orgId(), "私人通知", null, null, null));
		UUID id = notifications.inbox(officer.id(), false, org.fazhi.platform.Paging.clamp(0, 1)).getContent().get(0).id();
		mvc.perform(post("/notifications/{id}/read", id).with(as("staff")).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void linksLeadOnlyInsideThePlatform() {
		assertThat(NotificationService.safeLink("https://evil.example")).isNull();
		assertThat(NotificationService.safeLink("//evil.example")).isNull();
		assertThat(NotificationService.safeLink("/clocks/1")).isEqualTo("/clocks/1");
	}

	@Test
	void theInboxGroupsNoticesByKindAndShowsOneKindAtATime() throws Exception {
		org.jsoup.nodes.Document all = org.fazhi.support.Pages.html(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifications")
					.with(as("reviewer"))).andReturn());
		org.assertj.core.api.Assertions.assertThat(all.select("nav[aria-label=通知类别]").text())
			.contains("全部类别", "合法性审查", "期限提醒");
		org.jsoup.nodes.Document clocks = org.fazhi.support.Pages.html(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifications")
					.param("kind", "clock")
					.with(as("reviewer"))).andReturn());
		org.assertj.core.api.Assertions.assertThat(clocks.select(".list-group-item .fw-semibold").eachText())
			.isNotEmpty()
			.allMatch(t -> t.startsWith("期限") || t.startsWith("届满日调整"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifications")
			.param("kind", "nonsense")
			.with(as("reviewer"))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}
}
