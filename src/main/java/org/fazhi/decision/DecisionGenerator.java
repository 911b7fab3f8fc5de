package org.fazhi.decision;

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
import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.ConsultationGeneration;
import org.fazhi.consultation.ConsultationGeneration.Concluded;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataGenerator;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Generation;
import org.fazhi.review.ReviewGeneration;
import org.fazhi.review.ReviewGeneration.PassedReview;
import org.fazhi.review.ReviewSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generated units' major administrative decisions, one for every ten normative documents: those of past years
 * carried through the five procedures (重大行政决策程序暂行条例) — the draft published on the portal for 30 days with every
 * comment answered (第十四条、第十五条), or opinions heard at a 座谈会 and answered, two
 * experts' opinions at a 论证会 with the argumentation concluded (第十九条、第二十条), the risk assessed and controllable
 * (第二十二条), a legality review passed with its 合法性说明 numbered in the unit's sequence (第二十五条), a collective
 * discussion at which the head spoke last and approved (第三十条), the report to the 同级党委 and the publication
 * (第三十一条) — written in bulk with their audit entries; those of the current year still being drafted.
 */
@Component
class DecisionGenerator implements DataGenerator {

	private static final String[] TOPICS = { "科技成果转化", "科技创新平台建设", "企业研发投入", "科技人才引进", "科技金融", "农牧业科技",
			"数字经济", "新型研发机构", "高新技术产业开发区", "科技企业梯次培育", "产学研协同创新", "科技特派员服务" };

	private final JdbcTemplate jdbc;

	private final ReviewGeneration reviews;

	private final ConsultationGeneration consultations;

	private final DocumentNumbers numbers;

	private final UserService users;

	private final AuditLog audit;

	private final DecisionQueries queries;

	private final Clock clock;

	DecisionGenerator(JdbcTemplate jdbc, ReviewGeneration reviews, ConsultationGeneration consultations,
			DocumentNumbers numbers, UserService users, AuditLog audit, DecisionQueries queries, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.consultations = consultations;
		this.numbers = numbers;
		this.users = users;
		this.audit = audit;
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "decision";
	}

	@Override
	public int order() {
		return 30;
	}

	/** Decisions of each unit and year: one for every ten normative documents, at least one. */
	static int perUnitYear(Generation run) {
		return Math.max(1, run.documentsPerUnitYear() / 10);
	}

