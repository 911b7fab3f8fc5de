package org.fazhi.enforcement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.platform.DataGenerator;
import org.fazhi.platform.DocumentNumber;
import org.fazhi.platform.DocumentNumbers;
import org.fazhi.platform.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Enforcement at region scale: per unit one body with a penalty and an inspection power, ten officers, and per year
 * one case for every twenty documents — past years' cases decided, published on their clock and closed, each with its
 * full-process record (立案, a recorded act, 决定, 结案) fingerprinted into the audit chain; the current year's under
 * investigation.
 */
@Component
class EnforcementGenerator implements DataGenerator {

	static final int OFFICERS = 10;

	private final JdbcTemplate jdbc;

	private final Clocks clocks;

	private final CalendarService calendar;

	private final AuditLog audit;

	private final EnforcementQueries queries;

	private final DocumentNumbers numbers;

	private final Clock clock;

	EnforcementGenerator(JdbcTemplate jdbc, Clocks clocks, CalendarService calendar, AuditLog audit,
			EnforcementQueries queries, DocumentNumbers numbers, Clock clock) {
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.calendar = calendar;
		this.audit = audit;
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "enforcement";
	}

	@Override
	public int order() {
		return 40;
	}

	static int perUnitYear(Generation run) {
		return Math.max(1, run.documentsPerUnitYear() / 20);
	}

