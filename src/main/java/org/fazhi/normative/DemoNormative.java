package org.fazhi.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.calendar.CalendarService;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DemoDataLoader;
import org.fazhi.platform.RunAs;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The normative documents of the 2019 scenario (SCENARIO-2019.md), recorded step by step as the department would
 * have recorded them: the documents of 2016–2018 still in force, the six of 2019 (one passed after a 合法性审查意见,
 * five with a 合法性说明), each deliberated, promulgated, published, filed within 30 days and accepted; the September
 * 2019 cleanup; the internal rule 内科发政字〔2018〕34号. Then live items of the current year with running clocks.
 */
@Component
@Order(30)
class DemoNormative implements DemoDataLoader {

	static final String ISSUER = "内科发政字";

	private final NormativeService normative;

	private final Filings filings;

	private final Cleanups cleanups;

	private final ReviewService reviews;

	private final OrganizationService orgs;

	private final UserService users;

	private final CalendarService calendar;

	private final RunAs runAs;

	private final Clock clock;

	DemoNormative(NormativeService normative, Filings filings, Cleanups cleanups, ReviewService reviews,
			OrganizationService orgs, UserService users, CalendarService calendar, RunAs runAs, Clock clock) {
		this.normative = normative;
		this.filings = filings;
		this.cleanups = cleanups;
		this.reviews = reviews;
		this.orgs = orgs;
		this.users = users;
		this.calendar = calendar;
		this.runAs = runAs;
		this.clock = clock;
	}

	/** One document's procedure; {@code null} dates stop the procedure before that step. */
	private record Doc(String title, DocumentKind kind, String org, String user, String text, String submitted,
			String reviewed, String meeting, String promulgated, String effective, String number, String published,
			String filed, String accepted) {
	}

	@Override
	public void load() {
		if (normative.findByNumber("内科发政字〔2018〕34号").isPresent()) {
			return;
		}
		List<Doc> history = List.of(
				doc("内蒙古自治区科技计划项目经费管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.HIGHTECH, "officer",
						"2016-03-07", "2016-03-14", "2016-03-25", "2016-04-05", "2016-05-01", "内科发政字〔2016〕12号",
						"2016-04-06", "2016-04-20", "2016-05-06"),
				doc("内蒙古自治区科学技术厅行政审批事项办理规程", DocumentKind.DEPARTMENT, DemoOrgCodes.OFFICE, "sysadmin",
						"2016-06-01", "2016-06-08", "2016-06-20", "2016-07-01", "2016-07-01", "内科发政字〔2016〕21号",
						"2016-07-04", "2016-07-20", "2016-08-03"),
				doc("内蒙古自治区科技企业孵化器管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff",
						"2017-02-13", "2017-02-20", "2017-03-03", "2017-03-10", "2017-04-10", "内科发政字〔2017〕9号",
						"2017-03-13", "2017-03-30", "2017-04-14"),
				doc("内蒙古自治区自然科学基金管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.HIGHTECH, "officer",
						"2017-08-21", "2017-08-30", "2017-09-12", "2017-09-20", "2017-10-20", "内科发政字〔2017〕33号",
						"2017-09-21", "2017-10-16", "2017-10-30"),
				doc("内蒙古自治区科技成果登记办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff", "2018-04-16",
						"2018-04-23", "2018-05-04", "2018-05-15", "2018-06-15", "内科发政字〔2018〕15号", "2018-05-16",
						"2018-06-01", "2018-06-15"),
				doc("内蒙古自治区科学技术厅重大行政决策合法性审查工作细则", DocumentKind.INTERNAL, DemoOrgCodes.LEGAL,
						"reviewer", "2018-10-29", "2018-11-05", "2018-11-13", "2018-11-20", "2018-11-20",
						"内科发政字〔2018〕34号", "2018-11-21", null, null));
		for (Doc d : history) {
			procedure(d);
		}
		UUID measures = opinionDocument();
		List<Doc> year2019 = List.of(
				doc("内蒙古自治区科技计划项目管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.HIGHTECH, "officer",
						"2019-04-22", "2019-04-30", "2019-05-10", "2019-05-20", "2019-06-20", "内科发政字〔2019〕11号",
						"2019-05-22", "2019-06-05", "2019-06-18"),
				doc("内蒙古自治区科技创新券管理暂行办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff",
						"2019-06-03", "2019-06-12", "2019-06-21", "2019-06-28", "2019-07-01", "内科发政字〔2019〕17号",
						"2019-07-01", "2019-07-15", "2019-07-29"));
		year2019.forEach(this::procedure);
		cleanup2019();
		List.of(doc("内蒙古自治区科技特派员管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff", "2019-07-22",
				"2019-07-31", "2019-08-09", "2019-08-15", "2019-09-15", "内科发政字〔2019〕23号", "2019-08-16",
				"2019-09-03", "2019-09-17"),
				doc("内蒙古自治区科学技术奖励办法实施细则", DocumentKind.DEPARTMENT, DemoOrgCodes.LEGAL, "reviewer",
						"2019-09-23", "2019-10-09", "2019-10-18", "2019-10-30", "2019-12-01", "内科发政字〔2019〕36号",
						"2019-10-31", "2019-11-20", "2019-12-04"),
				doc("内蒙古自治区众创空间认定管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff", "2019-11-18",
						"2019-11-27", "2019-12-06", "2019-12-10", "2020-01-10", "内科发政字〔2019〕42号", "2019-12-11",
						"2019-12-24", "2020-01-08"))
			.forEach(this::procedure);
		normative.advance(today());
		current(measures);
	}