	@Override
	public long generate(Generation run, Generation.Unit unit) {
		SplittableRandom random = run.random(name(), unit);
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		UUID drafter = users.findByUsername("staff").orElseThrow().id();
		UUID reviewer = users.findByUsername("reviewer").orElseThrow().id();
		String reviewPrefix = "内" + unit.letters() + "法审";
		List<Object[]> decisions = new ArrayList<>();
		List<Object[]> channels = new ArrayList<>();
		List<Object[]> experts = new ArrayList<>();
		List<Object[]> meetings = new ArrayList<>();
		List<PassedReview> passed = new ArrayList<>();
		List<Concluded> concluded = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		for (int year : run.years()) {
			boolean current = year == today.getYear();
			LocalDate cursor = lastNumbered(reviewPrefix, year);
			for (int i = 0; i < perUnitYear(run); i++) {
				Generation.Division division = unit.divisions().get(random.nextInt(unit.divisions().size()));
				UUID id = run.id("decision", unit.code(), year, i);
				String title = unit.name() + "关于加快推进" + TOPICS[random.nextInt(TOPICS.length)] + "的若干措施（" + year + "-"
						+ (i + 1) + "）";
				String text = "一、总体要求。坚持创新驱动发展。\n二、主要措施。（一）加大投入；（二）完善机制。\n三、保障措施。各有关单位按职责分工落实。";
				LocalDate created = Generation.dayIn(random, year, current ? today : LocalDate.of(year, 10, 31));
				Object[] row = new Object[26];
				row[0] = id;
				row[1] = division.id();
				row[2] = unit.id();
				row[3] = title;
				row[4] = year;
				row[5] = text;
				row[6] = "为落实创新驱动发展战略，拟定本措施。";
				row[7] = "《中华人民共和国科学技术进步法》";
				row[8] = current ? DecisionStatus.DRAFTING.name() : DecisionStatus.PUBLISHED.name();
				row[23] = drafter;
				row[24] = Timestamp.from(created.atStartOfDay(clock.getZone()).toInstant());
				records.add(step(division.id(), "DECISION_CREATED", id, title));
				if (current) {
					decisions.add(row);
					continue;
				}
				LocalDate heard = created.plusDays(10);
				UUID consultation = null;
				if (i % 2 == 0) {
					// the draft published on the portal for the 30 days of 第十五条, every comment answered
					consultation = run.id("decision-consultation", id);
					concluded.add(new Concluded(consultation, division.id(), unit.id(), ConsultationSubject.MAJOR_DECISION,
							id.toString(), title + "（征求意见稿）", text, created.plusDays(1), created.plusDays(31),
							created.plusDays(33), drafter, 3));
					records.add(step(division.id(), "DECISION_CONSULTATION_OPENED", id, title));
					created = created.plusDays(25);
				}
				else {
					channels.add(new Object[] { run.id("decision-channel", id), division.id(),
							ConsultationSubject.MAJOR_DECISION.name(), id.toString(), ChannelKind.SYMPOSIUM.name(),
							Date.valueOf(heard), "本单位会议室", "企业代表、高校和科研院所代表共12人", "与会代表对措施草案提出意见8条。",
							"采纳6条，未采纳2条并已说明理由。", at });
					records.add(step(division.id(), "DECISION_PARTICIPATION_RECORDED", id, "座谈会 " + heard));
				}
				row[25] = consultation;
				LocalDate argued = created.plusDays(20);
				for (int e = 0; e < 2; e++) {
					experts.add(new Object[] { run.id("decision-expert", id, e), id, e == 0 ? "王立新" : "李晓红",
							e == 0 ? "内蒙古大学" : "内蒙古自治区社会科学院", ExpertForm.MEETING.name(), "措施可行，建议细化资金保障。",
							Date.valueOf(argued), true, null, "决策承办单位" });
					records.add(step(division.id(), "DECISION_EXPERT_OPINION_RECORDED", id, e == 0 ? "王立新" : "李晓红"));
				}
				records.add(step(division.id(), "DECISION_ARGUMENTATION_COMPLETED", id, title));
				LocalDate assessed = created.plusDays(25);
				records.add(step(division.id(), "DECISION_RISK_ASSESSED", id, RiskLevel.LOW.name()));
				LocalDate submitted = created.plusDays(28);
				records.add(step(division.id(), "DECISION_SUBMITTED_FOR_REVIEW", id, title));
				// numbers follow dates: the 合法性说明 is dated on or after the last one the unit numbered that year
				LocalDate completed = latest(submitted.plusDays(7), cursor);
				if (completed.getYear() > year) {
					completed = LocalDate.of(year, 12, 31);
				}
				cursor = completed;
				DocumentNumber number = numbers.next(reviewPrefix, completed);
				UUID reviewId = run.id("decision-review", id);
				passed.add(new PassedReview(reviewId, ReviewSubject.MAJOR_DECISION, division.id(), unit.id(),
						id.toString(), title, text, drafter, reviewer, earliest(submitted, completed), completed,
						reviewPrefix, number.year(), number.sequence()));
				records.add(step(division.id(), "DECISION_REVIEW_PASSED", id, number.toString()));
				LocalDate decided = completed.plusDays(7);
				meetings.add(new Object[] { run.id("decision-meeting", id), id, unit.name() + "党组会议", Date.valueOf(decided),
						"党组书记、党组成员、有关处室负责人", "主要负责人", "与会人员逐项讨论，同意措施草案。", "无", true, true, null,
						MeetingOutcome.APPROVED.name(), "同意印发实施。", null, "办公室", at });
				records.add(step(division.id(), "DECISION_COLLECTIVE_DISCUSSION", id, decided.toString()));
				LocalDate reported = decided.plusDays(2);
				records.add(step(division.id(), "DECISION_PARTY_REPORTED", id, reported.toString()));
				LocalDate published = decided.plusDays(5);
				records.add(step(division.id(), "DECISION_PUBLISHED", id, title));
				row[9] = reviewId;
				row[10] = "专家意见已研究吸收。";
				row[11] = Date.valueOf(argued.plusDays(2));
				row[12] = "资金保障不到位的风险";
				row[13] = "分年度安排预算";
				row[14] = "建立调度机制";
				row[15] = "政策法规处";
				row[16] = RiskLevel.LOW.name();
				row[17] = Date.valueOf(assessed);
				row[18] = Date.valueOf(reported);
				row[19] = "中共" + unit.name() + "党组";
				row[20] = Date.valueOf(decided);
				row[21] = Date.valueOf(published);
				row[22] = "本单位门户网站";
				decisions.add(row);
			}
		}
		jdbc.batchUpdate("""
				insert into decision (id, org_id, unit_id, title, year_num, draft_text, explanation, basis, market_related,
				  status, review_id, consultation_id, argumentation_handling, argumentation_done_on, risk_points, risk_measures,
				  risk_plans, risk_assessor, risk_level, risk_controllable, risk_done_on, party_reported_on,
				  party_reported_to, party_report_by, decided_on, published_on, publication_channels, public_text,
				  created_by, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				decisions.stream().map(DecisionGenerator::insertOrder).toList());
		jdbc.batchUpdate("""
				insert into consultation_channel (id, org_id, subject, subject_id, kind, held_on, place, participants,
				  minutes, handling, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '决策承办单位', ?)""", channels);
		jdbc.batchUpdate("""
				insert into decision_expert_opinion (id, decision_id, expert_name, affiliation, form, opinion, given_on,
				  no_conflict, signed_file_id, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", experts);
		jdbc.batchUpdate("""
				insert into decision_meeting (id, decision_id, meeting, held_on, attendees, head_name, discussion, dissent,
				  head_spoke_last, follows_majority, differing_reason, outcome, decision_text, override_reason,
				  recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetings);
		long rows = decisions.size() + channels.size() + experts.size() + meetings.size();
		rows += reviews.insertPassed(passed, now);
		rows += consultations.insertConcluded(concluded, random, clock.getZone(), now);
		audit.appendAll(records);
		return rows + records.size();
	}

	/**
	 * Every generated decision that was published stood on all five procedures, as the application itself sees it:
	 * one of each unit heard on the portal and one heard at a meeting, read through {@link DecisionQueries}.
	 */
	@Override
	public List<String> check(Generation run) {
		List<String> problems = new ArrayList<>();
		List<UUID> sample = jdbc.queryForList("""
				select min(x.id) from (select cast(d.id as varchar(36)) as id, d.unit_id,
				    case when d.consultation_id is null then 0 else 1 end as portal
				  from decision d join organization_org o on o.id = d.unit_id
				  where o.code like 'gen-%' and d.status = 'PUBLISHED') x
				group by x.unit_id, x.portal""", String.class)
			.stream()
			.map(UUID::fromString)
			.toList();
		for (UUID id : sample) {
			DecisionView view = queries.get(id);
			List<String> unmet = view.procedures().stream().filter(p -> !p.state().satisfied())
				.map(p -> p.procedure().name()).toList();
			if (!unmet.isEmpty() || !view.missing().isEmpty()) {
				problems.add("生成的已公布决策「" + view.title() + "」缺少程序：" + unmet + view.missing());
			}
		}
		long unreviewed = jdbc.queryForObject("""
				select count(*) from decision d join organization_org o on o.id = d.unit_id
				left join review_request r on r.id = d.review_id
				where o.code like 'gen-%' and d.status = 'PUBLISHED'
				  and (r.id is null or r.status <> 'PASSED' or r.passed_on > d.decided_on)""", Long.class);
		if (unreviewed > 0) {
			problems.add("有 " + unreviewed + " 项生成的已公布决策没有在集体讨论前通过的合法性审查");
		}
		return problems;
	}

	/** The last date the unit's review sequence of the year was numbered on, or the year's first working days. */
	private LocalDate lastNumbered(String prefix, int year) {
		List<Date> last = jdbc.queryForList(
				"select last_date from platform_document_number where issuer_code = ? and year_num = ? and last_date is not null",
				Date.class, prefix, year);
		return last.isEmpty() ? LocalDate.of(year, 1, 5) : last.get(0).toLocalDate();
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static Object[] insertOrder(Object[] r) {
		boolean taken = r[9] != null;
		return new Object[] { r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[25], r[10], r[11], r[12], r[13],
				r[14], r[15], r[16], taken ? Boolean.TRUE : null, r[17], r[18], r[19], taken ? "办公室" : null, r[20], r[21],
				r[22], taken ? r[5] : null, r[23], r[24] };
	}

	private static AuditRecord step(UUID org, String action, UUID id, String summary) {
		return AuditRecord.of(org, action, DecisionService.ENTITY, id).summary(summary).by(AuditActor.SYSTEM);
	}
}
