package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A JSON body binds as strictly as a form: what does not bind is a 400 naming the field, and nothing is stored. */
class InputStrictnessIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
			"kind|1",
			"validityYears|1.5",
			"validityYears|\"5\"",
			"marketRelated|\"yes\"",
			"marketRelated|1" })
	void aValueOfTheWrongTypeIsRefusedWithItsFieldNamed(String field, String value) throws Exception {
		String title = "严格绑定" + UUID.randomUUID();
		String body = """
				{"title": "%s", "kind": "DEPARTMENT", "draftingOrgId": "%s", "marketRelated": false, "validityYears": 5,
				 "text": "第一条 正文。"}""".formatted(title, orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id())
			.replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + value);
		mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("「" + field + "」")))
			.andExpect(jsonPath("$.errors." + field).exists());
		assertThat(count(title)).isZero();
	}

	@Test
	void aReferencedRecordThatDoesNotExistIsA400AndNothingIsStored() throws Exception {
		String title = "不存在的起草单位" + UUID.randomUUID();
		mvc.perform(post("/api/v1/normative/documents").with(as("staff"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "kind": "DEPARTMENT", "draftingOrgId": "%s", "text": "第一条 正文。"}"""
				.formatted(title, UUID.randomUUID())))
			.andExpect(status().is4xxClientError())
			.andExpect(status().is(Matchers.not(404)));
		assertThat(count(title)).isZero();
	}

	private long count(String title) {
		return jdbc.sql("select count(*) from normative_document where title = :t").param("t", title)
			.query(Long.class)
			.single();
	}
}