	@Override
	public long generate(Generation run, Generation.Unit unit) {
		SplittableRandom random = run.random(name(), unit);
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		WorkingCalendar cal = calendar.calendar();
		UUID body = run.id("enforcement-body", unit.code());
		UUID penalty = run.id("enforcement-power", unit.code(), "CF");
		UUID inspection = run.id("enforcement-power", unit.code(), "JC");
		String area = "行政执法监督";
		jdbc.update("""
				insert into enforcement_body (id, org_id, name, nature, category, legal_basis, process, created_at, version)
				values (?, ?, ?, 'ADMINISTRATIVE_ORGAN', '行政管理', '本单位职能配置、内设机构和人员编制规定', null, ?, 0)""", body, unit.id(),
				unit.name(), Timestamp.from(now));
		jdbc.update("""
				insert into enforcement_power (id, body_id, org_id, code, name, type, area, basis_law, basis_article,
				  procedure_text, remedy, random_inspection, inspection_scope, version)
				values (?, ?, ?, 'CF-001', '对违反本行业管理规定行为的行政处罚', 'PENALTY', ?, '《中华人民共和国行政处罚法》', '第八条',
				  '立案、调查取证、审核、告知、决定、送达、执行', '行政复议；行政诉讼', false, null, 0),
				  (?, ?, ?, 'JC-001', '对本行业经营主体的监督检查', 'INSPECTION', ?, '《中华人民共和国行政处罚法》', '第五十四条',
				  '双随机抽查、现场检查、出具结论', '申请复核', true, '每年按5%比例随机抽取', 0)""", penalty, body, unit.id(), area,
				inspection, body, unit.id(), area);
		int firstYear = run.years().stream().min(Integer::compare).orElse(today.getYear());
		LocalDate issued = LocalDate.of(firstYear - 1, 1, 1);
		List<Object[]> officers = new ArrayList<>();
		for (int i = 0; i < OFFICERS; i++) {
			Generation.Division division = unit.divisions().get(i % unit.divisions().size());
			officers.add(new Object[] { run.id("enforcement-officer", unit.code(), i), division.id(), body,
					"执法员" + unit.letters() + (i + 1), "G" + unit.code().replace("gen-", "") + "-" + (1000 + i),
					unit.letters() + "G" + (1000 + i), area, Date.valueOf(issued),
					Date.valueOf(issued.plusYears(6).minusDays(1)), Date.valueOf(issued), 24, Timestamp.from(now) });
		}
		jdbc.batchUpdate("""
				insert into enforcement_officer (id, org_id, body_id, user_id, name, certificate_no, verify_code, areas,
				  issued_on, expires_on, registered_on, training_hours, status, created_at, version)
				values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0)""", officers);
		List<Object[]> cases = new ArrayList<>();
		List<Object[]> teams = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> publications = new ArrayList<>();
		List<AuditRecord> records = new ArrayList<>();
		List<Object[]> clocksToStart = new ArrayList<>();
		record Numbered(DocumentNumber number, LocalDate on) {
		}
		List<Numbered> lastNumbers = new ArrayList<>();
		// the numbers the application gives its cases (Cases.register), so that a case registered later follows on
		String issuer = DocumentNumber.validIssuer(unit.name() + "执法") ? unit.name() + "执法" : "内" + unit.letters() + "执法";
		for (int year : run.years()) {
			boolean current = year == today.getYear();
			LocalDate lastRegistered = null;
			for (int i = 0; i < perUnitYear(run); i++) {
				int a = random.nextInt(OFFICERS);
				int b = (a + 1 + random.nextInt(OFFICERS - 1)) % OFFICERS;
				UUID id = run.id("enforcement-case", unit.code(), year, i);
				UUID org = (UUID) officers.get(a)[1];
				boolean isPenalty = random.nextBoolean();
				LocalDate latest = current ? today.minusDays(30) : LocalDate.of(year, 10, 31);
				LocalDate registered = Generation.dayIn(random, year, latest);
				// numbered in date order: each case no earlier than the one before it
				if (lastRegistered != null && registered.isBefore(lastRegistered)) {
					registered = lastRegistered;
				}
				lastRegistered = registered;
				LocalDate decided = current ? null : cal.plusWorkingDays(registered, 10 + random.nextInt(30));
				LocalDate closed = current ? null : cal.plusWorkingDays(decided, 3 + random.nextInt(10));
				DocumentNumber number = new DocumentNumber(issuer, year, i + 1);
				String title = (isPenalty ? "某经营主体违反行业管理规定案" : "行业经营主体双随机抽查") + "（" + year + "-" + (i + 1) + "）";
				String party = "内蒙古某" + (isPenalty ? "商贸" : "科技") + "有限公司" + unit.letters() + i;
				String text = isPenalty ? "给予警告，并处罚款" + (1000 + random.nextInt(50) * 100) + "元。" : "检查结论：符合规定。";
				cases.add(new Object[] { id, org, unit.id(), body, isPenalty ? penalty : inspection, number.toString(), title, party,
						current ? "INVESTIGATING" : "CLOSED", Date.valueOf(registered), decided == null ? null : Date.valueOf(decided),
						current ? null : isPenalty ? "PENALTY" : "OTHER_DECISION", current ? null : text,
						decided == null ? null : Date.valueOf(decided), current ? null : ServiceMethod.DIRECT.name(),
						closed == null ? null : Date.valueOf(closed), Timestamp.from(now) });
				if (i == perUnitYear(run) - 1) {
					lastNumbers.add(new Numbered(number, registered));
				}
				teams.add(new Object[] { id, officers.get(a)[0] });
				teams.add(new Object[] { id, officers.get(b)[0] });
				String team = officers.get(a)[3] + "（" + officers.get(a)[4] + "）、" + officers.get(b)[3] + "（"
						+ officers.get(b)[4] + "）";
				int seq = 0;
				entries.add(entry(run, id, ++seq, RecordKind.STEP, CaseStatus.REGISTERED, null, "立案（" + number + "）",
						registered, team, org, records));
				entries.add(entry(run, id, ++seq, RecordKind.ACT, CaseStatus.INVESTIGATING, RecordedAct.EVIDENCE_COLLECTION,
						"询问当事人", registered.plusDays(1), team, org, records));
				if (!current) {
					entries.add(entry(run, id, ++seq, RecordKind.STEP, CaseStatus.DECIDED, null, "作出决定", decided, null,
							org, records));
					entries.add(entry(run, id, ++seq, RecordKind.STEP, CaseStatus.CLOSED, null, "结案", closed, null, org,
							records));
					UUID publication = run.id("enforcement-publication", unit.code(), year, i);
					PowerType type = isPenalty ? PowerType.PENALTY : PowerType.INSPECTION;
					LocalDate published = cal.plusWorkingDays(decided, 1 + random.nextInt(type == PowerType.PENALTY ? 7 : 20));
					publications.add(new Object[] { publication, id, org, type.name(), unit.name(), party,
							isPenalty ? "对违反本行业管理规定行为的行政处罚" : "对本行业经营主体的监督检查", "《中华人民共和国行政处罚法》", text,
							Date.valueOf(decided), Date.valueOf(published) });
					clocksToStart.add(new Object[] { org, publication, number, type.publicityRule(), decided, published });
				}
			}
		}
		lastNumbers.forEach(n -> numbers.register(n.number(), n.on()));
		jdbc.batchUpdate("""
				insert into enforcement_case (id, org_id, unit_id, body_id, power_id, case_number, title, party_kind, party_name,
				  party_id_number, facts, status, major_grounds, fine_amount, registered_on, hearing_waived, reviewed_before,
				  decided_on, decision_kind, decision_text, served_on, service_method, closed_on, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, 'LEGAL_PERSON', ?, null, '依职权检查发现。', ?, null, null, ?, false, false, ?, ?, ?, ?,
				  ?, ?, ?, 0)""", cases);
		jdbc.batchUpdate("insert into enforcement_case_officer (case_id, officer_id) values (?, ?)", teams);
		jdbc.batchUpdate("""
				insert into enforcement_record (id, case_id, seq, kind, step, act, title, content, occurred_at, place, device,
				  file_id, file_sha256, corrects_id, officers, fingerprint, entered_by, entered_at)
				values (?, ?, ?, ?, ?, ?, ?, null, ?, null, null, null, null, null, ?, ?, '系统生成', ?)""", entries);
		jdbc.batchUpdate("""
				insert into enforcement_publication (id, case_id, org_id, category, body_name, party_shown, matter, basis,
				  conclusion, decided_on, published_on, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", publications);
		for (Object[] c : clocksToStart) {
			UUID clockId = clocks.start(new StartClock((UUID) c[0], "enforcement", Publications.ENTITY, c[1].toString(),
					c[2] + " 执法决定公示", "/enforcement/publications/" + c[1], (String) c[3], null, (LocalDate) c[4]));
			clocks.stop(clockId, (LocalDate) c[5]);
			jdbc.update("update enforcement_publication set due_clock_id = ? where id = ?", clockId, c[1]);
		}
		audit.appendAll(records);
		return 2 + 1 + officers.size() + cases.size() + teams.size() + entries.size() + publications.size()
				+ clocksToStart.size() + records.size();
	}

	/** One entry as {@link FullProcessRecord} writes it: its fingerprint, and the audit record holding it. */
	private Object[] entry(Generation run, UUID caseId, int seq, RecordKind kind, CaseStatus step, RecordedAct act,
			String title, LocalDate on, String officers, UUID org, List<AuditRecord> records) {
		UUID id = run.id("enforcement-record", caseId, seq);
		Instant at = on.atTime(10, 0).atZone(clock.getZone()).toInstant();
		String fingerprint = RecordEntry.fingerprint(caseId, seq, kind, step, act, title, null, at, null, null, null,
				null, null, officers, "系统生成");
		records.add(AuditRecord.of(org, "ENFORCEMENT_RECORD_ADDED", FullProcessRecord.ENTITY, id)
			.summary("第" + seq + "条 " + title)
			.after(Map.of("case", caseId.toString(), "seq", seq, "fingerprint", fingerprint))
			.by(AuditActor.SYSTEM));
		return new Object[] { id, caseId, seq, kind.name(), step == null ? null : step.name(),
				act == null ? null : act.name(), title, Timestamp.from(at), officers, fingerprint, Timestamp.from(at) };
	}

	/** A sample of the generated cases reads back through the queries with an intact record and a published decision. */
	@Override
	public List<String> check(Generation run) {
		List<String> problems = new ArrayList<>();
		List<String> sample = jdbc.queryForList("""
				select min(cast(c.id as varchar(36))) from enforcement_case c join organization_org o on o.id = c.unit_id
				where o.code like 'gen-%' group by c.unit_id, c.status""", String.class);
		for (String id : sample) {
			EnforcementViews.CaseView view = queries.caseView(UUID.fromString(id));
			if (!view.recordIntact()) {
				problems.add("生成的执法案件「" + view.caseNumber() + "」的全过程记录与审计链不一致");
			}
			if (view.status() == CaseStatus.CLOSED && (view.publication() == null || view.publication().publishedOn() == null)) {
				problems.add("生成的已结案件「" + view.caseNumber() + "」没有公示记录");
			}
		}
		return problems;
	}
}
