package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class PagesIT extends IntegrationTest {

	@Test
	void everyPageCarriesTheCsrfTokenForScripts() throws Exception {
		for (String path : new String[] { "/", "/admin/users", "/admin/orgs", "/account/password" }) {
			Document page = Pages.html(mvc.perform(get(path).with(as("sysadmin"))).andReturn());
			assertThat(page.select("meta[name=_csrf]").attr("content")).as(path).isNotBlank();
			assertThat(page.select("meta[name=_csrf_header]").attr("content")).as(path).matches("X-XSRF-TOKEN|X-CSRF-TOKEN");
		}
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() throws Exception {
		// (each search of the trail is itself audited, so the trail grows by one between two requests)
		Document beyond = Pages.html(mvc.perform(get("/audit").param("page", "100000").with(as("auditor"))).andReturn());
		assertThat(beyond.select("nav[aria-label=pages] .disabled span").text()).matches("第 ([0-9,]+) / (约 )?\\1 页.*");
		assertThat(beyond.select("#entry-table tbody tr")).isNotEmpty();
		for (String list : new String[] { "/normative", "/reviews", "/clocks", "/decisions" }) {
			Document last = Pages.html(mvc.perform(get(list).param("page", "100000").with(as("reviewer"))).andReturn());
			String shown = last.select("nav[aria-label=pages] .disabled span").text();
			if (!shown.isEmpty()) {
				assertThat(shown).as(list).matches("第 ([0-9,]+) / (约 )?\\1 页.*");
			}
		}
	}

	@Test
	void aListShowsThePageSizeChosenAndKeepsItOnThePageLinks() throws Exception {
		Document fifty = Pages.html(mvc.perform(get("/audit").param("size", "50").with(as("auditor"))).andReturn());
		assertThat(fifty.select("#entry-table tbody tr")).hasSize(50);
		assertThat(fifty.select(".fz-page-size a[aria-current=true]").text()).isEqualTo("50 条");
		assertThat(fifty.select("nav[aria-label=pages] a.page-link").attr("href")).contains("size=50");
		Document odd = Pages.html(mvc.perform(get("/audit").param("size", "7").with(as("auditor"))).andReturn());
		assertThat(odd.select("#entry-table tbody tr")).as("a size the lists do not offer gives the list's own")
			.hasSize(30);
	}

	@Test
	void theRegisterSortsByTheColumnChosenBothWays() throws Exception {
		Document ascending = Pages.html(mvc.perform(get("/normative").param("sort", "promulgatedOn").param("size", "100")
			.with(as("reviewer"))).andReturn());
		java.util.List<String> up = ascending.select("#document-table tbody tr td:nth-child(5)").eachText().stream()
			.filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}"))
			.toList();
		assertThat(up).hasSizeGreaterThan(5).isSorted();
		assertThat(ascending.select("th[aria-sort=ascending]").text()).contains("公布");
		assertThat(ascending.select("th[aria-sort=ascending] a").attr("href")).contains("sort=-promulgatedOn");
		Document descending = Pages.html(mvc.perform(get("/normative").param("sort", "-promulgatedOn").param("size", "100")
			.with(as("reviewer"))).andReturn());
		java.util.List<String> down = descending.select("#document-table tbody tr td:nth-child(5)").eachText().stream()
			.filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}"))
			.toList();
		assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		mvc.perform(get("/normative").param("sort", "d.title; drop table x").with(as("reviewer")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

	@Test
	void everyListSortsByItsDateOrYearColumnBothWays() throws Exception {
		String[][] lists = { { "/reviews", "submittedOn", "#review-table", "4", "送审日" },
				{ "/filings", "submittedOn", "#filing-table", "4", "报送日" },
				{ "/decisions", "year", "#decision-table", "1", "年度" } };
		for (String[] l : lists) {
			for (String direction : new String[] { "", "-" }) {
				Document page = Pages.html(mvc.perform(get(l[0]).param("sort", direction + l[1]).param("size", "100")
					.with(as("reviewer"))).andReturn());
				java.util.List<String> values = page.select(l[2] + " tbody tr td:nth-child(" + l[3] + ")").eachText();
				assertThat(values).as(l[0]).hasSizeGreaterThan(1);
				if (direction.isEmpty()) {
					assertThat(values).as(l[0]).isSorted();
					assertThat(page.select("th[aria-sort=ascending]").text()).as(l[0]).contains(l[4]);
				}
				else {
					assertThat(values).as(l[0]).isSortedAccordingTo(java.util.Comparator.reverseOrder());
					assertThat(page.select("th[aria-sort=descending]").text()).as(l[0]).contains(l[4]);
				}
				assertThat(page.select("nav[aria-label=pages] a.page-link").eachAttr("href"))
					.as("the pager keeps the sort").allMatch(h -> h.contains("sort="));
			}
		}
		Document consultations = Pages.html(mvc.perform(get("/consultations").param("sort", "-closesOn")
			.with(as("reviewer"))).andReturn());
		assertThat(consultations.select("th[aria-sort=descending]").text()).contains("期限");
	}

	@Test
	void sidebarShowsOnlyTheModulesTheUserMayUse() throws Exception {
		String staff = Pages.html(mvc.perform(get("/").with(as("staff"))).andReturn()).select("nav.fz-sidebar").text();
		assertThat(staff).contains("工作台").doesNotContain("组织机构", "用户账户", "角色与权限");
		String sysadmin = Pages.html(mvc.perform(get("/").with(as("sysadmin"))).andReturn())
			.select("nav.fz-sidebar")
			.text();
		assertThat(sysadmin).contains("组织机构", "用户账户").doesNotContain("角色与权限");
		String secadmin = Pages.html(mvc.perform(get("/").with(as("secadmin"))).andReturn())
			.select("nav.fz-sidebar")
			.text();
		assertThat(secadmin).contains("角色与权限").doesNotContain("组织机构");
	}

	@Test
	void aPageReachedThroughTwoPermissionsIsListedOnce() throws Exception {
		var links = Pages.html(mvc.perform(get("/").with(as("reviewer"))).andReturn())
			.select("nav.fz-sidebar a[href=/reviews]");
		assertThat(links).hasSize(1);
	}

	@Test
	void onlyTheMostSpecificSidebarLinkIsActive() throws Exception {
		var active = Pages.html(mvc.perform(get("/decisions/catalogs").with(as("reviewer"))).andReturn())
			.select("nav.fz-sidebar a.active");
		assertThat(active.eachText()).containsExactly("决策事项目录");
	}

	@Test
	void headerShowsTheOrganizationAndTheUser() throws Exception {
		String header = Pages.html(mvc.perform(get("/").with(as("reviewer"))).andReturn()).select("header").text();
		assertThat(header).contains("政策法规处", "李华", "法规处审查员", "退出");
	}

	@Test
	void signInPageIsInChinese() throws Exception {
		MvcResult result = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		assertThat(Pages.text(result)).contains("法治政府建设工作平台", "用户名", "密码", "登录");
	}

	@Test
	void unknownPageIsAChinese404WithoutTechnicalDetail() throws Exception {
		MvcResult result = mvc.perform(get("/no/such/page").with(as("staff"))).andExpect(status().isNotFound()).andReturn();
		assertThat(Pages.text(result)).contains("页面或记录不存在").doesNotContain("Exception", "at org.");
	}

	@Test
	void malformedIdentifierInAPageAddressIsA400NotA500() throws Exception {
		MvcResult result = mvc.perform(get("/admin/orgs/not-a-uuid/edit").with(as("sysadmin")))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(Pages.text(result)).contains("格式不正确");
	}
}
