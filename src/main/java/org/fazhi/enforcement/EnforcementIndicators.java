package org.fazhi.enforcement;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.assessment.IndicatorProvider;
import org.fazhi.assessment.IndicatorQuery;
import org.fazhi.assessment.IndicatorRecord;
import org.fazhi.assessment.IndicatorRows;
import org.fazhi.assessment.IndicatorValue;
import org.fazhi.platform.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * EN-REVIEW, EN-PUBLICITY, EN-CERT, EN-ACTS and EN-WITHDRAW, each the count of one query of its records, which the
 * drill-down lists.
 */
@Component
class EnforcementIndicators implements IndicatorProvider {

	/** Major decisions taken in the year (第五十八条 grounds, a hearing, or a fine at the 目录清单 threshold); counted: reviewed first. */
	static final String REVIEWED = """
			select c.id, c.title, c.case_number as reference, c.decided_on as on_date,
			  case when c.reviewed_before then 1 else 0 end as counted, cast(null as varchar(1)) as note
			from enforcement_case c
			where c.decided_on >= :from and c.decided_on <= :to and c.org_id = any(:orgs)
			  and (c.major_grounds is not null or c.hearing_on is not null
			    or c.fine_amount >= case when c.party_kind = 'NATURAL_PERSON' then :natural else :legal end)""";

	/** Decisions taken in the year that were to be published; counted: published by the clock's due date. */
	static final String PUBLISHED = """
			select p.case_id as id, p.matter as title, c.case_number as reference, p.decided_on as on_date,
			  case when p.published_on is not null and p.published_on <= d.due_date then 1 else 0 end as counted,
			  cast(null as varchar(1)) as note
			from enforcement_publication p join enforcement_case c on c.id = p.case_id
			left join deadline_clock d on d.id = p.due_clock_id
			where p.decided_on >= :from and p.decided_on <= :to and p.org_id = any(:orgs)
			  and not (p.published_on is null and p.withdrawn_on is not null)""";

	/** Officers in use at the year's end; counted: with a certificate in force on its last day. */
	static final String CERTIFIED = """
			select o.id, o.name as title, o.certificate_no as reference, o.expires_on as on_date,
			  case when o.issued_on <= :to and o.expires_on >= :to then 1 else 0 end as counted,
			  cast(null as varchar(1)) as note
			from enforcement_officer o
			where o.status = 'ACTIVE' and o.org_id = any(:orgs) and o.created_at <= :end""";

	/** Acts recorded in the year; counted: the case's officers held at least two valid certificates on the act's day. */
	static final String ACTS = """
			select r.case_id as id, r.title, c.case_number as reference, cast(r.occurred_at as date) as on_date,
			  case when (select count(*) from enforcement_case_officer t join enforcement_officer o on o.id = t.officer_id
			    where t.case_id = r.case_id and o.body_id = c.body_id and o.issued_on <= cast(r.occurred_at as date)
			      and o.expires_on >= cast(r.occurred_at as date)) >= 2 then 1 else 0 end as counted,
			  cast(null as varchar(1)) as note
			from enforcement_record r join enforcement_case c on c.id = r.case_id
			where r.kind = 'ACT' and r.occurred_at >= :start and r.occurred_at < :end and c.org_id = any(:orgs)""";

	/** Published decisions changed or revoked in the year; counted: withdrawn within the 3 working days. */
	static final String WITHDRAWN = """
			select p.case_id as id, p.matter as title, c.case_number as reference, c.revoked_on as on_date,
			  case when p.withdrawn_on is not null and p.withdrawn_on <= d.due_date then 1 else 0 end as counted,
			  cast(null as varchar(1)) as note
			from enforcement_publication p join enforcement_case c on c.id = p.case_id
			join deadline_clock d on d.id = p.withdraw_clock_id
			where c.revoked_on >= :from and c.revoked_on <= :to and p.org_id = any(:orgs)""";

	private final JdbcClient jdbc;

	private final EnforcementProperties settings;

	EnforcementIndicators(JdbcClient jdbc, EnforcementProperties settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public List<IndicatorValue> indicators(IndicatorQuery q) {
		String cases = "/enforcement/cases?year=" + q.year();
		String publications = "/enforcement/publications?year=" + q.year();
		long[] review = figures(REVIEWED, q);
		long[] published = figures(PUBLISHED, q);
		long[] certified = figures(CERTIFIED, q);
		long[] acts = figures(ACTS, q);
		long[] withdrawn = figures(WITHDRAWN, q);
		return List.of(IndicatorValue.rate("EN-REVIEW", review[1], review[0], cases),
				IndicatorValue.rate("EN-PUBLICITY", published[1], published[0], publications),
				IndicatorValue.rate("EN-CERT", certified[1], certified[0], "/enforcement/officers"),
				IndicatorValue.rate("EN-ACTS", acts[1], acts[0], cases),
				IndicatorValue.rate("EN-WITHDRAW", withdrawn[1], withdrawn[0], publications));
	}

	@Override
	public Optional<List<IndicatorRecord>> records(String code, IndicatorQuery q) {
		String rows = switch (code) {
			case "EN-REVIEW" -> REVIEWED;
			case "EN-PUBLICITY" -> PUBLISHED;
			case "EN-CERT" -> CERTIFIED;
			case "EN-ACTS" -> ACTS;
			case "EN-WITHDRAW" -> WITHDRAWN;
			default -> null;
		};
		if (rows == null) {
			return Optional.empty();
		}
		if (q.orgIds().isEmpty()) {
			return Optional.of(List.of());
		}
		String link = rows == CERTIFIED ? "/enforcement/officers/" : "/enforcement/cases/";
		return Optional.of(IndicatorRows.records(jdbc, rows, params(q), link));
	}

	private long[] figures(String rows, IndicatorQuery q) {
		return q.orgIds().isEmpty() ? new long[2] : IndicatorRows.figures(jdbc, rows, params(q));
	}

	private Map<String, Object> params(IndicatorQuery q) {
		Map<String, Object> p = new HashMap<>();
		p.put("orgs", UuidArray.of(q.orgIds()));
		p.put("from", Date.valueOf(q.from()));
		p.put("to", Date.valueOf(q.to()));
		p.put("start", java.sql.Timestamp.valueOf(q.from().atStartOfDay()));
		p.put("end", java.sql.Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
		p.put("natural", settings.majorFineNaturalPerson());
		p.put("legal", settings.majorFineLegalPerson());
		return p;
	}
}
