package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.platform.DataScope;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class AuditIT extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	OrganizationService orgs;

	@Test
	void alteringOneStoredEntryBreaksTheChainAtItsSequenceNumber() throws Exception {
		UUID org = orgs.create(new CreateOrg(orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id(),
				"audit-" + UUID.randomUUID().toString().substring(0, 8), "审计测试专班" + UUID.randomUUID(), null,
				OrgKind.DIVISION, 99));
		for (int i = 0; i < 4; i++) {
			audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", i).summary("第" + i + "条").by(AuditActor.SYSTEM));
		}
		mvc.perform(get("/api/v1/audit/verify").with(as("auditor")))
			.andExpect(jsonPath("$.chains[?(@.orgId == '" + org + "')].valid").value(true));

		String original = jdbc.sql("select summary from audit_entry where org_id = :org and seq = 3")
			.param("org", org)
			.query(String.class)
			.single();
		jdbc.sql("update audit_entry set summary = '篡改' where org_id = :org and seq = 3").param("org", org).update();
		try {
			mvc.perform(get("/api/v1/audit/verify").with(as("auditor")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.chains[?(@.orgId == '" + org + "')].valid").value(false))
				.andExpect(jsonPath("$.chains[?(@.orgId == '" + org + "')].firstBrokenSeq").value(3))
				.andExpect(jsonPath("$.chains[?(@.orgId == '" + org + "')].entries").value(5));
		}
		finally {
			jdbc.sql("update audit_entry set summary = :s where org_id = :org and seq = 3")
				.param("s", original)
				.param("org", org)
				.update();
		}
		mvc.perform(get("/api/v1/audit/verify").with(as("auditor")))
			.andExpect(jsonPath("$.chains[?(@.orgId == '" + org + "')].valid").value(true));
	}

	@Test
	void removingTheLastEntryIsDetectedByTheChainHead() {
		UUID org = orgs.create(new CreateOrg(orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id(),
				"tail-" + UUID.randomUUID().toString().substring(0, 8), "审计尾部测试" + UUID.randomUUID(), null,
				OrgKind.DIVISION, 99));
		audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", 1).by(AuditActor.SYSTEM));
		AuditEntry last = audit.history("test", "1").stream().filter(e -> e.orgId().equals(org)).reduce((a, b) -> b)
			.orElseThrow();
		jdbc.sql("delete from audit_entry where id = :id").param("id", last.id()).update();
		try {
			ChainVerification result = integrity.verify(DataScope.everything());
			ChainVerification.Chain chain = result.chains().stream().filter(c -> c.orgId().equals(org)).findFirst().orElseThrow();
			assertThat(chain.valid()).isFalse();
			assertThat(chain.firstBrokenSeq()).isEqualTo(last.seq());
		}
		finally {
			jdbc.sql("""
					insert into audit_entry (id, org_id, seq, occurred_at, actor_id, actor_name, action, entity_type,
					  entity_id, summary, before_state, after_state, prev_hash, hash, global_seq, key_id)
					values (:id, :org, :seq, :at, null, :actor, :action, :type, :entity, null, null, null, :prev, :hash,
					  :global, :key)""")
				.param("global", last.globalSeq())
				.param("key", last.keyId())
				.param("id", last.id())
				.param("org", org)
				.param("seq", last.seq())
				.param("at", java.sql.Timestamp.from(last.occurredAt()))
				.param("actor", last.actorName())
				.param("action", last.action())
				.param("type", last.entityType())
				.param("entity", last.entityId())
				.param("prev", last.prevHash())
				.param("hash", last.hash())
				.update();
		}
		assertThat(integrity.verify(DataScope.everything())
			.chains()
			.stream()
			.filter(c -> c.orgId().equals(org))
			.allMatch(ChainVerification.Chain::valid)).isTrue();
	}

	@Test
	void aBreakIsRecordedAuditedSentToEveryAuditAdministratorAndMarksTheEntriesAfterIt() throws Exception {
		UUID org = orgs.create(new CreateOrg(orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id(),
				"alert-" + UUID.randomUUID().toString().substring(0, 8), "审计告警测试" + UUID.randomUUID(), null,
				OrgKind.DIVISION, 99));
		for (int i = 1; i <= 3; i++) {
			audit.append(AuditRecord.of(org, "TEST_RECORDED", "alert-test", "x").summary("第" + i + "条").by(AuditActor.SYSTEM));
		}
		long alertsBefore = alerts();
		jdbc.sql("update audit_entry set summary = '篡改' where org_id = :org and summary = '第2条'").param("org", org)
			.update();
		try {
			MvcResult verified = mvc.perform(post("/audit/verify").with(as("auditor")).with(csrf()))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(Pages.text(verified)).contains("发现断点", "签名不符");
			assertThat(alerts()).isEqualTo(alertsBefore + 1);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_CHAIN_BROKEN' and summary like :s")
				.param("s", "%审计告警测试%")
				.query(Long.class)
				.single()).isEqualTo(1);
			MvcResult history = mvc.perform(get("/audit/history").param("entityType", "alert-test")
				.param("entityId", "x")
				.with(as("auditor"))).andExpect(status().isOk()).andReturn();
			assertThat(Pages.html(history).select(".card.border-danger")).hasSize(2);
			assertThat(Pages.text(history)).contains("写在审计链断点之后");
		}
		finally {
			jdbc.sql("update audit_entry set summary = '第2条' where org_id = :org and summary = '篡改'").param("org", org)
				.update();
		}
		mvc.perform(post("/audit/verify").with(as("auditor")).with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_break").query(Long.class).single()).isZero();
	}

	@Test
	void refusalsExportsDownloadsSignOutsAndTheAuditorsOwnSearchesAreAudited() throws Exception {
		long denied = count("ACCESS_DENIED", "%GET /audit%");
		mvc.perform(get("/audit").with(as("staff"))).andExpect(status().isForbidden());
		assertThat(count("ACCESS_DENIED", "%GET /audit%")).isEqualTo(denied + 1);

		long exports = count("LIST_EXPORTED", "%/normative/export%");
		mvc.perform(get("/normative/export").with(as("reviewer"))).andExpect(status().isOk());
		assertThat(count("LIST_EXPORTED", "%/normative/export%规范性文件%行")).isEqualTo(exports + 1);

		UUID file = jdbc.sql("select id from attachment_file order by id").query(UUID.class).list().get(0);
		long downloads = count("FILE_DOWNLOADED", "%/attachments/" + file + "%");
		mvc.perform(get("/attachments/{id}", file).with(as("reviewer"))).andExpect(status().isOk());
		assertThat(count("FILE_DOWNLOADED", "%/attachments/" + file + "%")).isEqualTo(downloads + 1);

		long searches = count("AUDIT_SEARCHED", "%操作人=李华%");
		mvc.perform(get("/audit").param("actor", "李华").with(as("auditor"))).andExpect(status().isOk());
		assertThat(count("AUDIT_SEARCHED", "%操作人=李华%")).isEqualTo(searches + 1);

		long signOuts = count("LOGOUT", "reviewer2");
		mvc.perform(post("/logout").with(as("reviewer2")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count("LOGOUT", "reviewer2")).isEqualTo(signOuts + 1);
	}

	private long count(String action, String summaryLike) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and summary like :s")
			.param("a", action)
			.param("s", summaryLike)
			.query(Long.class)
			.single();
	}

	private long alerts() {
		return jdbc.sql("""
				select count(*) from notification_message m join organization_user u on u.id = m.recipient_id
				where u.username = 'auditor' and m.link = '/audit/verify'""").query(Long.class).single();
	}

	@Test
	void onlyTheAuditAdministratorReadsTheAuditTrail() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(as("sysadmin"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(as("secadmin"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(as("auditor"))).andExpect(status().isOk());
	}

	@Test
	void auditorFindsSignInsByActionAndSeesAnEntitysHistory() throws Exception {
		MvcResult list = mvc.perform(get("/audit").param("action", "USER_CREATED").with(as("auditor")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Pages.text(list)).contains("新增用户", "reviewer");
		UUID reviewer = jdbc.sql("select id from organization_user where username = 'reviewer'").query(UUID.class).single();
		MvcResult history = mvc.perform(get("/audit/history").param("entityType", "user")
			.param("entityId", reviewer.toString())
			.with(as("auditor"))).andExpect(status().isOk()).andReturn();
		assertThat(Pages.text(history)).contains("新增用户", "分配角色", "LEGAL_REVIEWER").doesNotContain("password_hash", "$2a$");
	}

	@Test
	void theTrailSpeaksChineseEntityTypesAndEachChangeFieldByField() throws Exception {
		MvcResult list = mvc.perform(get("/audit").param("entityType", "normative_document").with(as("auditor")))
			.andExpect(status().isOk())
			.andReturn();
		org.jsoup.nodes.Document page = Pages.html(list);
		assertThat(page.select("#filter-entityType option[selected]").text()).isEqualTo("规范性文件");
		assertThat(page.select("#entry-table td").text()).contains("规范性文件").doesNotContain("normative_document");
		UUID measures = jdbc.sql("select id from normative_document where document_number = '内科发政字〔2019〕5号'")
			.query(UUID.class)
			.single();
		org.jsoup.nodes.Document history = Pages.html(mvc.perform(get("/audit/history")
			.param("entityType", "normative_document")
			.param("entityId", measures.toString())
			.with(as("auditor"))).andExpect(status().isOk()).andReturn());
		assertThat(history.select("table.fz-changes td").text()).contains("状态", "文号", "内科发政字〔2019〕5号");
		assertThat(history.text()).doesNotContain("\"status\"", "{\"");
	}

	@Test
	void theOperationFilterOffersEachOperationOnceAndInChinese() throws Exception {
		org.jsoup.nodes.Document page = Pages.html(
				mvc.perform(get("/audit").with(as("auditor"))).andExpect(status().isOk()).andReturn());
		java.util.List<String> labels = page.select("#filter-action option").eachText();
		assertThat(labels).hasSizeGreaterThan(20).doesNotHaveDuplicates();
		for (org.jsoup.nodes.Element option : page.select("#filter-action option")) {
			String code = option.attr("value");
			if (!code.isEmpty() && !code.equals("TEST_RECORDED") && !code.equals("BENCH")) {
				assertThat(option.text()).as(code).doesNotMatch("[A-Z_]+");
			}
		}
	}

	@Test
	void aReversedDateRangeIsRefusedAtTheFieldAndSearchesNothing() throws Exception {
		long searchesBefore = jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_SEARCHED'")
			.query(Long.class)
			.single();
		org.jsoup.nodes.Document page = Pages.html(mvc.perform(get("/audit").param("from", "2026-06-10")
			.param("to", "2026-06-01")
			.with(as("auditor"))).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#filter-to.is-invalid")).hasSize(1);
		assertThat(page.select(".invalid-feedback").text()).contains("2026-06-10", "2026-06-01");
		assertThat(page.select("#entry-table table")).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_SEARCHED'").query(Long.class).single())
			.isEqualTo(searchesBefore);
	}

	@Test
	void noCodePathUpdatesOrDeletesAuditEntries() throws Exception {
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			var offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
				try {
					String text = java.nio.file.Files.readString(p).toLowerCase();
					return text.contains("update audit_entry") || text.contains("delete from audit_entry");
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}
}
