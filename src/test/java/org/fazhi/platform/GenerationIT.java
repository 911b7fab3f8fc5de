package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data generator at a small scale: every module's invariants hold afterwards (reviews before deliberation, running
 * reviews on a clock, documents in force filed, every audit chain whole), a second run with the same seed resumes and
 * writes nothing more, and the rows follow from the seed.
 */
class GenerationIT extends IntegrationTest {

	@Autowired
	GenerateCommand command;

	@Test
	void aSmallRegionIsGeneratedConsistentlyAndASecondRunResumesWithNothingLeft() {
		Generation run = new Generation(7, 2, List.of(2025, 2026), 6, 2);
		List<String> problems = command.generate(run);
		assertThat(problems).isEmpty();
		long documents = count("select count(*) from normative_document d join organization_org o on o.id = d.unit_id "
				+ "where o.code like 'gen-%'");
		assertThat(documents).isEqualTo(2 * 2 * 6);
		assertThat(count("select count(*) from organization_org where code like 'gen-%'")).isEqualTo(2 * 10);
		assertThat(count("select count(*) from platform_generated where unit_code like 'gen-%'")).isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from decision d join organization_org o on o.id = d.unit_id "
				+ "where o.code like 'gen-%' and d.status = 'PUBLISHED' and d.year_num = 2025"))
			.as("last year's decisions carried through and published (the check proves their procedures)").isEqualTo(2);
		assertThat(count("select count(*) from decision d join organization_org o on o.id = d.unit_id "
				+ "where o.code like 'gen-%' and d.status = 'DRAFTING' and d.year_num = 2026")).isEqualTo(2);
		assertThat(count("select count(*) from consultation c join decision d on d.consultation_id = c.id "
				+ "join organization_org o on o.id = d.unit_id where o.code like 'gen-%' and c.status = 'CONCLUDED' "
				+ "and not exists (select 1 from consultation_comment m where m.consultation_id = c.id and m.response is null)"))
			.as("the first decision of each unit heard on the portal, every comment answered").isEqualTo(2);
		long entries = count("select count(*) from audit_entry");
		assertThat(command.generate(run)).isEmpty();
		assertThat(count("select count(*) from normative_document d join organization_org o on o.id = d.unit_id "
				+ "where o.code like 'gen-%'")).as("a second run resumes: nothing left to do").isEqualTo(documents);
		assertThat(count("select count(*) from audit_entry")).isEqualTo(entries);
		assertThat(jdbc.sql("select id from organization_org where code = 'gen-0001'").query(java.util.UUID.class).single())
			.as("ids follow from the seed").isEqualTo(run.id("org", "gen-0001"));
		assertThat(count("select count(*) from deadline_clock c join normative_document d on c.subject_id = "
				+ "cast(d.id as varchar(100)) join organization_org o on o.id = d.unit_id where o.code like 'gen-%' "
				+ "and c.stopped_on is null")).as("every document in force or under review has its open clock")
			.isEqualTo(count("select count(*) from normative_document d join organization_org o on o.id = d.unit_id "
					+ "where o.code like 'gen-%' and d.status = 'IN_FORCE'"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