	/** The one 合法性审查意见 of 2019: two problems, handled by the drafter, confirmed, then the procedure goes on. */
	private UUID opinionDocument() {
		UUID org = org(DemoOrgCodes.TRANSFER);
		UUID id = runAs.as("staff", () -> normative.create(new CreateDocument("内蒙古自治区科学技术厅关于促进科技成果转化的若干措施",
				DocumentKind.DEPARTMENT, org, TEXT_MEASURES, "为落实《中华人民共和国促进科技成果转化法》，起草本措施。",
				"《中华人民共和国促进科技成果转化法》；《内蒙古自治区促进科技成果转化条例》", true, null), user("staff")));
		runAs.as("staff", () -> normative.recordConsultation(id, "门户网站", date("2019-01-21"), date("2019-02-22"), 14,
				"采纳意见9条，部分采纳3条，不采纳2条。", null));
		ReviewView review = runAs.as("staff", () -> normative.submitForReview(id, date("2019-02-25"), user("staff")));
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.OPINION,
				"经审查，该措施总体符合法律、法规规定，但存在以下问题，请修改后报送。",
				List.of("第八条要求申报单位须在本区设立分支机构，可能构成对外地经营者的歧视（《公平竞争审查条例》第九条），建议删除。",
						"未规定有效期，应当明确有效期（一般不超过5年）。"),
				date("2019-03-07"), user("reviewer")));
		ReviewView issued = reviews.get(review.id());
		runAs.as("staff", () -> {
			reviews.recordHandling(review.id(), issued.problems().get(0).id(), "已删除第八条关于设立分支机构的要求。",
					date("2019-03-11"), "王明");
			reviews.recordHandling(review.id(), issued.problems().get(1).id(), "已在第十二条明确有效期5年。", date("2019-03-11"),
					"王明");
		});
		runAs.as("reviewer", () -> reviews.confirm(review.id(), date("2019-03-12")));
		runAs.as("leader", () -> normative.recordDeliberation(id, "2019年第5次厅长办公会议", date("2019-03-15"),
				"厅长、各副厅长、各处室负责人", DeliberationOutcome.PASSED_WITH_CHANGES, "会议同意修改后印发。", null));
		finish(id, "2019-03-20", "2019-04-20", "内科发政字〔2019〕5号", "2019-03-22", "2019-04-10", "2019-04-25");
		return id;
	}

	private void procedure(Doc d) {
		UUID org = org(d.org());
		UUID id = runAs.as(d.user(), () -> normative.create(new CreateDocument(d.title(), d.kind(), org, d.text(),
				"关于《" + d.title() + "》的起草说明：根据工作需要起草本文件。", "相关法律、法规和规章", false, null),
				user(d.user())));
		ReviewView review = runAs.as(d.user(), () -> normative.submitForReview(id, date(d.submitted()), user(d.user())));
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.STATEMENT,
				"经审查，《" + d.title() + "》的制定主体、程序和内容符合法律、法规和规章的规定，出具合法性说明。", List.of(),
				date(d.reviewed()), user("reviewer")));
		runAs.as("leader", () -> normative.recordDeliberation(id, "厅长办公会议", date(d.meeting()), "厅长、各副厅长、有关处室负责人",
				DeliberationOutcome.PASSED, "会议审议通过。", null));
		finish(id, d.promulgated(), d.effective(), d.number(), d.published(), d.filed(), d.accepted());
	}

	private void finish(UUID id, String promulgated, String effective, String number, String published, String filed,
			String accepted) {
		runAs.as("reviewer", () -> {
			normative.promulgate(id, ISSUER, date(promulgated), date(effective), number);
			normative.publish(id, date(published));
			if (filed != null) {
				UUID filing = filings.submit(id, date(filed));
				runAs.as("filing", () -> filings.accept(filing, date(accepted), "周敏"));
			}
		});
	}

	/** 2019年9月全面清理: every department document in force on 2 September, a decision for each. */
	private void cleanup2019() {
		UUID cleanup = runAs.as("reviewer", () -> cleanups.open(org(DemoOrgCodes.DEPARTMENT), "2019年规范性文件全面清理",
				CleanupView.Kind.PERIODIC, date("2019-09-02"), user("reviewer")));
		CleanupView c = cleanups.get(cleanup);
		for (CleanupView.Item item : c.items()) {
			CleanupDecision decision = switch (item.documentNumber()) {
				case "内科发政字〔2016〕12号" -> CleanupDecision.REPEAL;
				case "内科发政字〔2016〕21号" -> CleanupDecision.DECLARE_INVALID;
				case "内科发政字〔2017〕33号" -> CleanupDecision.AMEND;
				default -> CleanupDecision.KEEP;
			};
			String reason = switch (decision) {
				case REPEAL -> "已被《内蒙古自治区科技计划项目管理办法》（内科发政字〔2019〕11号）代替";
				case DECLARE_INVALID -> "机构改革后相关审批职能已调整，调整对象已消失";
				case AMEND -> "部分条款与新修订的上位法不一致，需要修改";
				case KEEP -> null;
			};
			String drafter = item.orgName().equals("政策法规处") ? "reviewer"
					: item.orgName().equals("成果转化与区域创新处") ? "staff" : "reviewer";
			runAs.as(drafter, () -> cleanups.propose(cleanup, item.documentId(), decision, reason, drafterName(drafter)));
			runAs.as("reviewer", () -> cleanups.confirm(cleanup, item.documentId(), null, "李华"));
		}
		runAs.as("reviewer", () -> cleanups.close(cleanup, date("2019-09-27")));
	}

	/** Live items of the current year: clocks running, due soon, and filings waiting at the authority. */
	private void current(UUID measures) {
		WorkingCalendar cal = calendar.calendar();
		LocalDate today = today();
		UUID transfer = org(DemoOrgCodes.TRANSFER);
		UUID personnel = org(DemoOrgCodes.PERSONNEL);

		UUID inForce = createAs("staff", "内蒙古自治区技术转移机构管理办法", transfer, TEXT_TRANSFER);
		runAs.as("staff", () -> normative.submitForReview(inForce, back(cal, today, 45), user("staff")));
		completeStatement(inForce, back(cal, today, 40));
		runAs.as("leader", () -> normative.recordDeliberation(inForce, "厅长办公会议", back(cal, today, 36), "厅长、各副厅长",
				DeliberationOutcome.PASSED, "审议通过。", null));
		runAs.as("reviewer", () -> {
			LocalDate promulgated = back(cal, today, 30);
			normative.promulgate(inForce, ISSUER, promulgated, promulgated.plusDays(10), null);
			normative.publish(inForce, cal.plusWorkingDays(promulgated, 1));
			filings.submit(inForce, cal.plusWorkingDays(promulgated, 8));
		});

		UUID filingDue = createAs("staff", "内蒙古自治区新型研发机构认定管理办法", transfer, TEXT_INSTITUTES);
		runAs.as("staff", () -> normative.submitForReview(filingDue, back(cal, today, 25), user("staff")));
		completeStatement(filingDue, back(cal, today, 20));
		runAs.as("leader", () -> normative.recordDeliberation(filingDue, "厅长办公会议", back(cal, today, 15), "厅长、各副厅长",
				DeliberationOutcome.PASSED, "审议通过。", null));
		runAs.as("reviewer", () -> {
			LocalDate promulgated = back(cal, today, 12);
			normative.promulgate(filingDue, ISSUER, promulgated, promulgated.plusDays(30), null);
			normative.publish(filingDue, cal.plusWorkingDays(promulgated, 1));
		});

		UUID inReview = createAs("staff", "内蒙古自治区科技成果转化尽职免责实施办法", transfer, TEXT_EXEMPTION);
		runAs.as("staff", () -> normative.recordConsultation(inReview, "门户网站、座谈会", back(cal, today, 35),
				back(cal, today, 15), 8, "收到意见8条，均已研究处理。", null));
		runAs.as("staff", () -> normative.submitForReview(inReview, back(cal, today, 13), user("staff")));
		ReviewView claimed = reviews.latestFor(org.fazhi.review.ReviewSubject.NORMATIVE_DOCUMENT, inReview.toString())
			.orElseThrow();
		runAs.as("reviewer", () -> reviews.claim(claimed.id(), user("reviewer")));

		UUID queued = createAs("staff2", "内蒙古自治区科技人才评价办法", personnel,
				"第一条 为完善科技人才评价机制，制定本办法。\n第二条 本办法自公布之日起施行，有效期5年。");
		runAs.as("staff2", () -> normative.submitForReview(queued, back(cal, today, 2), user("staff2")));

		createAs("staff", "内蒙古自治区科研诚信管理办法", transfer,
				"第一条 为加强科研诚信建设，制定本办法。\n第二条 科研人员应当恪守科学道德准则。");
	}

	private UUID createAs(String username, String title, UUID org, String text) {
		return runAs.as(username, () -> normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT, org, text,
				"关于《" + title + "》的起草说明。", "《中华人民共和国科学技术进步法》", false, null), user(username)));
	}

	private void completeStatement(UUID documentId, LocalDate on) {
		ReviewView review = reviews.latestFor(org.fazhi.review.ReviewSubject.NORMATIVE_DOCUMENT, documentId.toString())
			.orElseThrow();
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.STATEMENT, "经审查，未发现合法性问题，出具合法性说明。",
				List.of(), on, user("reviewer")));
	}

	/** The working day that lies the given number of working days before today. */
	private static LocalDate back(WorkingCalendar cal, LocalDate today, int workingDays) {
		LocalDate d = today;
		int counted = 0;
		while (counted < workingDays) {
			d = d.minusDays(1);
			if (cal.isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	private static String drafterName(String username) {
		return switch (username) {
			case "staff" -> "王明";
			default -> "李华";
		};
	}

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID user(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static Doc doc(String title, DocumentKind kind, String org, String user, String submitted, String reviewed,
			String meeting, String promulgated, String effective, String number, String published, String filed,
			String accepted) {
		String text = "第一条 为规范相关工作，根据有关法律、法规，结合自治区实际，制定本办法。\n"
				+ "第二条 本办法适用于自治区范围内的相关活动。\n第三条 自治区科学技术厅负责本办法的组织实施。\n"
				+ "第四条 本办法自" + effective.substring(0, 4) + "年" + Integer.parseInt(effective.substring(5, 7)) + "月"
				+ Integer.parseInt(effective.substring(8)) + "日起施行，有效期5年。";
		return new Doc(title, kind, org, user, text, submitted, reviewed, meeting, promulgated, effective, number,
				published, filed, accepted);
	}

	static final String TEXT_MEASURES = """
			第一条 为深入实施创新驱动发展战略，加快推动科技成果转化为现实生产力，根据《中华人民共和国促进科技成果转化法》，制定本措施。
			第二条 高等学校、科研院所可以自主决定科技成果的转让、许可或者作价投资。
			第三条 对在自治区实施转化的重大科技成果，按照自治区科技计划管理规定予以支持。
			第四条 鼓励科技人员以兼职、挂职等方式从事科技成果转化活动。
			第五条 本措施自2019年4月20日起施行，有效期5年。""";

	static final String TEXT_TRANSFER = """
			第一条 为促进技术转移机构规范发展，制定本办法。
			第二条 技术转移机构应当具备开展技术转移服务的专业人员和工作场所。
			第三条 本办法自公布之日起10日后施行，有效期5年。""";

	static final String TEXT_INSTITUTES = """
			第一条 为支持新型研发机构发展，制定本办法。
			第二条 新型研发机构应当具有独立法人资格，主要从事研究开发和成果转化活动。
			第三条 本办法自公布之日起30日后施行，有效期5年。""";

	/** A draft with what the pre-review should find: a fine, a local-registration requirement, a repealed basis. */
	static final String TEXT_EXEMPTION = """
			第一条 根据《内蒙古自治区科技计划项目经费管理办法》，制定本办法。
			第二条 申请尽职免责的单位须在本区设立分支机构。
			第三条 对弄虚作假骗取免责的，处以五万元罚款。
			第四条 对转化成效显著的团队，给予最高20万元奖励。
			第五条 本办法自公布之日起施行。""";
}
