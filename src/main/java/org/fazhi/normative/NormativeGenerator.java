package org.fazhi.normative;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataGenerator;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Generation;
import org.fazhi.review.PreReviewChecks;
import org.fazhi.review.ReviewGeneration;
import org.fazhi.review.ReviewGeneration.PassedReview;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generated units' normative documents, year by year: most promulgated and in force — reviewed, deliberated,
 * numbered, published, filed and accepted, written in bulk with their audit entries — and, in the current year, some
 * still being drafted and some under legality review, submitted through {@link ReviewService#submit} so that each
 * running review has its real clock.
 */
@Component
class NormativeGenerator implements DataGenerator {

	private static final String[] TOPICS = { "科技计划项目", "技术转移机构", "科技成果转化", "重点实验室", "科技企业孵化器", "创新券",
			"科技特派员", "科研诚信", "科技奖励", "专家库", "财政科研资金", "新型研发机构", "高新技术企业认定", "科普基地", "野外科学观测研究站",
			"行政许可事项", "行政执法公示", "双随机抽查", "信用监管", "政务公开" };

	private static final String[] KINDS = { "管理办法", "实施细则", "管理规定", "实施办法", "工作规则", "暂行办法" };

	private final JdbcTemplate jdbc;

	private final ReviewGeneration reviewGeneration;

	private final ReviewService reviews;

	private final UserService users;

	private final OrganizationService orgs;

	private final DocumentNumbers numbers;

	private final AuditLog audit;

	private final NormativeProperties properties;

	private final Clock clock;

	private final Clocks clocks;

	NormativeGenerator(Clocks clocks, JdbcTemplate jdbc, ReviewGeneration reviewGeneration, ReviewService reviews, UserService users,
			OrganizationService orgs, DocumentNumbers numbers, AuditLog audit, NormativeProperties properties,
			Clock clock) {
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.reviewGeneration = reviewGeneration;
		this.reviews = reviews;
		this.users = users;
		this.orgs = orgs;
		this.numbers = numbers;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "normative";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public long generate(Generation run, Generation.Unit unit) {
		SplittableRandom random = run.random(name(), unit);
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		UUID drafter = users.findByUsername("staff").orElseThrow().id();
		UUID reviewer = users.findByUsername("reviewer").orElseThrow().id();
		UUID authority = orgs.findByCode(properties.filingAuthority()).orElseThrow().id();
		String letters = unit.letters();
		String issuer = "内" + letters + "发";
		String reviewPrefix = "内" + letters + "法审";
		long rows = 0;
		List<Object[]> documents = new ArrayList<>();
		List<Object[]> filings = new ArrayList<>();
		List<PassedReview> passed = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		List<Running> running = new ArrayList<>();
		List<Object[]> inForce = new ArrayList<>();
		for (int year : run.years()) {
			int seq = 0;
			LocalDate last = null;
			for (int i = 0; i < run.documentsPerUnitYear(); i++) {
				Generation.Division division = unit.divisions().get(random.nextInt(unit.divisions().size()));
				String title = "内蒙古自治区" + TOPICS[random.nextInt(TOPICS.length)] + KINDS[random.nextInt(KINDS.length)]
						+ (random.nextInt(5) == 0 ? "（试行）" : "");
				String body = body(title, random);
				UUID id = run.id("normative", unit.code(), year, i);
				boolean current = year == today.getYear();
				int roll = random.nextInt(100);
				if (current && roll < 7) {
					documents.add(document(id, division.id(), unit.id(), title, body, "DRAFTING", null, drafter, now));
					records.add(created(division.id(), id, title));
					continue;
				}
				if (current && roll < 15) {
					running.add(new Running(id, division.id(), unit.id(), title, body,
							latestWorkingDay(today.minusDays(random.nextInt(12)))));
					documents.add(document(id, division.id(), unit.id(), title, body, "IN_REVIEW", null, drafter, now));
					records.add(created(division.id(), id, title));
					continue;
				}
				// promulgated in the year, in date order of its number; late enough in the year to have been filed
				LocalDate latest = current ? today.minusDays(40) : LocalDate.of(year, 12, 31);
				LocalDate promulgated = Generation.dayIn(random, year, latest);
				if (last != null && promulgated.isBefore(last)) {
					promulgated = last;
				}
				last = promulgated;
				seq++;
				UUID reviewId = run.id("review", unit.code(), year, i);
				LocalDate submitted = promulgated.minusDays(20);
				LocalDate completed = promulgated.minusDays(10);
				passed.add(new PassedReview(reviewId, ReviewSubject.NORMATIVE_DOCUMENT, division.id(), unit.id(), id.toString(), title, body, drafter,
						reviewer, submitted, completed, reviewPrefix, year, seq));
				Object[] row = document(id, division.id(), unit.id(), title, body, "IN_FORCE", reviewId, drafter, now);
				LocalDate effective = promulgated.plusDays(30);
				row[9] = "厅长办公会议";
				row[10] = Date.valueOf(promulgated.minusDays(3));
				row[11] = issuer;
				row[12] = year;
				row[13] = seq;
				row[14] = issuer + "〔" + year + "〕" + seq + "号";
				row[15] = Date.valueOf(promulgated);
				row[16] = Date.valueOf(effective);
				row[17] = Date.valueOf(effective.plusYears(5).minusDays(1));
				row[18] = Date.valueOf(promulgated.plusDays(3));
				documents.add(row);
				inForce.add(new Object[] { id, division.id(), title, effective });
				LocalDate filed = promulgated.plusDays(10);
				filings.add(new Object[] { run.id("filing", unit.code(), year, i), id, division.id(), authority,
						Date.valueOf(filed), true, FilingStatus.ACCEPTED.name(), 0, Date.valueOf(filed.plusDays(15)),
						"备案审查机关", Timestamp.from(now) });
				records.add(created(division.id(), id, title));
				records.add(step(division.id(), "NORMATIVE_SUBMITTED_FOR_REVIEW", id, title));
				records.add(step(division.id(), "NORMATIVE_DELIBERATED", id, title));
				records.add(step(division.id(), "NORMATIVE_PROMULGATED", id, row[14] + " " + title));
				records.add(AuditRecord.of(division.id(), "FILING_SUBMITTED", "normative_filing", filings.get(filings.size() - 1)[0])
					.summary(row[14] + " " + title).by(AuditActor.SYSTEM));
				records.add(AuditRecord.of(division.id(), "FILING_ACCEPTED", "normative_filing", filings.get(filings.size() - 1)[0])
					.summary(row[14] + " " + title).by(AuditActor.SYSTEM));
				for (int k = 0; k < run.auditPerDocument(); k++) {
					records.add(AuditRecord.of(division.id(), "FILE_DOWNLOADED", NormativeService.ENTITY, id)
						.summary(title + ".docx").by(AuditActor.SYSTEM));
				}
			}
			if (seq > 0) {
				numbers.register(new DocumentNumber(issuer, year, seq), last);
				numbers.register(new DocumentNumber(reviewPrefix, year, seq), last.minusDays(10));
			}
		}
		java.util.Set<Object> filedIds = new java.util.HashSet<>();
		filings.forEach(f -> filedIds.add(f[1]));
		jdbc.batchUpdate("""
				insert into normative_document (id, org_id, unit_id, title, kind, body_text, market_related, validity_years,
				  status, deliberation_meeting, deliberation_date, issuer_code, number_year, number_seq, document_number,
				  promulgated_on, effective_on, expires_on, published_on, review_id, deliberation_outcome,
				  needs_amendment, rectification_required, provisional, created_by, created_at, version, filed)
				values (?, ?, ?, ?, ?, ?, false, 5, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, false, ?, ?, 0, ?)""",
				documents.stream().map(r -> insertOrder(r, filedIds.contains(r[0]))).toList());
		jdbc.batchUpdate("""
				insert into normative_filing (id, document_id, org_id, reviewer_org_id, submitted_on, filed_on_time,
				  status, returned_count, decided_on, decided_by, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", filings);
		rows += documents.size() + filings.size();
		rows += reviewGeneration.insertPassed(passed, now);
		audit.appendAll(records);
		rows += records.size();
		for (Object[] d : inForce) {
			// the validity clock every document in force has, on the rule version of its day
			clocks.start(new StartClock((UUID) d[1], "normative", NormativeService.ENTITY, d[0].toString(), (String) d[2],
					"/normative/" + d[0], "ND_VALIDITY_EXPIRY", drafter, ((LocalDate) d[3]).minusDays(1), 5));
			rows += 2;
		}
		for (Running r : running) {
			UUID reviewId = reviews.submit(new SubmitReview(r.orgId(), ReviewSubject.NORMATIVE_DOCUMENT, r.id().toString(),
					r.title(), r.body(), null, null, null, drafter, drafter, r.submittedOn(),
					new PreReviewChecks.Context(5, false, false, true)));
			jdbc.update("update normative_document set review_id = ? where id = ?", reviewId, r.id());
			rows += 3;
		}
		return rows;
	}

	@Override
	public List<String> check(Generation run) {
		List<String> problems = new ArrayList<>();
		long unreviewed = jdbc.queryForObject("""
				select count(*) from normative_document d join organization_org o on o.id = d.unit_id
				left join review_request r on r.id = d.review_id
				where o.code like 'gen-%' and d.status = 'IN_FORCE'
				  and (r.id is null or r.status <> 'PASSED' or r.passed_on > d.deliberation_date)""", Long.class);
		if (unreviewed > 0) {
			problems.add("有 " + unreviewed + " 件生成的现行有效文件没有在审议前通过的合法性审查");
		}
		long clockless = jdbc.queryForObject("""
				select count(*) from normative_document d join organization_org o on o.id = d.unit_id
				left join review_request r on r.id = d.review_id
				left join deadline_clock c on c.id = r.clock_id
				where o.code like 'gen-%' and d.status = 'IN_REVIEW' and (c.id is null or c.stopped_on is not null)""",
				Long.class);
		if (clockless > 0) {
			problems.add("有 " + clockless + " 件审查中的生成文件没有正在计时的审查期限");
		}
		long unfiled = jdbc.queryForObject("""
				select count(*) from normative_document d join organization_org o on o.id = d.unit_id
				where o.code like 'gen-%' and d.status = 'IN_FORCE'
				  and not exists (select 1 from normative_filing f where f.document_id = d.id)""", Long.class);
		if (unfiled > 0) {
			problems.add("有 " + unfiled + " 件生成的现行有效文件未备案");
		}
		return problems;
	}

	private record Running(UUID id, UUID orgId, UUID unitId, String title, String body, LocalDate submittedOn) {
	}

	/** Columns as the insert lists them. */
	private static Object[] document(UUID id, UUID org, UUID unit, String title, String body, String status,
			UUID reviewId, UUID createdBy, Instant at) {
		Object[] row = new Object[23];
		row[0] = id;
		row[1] = org;
		row[2] = unit;
		row[3] = title;
		row[4] = DocumentKind.DEPARTMENT.name();
		row[5] = body;
		row[6] = status;
		row[19] = reviewId;
		row[20] = reviewId == null ? null : DeliberationOutcome.PASSED.name();
		row[21] = createdBy;
		row[22] = Timestamp.from(at);
		return row;
	}

	private static Object[] insertOrder(Object[] r, boolean filed) {
		return new Object[] { r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[9], r[10], r[11], r[12], r[13], r[14], r[15],
				r[16], r[17], r[18], r[19], r[20], r[21], r[22], filed };
	}

	private static AuditRecord created(UUID org, UUID id, String title) {
		return step(org, "NORMATIVE_CREATED", id, title);
	}

	private static AuditRecord step(UUID org, String action, UUID id, String summary) {
		return AuditRecord.of(org, action, NormativeService.ENTITY, id).summary(summary).by(AuditActor.SYSTEM);
	}

	private static String body(String title, SplittableRandom random) {
		String subject = title.replace("内蒙古自治区", "");
		return "第一条 为了规范" + subject + "工作，根据有关法律法规，结合本自治区实际，制定本办法。\n"
				+ "第二条 本办法适用于本自治区行政区域内的" + subject + "活动。\n"
				+ "第三条 自治区人民政府有关部门按照职责分工，负责" + subject + "的监督管理工作。\n"
				+ "第四条 违反本办法规定的，依照有关法律法规的规定处理。\n"
				+ "第五条 本办法自公布之日起三十日后施行，有效期五年。（编号" + random.nextInt(1_000_000) + "）";
	}

	/** A weekday on or before the day (a submission is made on a working day; 调休 days are rare enough here). */
	private static LocalDate latestWorkingDay(LocalDate day) {
		LocalDate d = day;
		while (d.getDayOfWeek().getValue() > 5) {
			d = d.minusDays(1);
		}
		return d;
	}
}
