package org.fazhi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After the first start with the demonstration data, the inbox holds only what is true of the present. */
class DemoNoticesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemonstrationsPastYearRaisesNoNotice() {
		assertThat(jdbc.sql("""
				select count(*) from notification_message m join normative_filing f
				  on m.link = concat('/filings/', cast(f.id as varchar(36)))
				where f.submitted_on < date '2020-01-01'""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from notification_message m join review_request r
				  on m.link = concat('/reviews/', cast(r.id as varchar(36)))
				where r.submitted_on < date '2020-01-01'""").query(Long.class).single()).isZero();
	}

	@Test
	void everyOverdueOrDueSoonNoticeIsAboutAClockStillOpen() {
		List<String> links = jdbc.sql("select link from notification_message where dedupe_key like 'clock:%:overdue:%' "
				+ "or dedupe_key like 'clock:%:due-soon:%'").query(String.class).list();
		assertThat(links).isNotEmpty();
		for (String link : links) {
			String id = link.substring("/clocks/".length());
			assertThat(jdbc.sql("select count(*) from deadline_clock where cast(id as varchar(36)) = :id "
					+ "and stopped_on is null").param("id", id).query(Long.class).single()).as(link).isEqualTo(1);
		}
	}

	@Test
	void theNoticesOfThePresentAreThere() {
		assertThat(jdbc.sql("select title from notification_message").query(String.class).list())
			.anyMatch(t -> t.startsWith("新的合法性审查申请：内蒙古自治区科技人才评价办法"))
			.anyMatch(t -> t.startsWith("新的备案：内科发政字〔2026〕1号"));
	}
}
