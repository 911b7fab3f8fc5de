package org.fazhi.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.fazhi.support.DocxStructure;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Every document the platform writes opens cleanly: each generator's download, checked part by part. */
class GeneratedDocumentsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private UUID first(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().get(0);
	}

	private byte[] download(String user, String path, Object id) throws Exception {
		MvcResult r = mvc.perform(get(path, id).with(as(user))).andReturn();
		assertThat(r.getResponse().getStatus()).as(path + " " + id).isEqualTo(200);
		return r.getResponse().getContentAsByteArray();
	}

	@Test
	void theReviewDocumentOpensCleanly() throws Exception {
		UUID id = first("select id from review_request where document_number is not null order by submitted_on");
		assertThat(DocxStructure.problems(download("reviewer", "/reviews/{id}/document.docx", id))).isEmpty();
	}

	@Test
	void theOfficialTextOpensCleanlyAndADraftIsMarkedAsOne() throws Exception {
		UUID promulgated = first("select id from normative_document where document_number is not null order by promulgated_on");
		byte[] official = download("reviewer", "/normative/{id}/text.docx", promulgated);
		assertThat(DocxStructure.problems(official)).isEmpty();
		assertThat(DocxText.extract(official, "text")).doesNotStartWith("送审稿").doesNotStartWith("征求意见稿");
		UUID draft = first("select id from normative_document where promulgated_on is null and created_by = "
				+ "(select id from organization_user where username = 'staff') order by created_at");
		byte[] text = download("reviewer", "/normative/{id}/text.docx", draft);
		assertThat(DocxStructure.problems(text)).isEmpty();
		assertThat(DocxText.extract(text, "text")).matches("(?s)^(送审稿|征求意见稿).*");
	}

	@Test
	void theFilingPackageOpensCleanly() throws Exception {
		UUID id = first("select id from normative_filing order by submitted_on");
		byte[] zipped = download("reviewer", "/filings/{id}/package.zip", id);
		assertThat(DocxStructure.problemsInZip(zipped)).isEmpty();
		// the report lists its attachments; each one it produces is headed 附件N at the top left
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped))) {
			for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().endsWith(".docx")) {
					texts.put(e.getName().substring(0, 1), DocxText.extract(zip.readAllBytes(), "text"));
				}
			}
		}
		assertThat(texts.get("1")).contains("附件：1. 正式文本").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(texts.get("3")).startsWith("附件2");
		assertThat(texts.get("5")).startsWith("附件4");
	}

	@Test
	void theCleanupListOpensCleanly() throws Exception {
		UUID id = first("select id from normative_cleanup order by opened_on");
		assertThat(DocxStructure.problems(download("reviewer", "/cleanups/{id}/export.docx", id))).isEmpty();
	}

	@Test
	void theAdoptionSummaryOpensCleanly() throws Exception {
		UUID id = first("select id from consultation where status = 'CONCLUDED' order by closes_on");
		assertThat(DocxStructure.problems(download("reviewer", "/consultations/{id}/summary.docx", id))).isEmpty();
	}

	@Test
	void theDecisionArchiveOpensCleanly() throws Exception {
		// one of the demonstration's (a generated region's decisions, from other suites, are not the reviewer's)
		UUID id = first("select d.id from decision d join organization_org o on o.id = d.unit_id where o.code not like "
				+ "'gen-%' and d.status in ('ARCHIVED', 'PUBLISHED', 'DECIDED') order by d.created_at");
		assertThat(DocxStructure.problemsInZip(download("reviewer", "/decisions/{id}/archive.zip", id))).isEmpty();
	}
}
