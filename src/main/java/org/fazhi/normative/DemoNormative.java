package org.fazhi.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.normative.NormativeService.ReviseDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DemoTimeline;
import org.fazhi.platform.RunAs;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The normative documents of the 2019 scenario (docs/demo-2019.md), recorded day by day as the department would have
 * recorded them: the documents of 2016–2018, the six of 2019 (one passed after a 合法性审查意见 on its revised text,
 * five with a 合法性说明), each put to public consultation, reviewed, deliberated, promulgated, published, filed within
 * 30 days and accepted; the September 2019 cleanup; the internal rule 内科发政字〔2018〕34号, which is neither published
 * nor filed. The live items of the current year are {@link DemoNormativeNow}.
 */
@Component
@Order(30)
class DemoNormative implements DemoTimeline {

	static final String ISSUER = "内科发政字";

	static final String OPINION_TITLE = "内蒙古自治区科学技术厅关于促进科技成果转化的若干措施";

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final Filings filings;

	private final Cleanups cleanups;

	private final ReviewService reviews;

	private final OrganizationService orgs;

	private final UserService users;

	private final RunAs runAs;

	private final java.time.Clock clock;

	DemoNormative(NormativeService normative, NormativeQueries registry, Filings filings, Cleanups cleanups, ReviewService reviews,
			OrganizationService orgs, UserService users, RunAs runAs, java.time.Clock clock) {
		this.clock = clock;
		this.normative = normative;
		this.registry = registry;
		this.filings = filings;
		this.cleanups = cleanups;
		this.reviews = reviews;
		this.orgs = orgs;
		this.users = users;
		this.runAs = runAs;
	}

	/** One document's procedure; {@code null} dates stop the procedure before that step. */
	private record Doc(String title, DocumentKind kind, String org, String user, String text, String submitted,
			String reviewed, String meeting, String promulgated, String effective, String number, String published,
			String filed, String accepted) {
	}

	@Override
	public boolean loaded() {
		return registry.findByNumber("内科发政字〔2018〕34号").isPresent();
	}

	@Override
	public List<Step> steps() {
		Steps steps = new Steps();
		List.of(doc("内蒙古自治区科技计划项目经费管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.HIGHTECH, "officer",
				"2016-03-07", "2016-03-14", "2016-03-25", "2016-04-05", "2016-05-01", "内科发政字〔2016〕12号",
				"2016-04-06", "2016-04-20", "2016-05-06"),
				doc("内蒙古自治区科学技术厅行政审批事项办理规程", DocumentKind.DEPARTMENT, DemoOrgCodes.OFFICE, "office",
						"2016-06-01", "2016-06-08", "2016-06-20", "2016-07-01", "2016-07-01", "内科发政字〔2016〕21号",
						"2016-07-01", "2016-07-20", "2016-08-03"),
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
						"reviewer2", "2018-10-29", "2018-11-05", "2018-11-13", "2018-11-20", "2018-11-20",
						"内科发政字〔2018〕34号", null, null, null),
				doc("内蒙古自治区科技计划项目管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.HIGHTECH, "officer",
						"2019-04-22", "2019-04-30", "2019-05-10", "2019-05-20", "2019-06-20", "内科发政字〔2019〕11号",
						"2019-05-22", "2019-06-05", "2019-06-18"),
				doc("内蒙古自治区科技创新券管理暂行办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff",
						"2019-06-03", "2019-06-12", "2019-06-21", "2019-06-28", "2019-07-01", "内科发政字〔2019〕17号",
						"2019-07-01", "2019-07-15", "2019-07-29"),
				doc("内蒙古自治区科技特派员管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff", "2019-07-22",
						"2019-07-31", "2019-08-09", "2019-08-15", "2019-09-15", "内科发政字〔2019〕23号", "2019-08-16",
						"2019-09-03", "2019-09-17"),
				doc("内蒙古自治区科学技术奖励办法实施细则", DocumentKind.DEPARTMENT, DemoOrgCodes.LEGAL, "reviewer2",
						"2019-09-23", "2019-10-09", "2019-10-18", "2019-10-30", "2019-12-01", "内科发政字〔2019〕36号",
						"2019-10-31", "2019-11-20", "2019-12-04"),
				doc("内蒙古自治区众创空间认定管理办法", DocumentKind.DEPARTMENT, DemoOrgCodes.TRANSFER, "staff", "2019-11-18",
						"2019-11-27", "2019-12-06", "2019-12-10", "2020-01-10", "内科发政字〔2019〕42号", "2019-12-11",
						"2019-12-24", "2020-01-08"))
			.forEach(d -> procedure(steps, d));
		opinionDocument(steps);
		cleanup2019(steps);
		// the past ends today: the documents take today's status (in force, expired) before anyone is told anything
		LocalDate today = LocalDate.now(clock);
		steps.on(today, () -> normative.advance(today));
		return steps.list();
	}

	/**
	 * The one 合法性审查意见 of 2019: the 送审稿's 第八条 required applicants to set up a branch in the region, and no
	 * validity was stated; the drafter revised the text (修改稿: 第八条 deleted, validity stated), recorded the handling
	 * of each problem against it, the reviewer confirmed after comparing the two, and the revised text was deliberated,
	 * promulgated as 内科发政字〔2019〕5号, published and filed.
	 */
	private void opinionDocument(Steps steps) {
		Ref<UUID> id = new Ref<>();
		Ref<UUID> review = new Ref<>();
		steps.on("2019-01-18", () -> id.set(runAs.as("staff", () -> normative.create(new CreateDocument(OPINION_TITLE,
				DocumentKind.DEPARTMENT, org(DemoOrgCodes.TRANSFER), TEXT_MEASURES_SUBMITTED,
				"为落实《中华人民共和国促进科技成果转化法》，起草本措施。",
				"《中华人民共和国促进科技成果转化法》；《内蒙古自治区促进科技成果转化条例》", true, 5), user("staff")))));
		steps.on("2019-02-22", () -> runAs.as("staff", () -> normative.recordConsultation(id.get(), "门户网站",
				date("2019-01-21"), date("2019-02-22"), 14, "采纳意见9条，部分采纳3条，不采纳2条。", null)));
		steps.on("2019-02-22", () -> runAs.as("staff", () -> normative.recordFairCompetition(id.get(),
				FairCompetition.PASSES, null, date("2019-02-22"), "王明")));
		steps.on("2019-02-25",
				() -> review.set(runAs.as("staff", () -> normative.submitForReview(id.get(), date("2019-02-25"),
						user("staff"))).id()));
		steps.on("2019-03-07", () -> runAs.as("reviewer", () -> reviews.complete(review.get(), ReviewOutcome.OPINION,
				"经审查，该措施总体符合法律、法规规定，但存在以下问题，请修改后报送。",
				List.of("第八条要求申报单位须在本区设立分支机构，属于排斥外地经营者在本地投资经营的规定，不符合公平竞争审查标准"
						+ "（《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号）），建议删除。",
						"正文未规定有效期，应当明确有效期（一般不超过5年）。"),
				date("2019-03-07"), user("reviewer"))));
		steps.on("2019-03-11", () -> runAs.as("staff", () -> {
			NormativeView d = registry.get(id.get());
			normative.revise(id.get(), new ReviseDocument(d.title(), TEXT_MEASURES, d.explanation(), d.basis(), true,
					5, false, null, null, null), null, date("2019-03-11"));
			ReviewView issued = reviews.get(review.get());
			reviews.recordHandling(review.get(), issued.problems().get(0).id(),
					"已采纳：删除原第八条关于在本区设立分支机构的要求。", date("2019-03-11"), "王明", user("staff"));
			reviews.recordHandling(review.get(), issued.problems().get(1).id(), "已采纳：第八条明确本措施有效期5年。",
					date("2019-03-11"), "王明", user("staff"));
			normative.recordFairCompetition(id.get(), FairCompetition.PASSES, "修改稿删除了原第八条，不再含有排斥外地经营者的规定。",
					date("2019-03-11"), "王明");
		}));
		steps.on("2019-03-12",
				() -> runAs.as("reviewer", () -> reviews.confirm(review.get(), date("2019-03-12"), user("reviewer"), null)));
		steps.on("2019-03-15", () -> runAs.as("leader", () -> normative.recordDeliberation(id.get(), "2019年第5次厅长办公会议",
				date("2019-03-15"), "厅长、各副厅长、各处室负责人", DeliberationOutcome.PASSED_WITH_CHANGES, "会议同意修改后印发。",
				null)));
		finish(steps, id, "2019-03-20", "2019-04-20", "内科发政字〔2019〕5号", "2019-03-22", "2019-04-10", "2019-04-25");
	}

	private void procedure(Steps steps, Doc d) {
		Ref<UUID> id = new Ref<>();
		Ref<UUID> review = new Ref<>();
		LocalDate submitted = date(d.submitted());
		LocalDate consultedFrom = submitted.minusDays(30);
		LocalDate consultedTo = submitted.minusDays(5);
		steps.on(consultedFrom.minusDays(3), () -> id.set(runAs.as(d.user(), () -> normative.create(new CreateDocument(
				d.title(), d.kind(), org(d.org()), d.text(), "关于《" + d.title() + "》的起草说明：根据工作需要起草本文件。",
				"相关法律、法规和规章", false, d.title().contains("暂行") ? 2 : 5, d.title().contains("暂行"), null, null, null),
				user(d.user())))));
		if (d.kind().requiresFiling()) {
			steps.on(consultedTo, () -> runAs.as(d.user(), () -> normative.recordConsultation(id.get(), "门户网站",
					consultedFrom, consultedTo, 3, "收到意见3条，均已研究处理。", null)));
		}
		steps.on(submitted, () -> review.set(runAs.as(d.user(),
				() -> normative.submitForReview(id.get(), submitted, user(d.user()))).id()));
		steps.on(d.reviewed(), () -> runAs.as("reviewer", () -> reviews.complete(review.get(), ReviewOutcome.STATEMENT,
				"经审查，《" + d.title() + "》的制定主体、程序和内容符合法律、法规和规章的规定，出具合法性说明。", List.of(),
				date(d.reviewed()), user("reviewer"))));
		steps.on(d.meeting(), () -> runAs.as("leader", () -> normative.recordDeliberation(id.get(), "厅长办公会议",
				date(d.meeting()), "厅长、各副厅长、有关处室负责人", DeliberationOutcome.PASSED, "会议审议通过。", null)));
		finish(steps, id, d.promulgated(), d.effective(), d.number(), d.published(), d.filed(), d.accepted());
	}

	private void finish(Steps steps, Ref<UUID> id, String promulgated, String effective, String number,
			String published, String filed, String accepted) {
		Ref<UUID> filing = new Ref<>();
		steps.on(promulgated, () -> runAs.as("reviewer",
				() -> normative.promulgate(id.get(), ISSUER, date(promulgated), date(effective), number)));
		if (published != null) {
			steps.on(published, () -> runAs.as("reviewer", () -> normative.publish(id.get(), date(published))));
		}
		if (filed != null) {
			steps.on(filed, () -> filing.set(runAs.as("reviewer", () -> filings.submit(id.get(), date(filed)))));
			steps.on(accepted, () -> runAs.as("filing", () -> filings.accept(filing.get(), date(accepted), "周敏")));
		}
	}

	/**
	 * 2019年9月全面清理: every department document promulgated by 2 September, a decision for each, proposed by the
	 * drafting division and confirmed by the legal division on the days they did it.
	 */
	private void cleanup2019(Steps steps) {
		Ref<UUID> cleanup = new Ref<>();
		steps.on("2019-09-02", () -> cleanup.set(runAs.as("reviewer", () -> cleanups.open(org(DemoOrgCodes.DEPARTMENT),
				"2019年规范性文件全面清理", CleanupView.Kind.PERIODIC, date("2019-09-02"), user("reviewer")))));
		steps.on("2019-09-10", () -> {
			for (CleanupView.Item item : cleanups.get(cleanup.get()).items()) {
				CleanupDecision decision = decision(item.documentNumber());
				String drafter = item.orgName().equals("政策法规处") ? "reviewer2"
						: item.orgName().equals("成果转化与区域创新处") ? "staff" : "officer";
				runAs.as(drafter, () -> cleanups.propose(cleanup.get(), item.documentId(), decision,
						reason(decision), drafterName(drafter), date("2019-09-10")));
			}
		});
		steps.on("2019-09-20", () -> {
			for (CleanupView.Item item : cleanups.get(cleanup.get()).items()) {
				runAs.as("reviewer",
						() -> cleanups.confirm(cleanup.get(), item.documentId(), null, "李华", date("2019-09-20")));
			}
		});
		steps.on("2019-09-27", () -> runAs.as("reviewer", () -> cleanups.close(cleanup.get(), date("2019-09-27"))));
	}

	private static CleanupDecision decision(String number) {
		return switch (number) {
			case "内科发政字〔2016〕12号" -> CleanupDecision.REPEAL;
			case "内科发政字〔2016〕21号" -> CleanupDecision.DECLARE_INVALID;
			case "内科发政字〔2017〕33号" -> CleanupDecision.AMEND;
			default -> CleanupDecision.KEEP;
		};
	}

	private static String reason(CleanupDecision decision) {
		return switch (decision) {
			case REPEAL -> "已被《内蒙古自治区科技计划项目管理办法》（内科发政字〔2019〕11号）代替";
			case DECLARE_INVALID -> "机构改革后相关审批职能已调整，调整对象已消失";
			case AMEND -> "部分条款与新修订的上位法不一致，需要修改";
			case KEEP -> null;
		};
	}

	private static String drafterName(String username) {
		return switch (username) {
			case "staff" -> "王明";
			case "officer" -> "陈强";
			default -> "赵静";
		};
	}

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID user(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static Doc doc(String title, DocumentKind kind, String org, String user, String submitted, String reviewed,
			String meeting, String promulgated, String effective, String number, String published, String filed,
			String accepted) {
		int years = title.contains("暂行") ? 2 : 5;
		String text = "第一条 为规范相关工作，根据有关法律、法规，结合自治区实际，制定本办法。\n"
				+ "第二条 本办法适用于自治区范围内的相关活动。\n第三条 自治区科学技术厅负责本办法的组织实施。\n"
				+ "第四条 本办法自" + effective.substring(0, 4) + "年" + Integer.parseInt(effective.substring(5, 7)) + "月"
				+ Integer.parseInt(effective.substring(8)) + "日起施行，有效期" + years + "年。";
		return new Doc(title, kind, org, user, text, submitted, reviewed, meeting, promulgated, effective, number,
				published, filed, accepted);
	}

	/** The 送审稿 the review gave an opinion on: 第八条 and the missing validity. */
	static final String TEXT_MEASURES_SUBMITTED = """
			第一条 为深入实施创新驱动发展战略，加快推动科技成果转化为现实生产力，根据《中华人民共和国促进科技成果转化法》，制定本措施。
			第二条 高等学校、科研院所可以自主决定科技成果的转让、许可或者作价投资。
			第三条 对在自治区实施转化的重大科技成果，按照自治区科技计划管理规定予以支持。
			第四条 鼓励科技人员以兼职、挂职等方式从事科技成果转化活动。
			第五条 支持企业与高等学校、科研院所共建研发平台，联合开展成果转化。
			第六条 建立科技成果转化信息服务平台，定期发布科技成果信息。
			第七条 对科技成果转化成效显著的单位和个人，依照有关规定给予表彰。
			第八条 申报本措施支持的单位须在本区设立分支机构。
			第九条 本措施自2019年4月20日起施行。""";

	/** The 修改稿 the reviewer confirmed, deliberated and promulgated: 第八条 deleted, the validity stated. */
	static final String TEXT_MEASURES = """
			第一条 为深入实施创新驱动发展战略，加快推动科技成果转化为现实生产力，根据《中华人民共和国促进科技成果转化法》，制定本措施。
			第二条 高等学校、科研院所可以自主决定科技成果的转让、许可或者作价投资。
			第三条 对在自治区实施转化的重大科技成果，按照自治区科技计划管理规定予以支持。
			第四条 鼓励科技人员以兼职、挂职等方式从事科技成果转化活动。
			第五条 支持企业与高等学校、科研院所共建研发平台，联合开展成果转化。
			第六条 建立科技成果转化信息服务平台，定期发布科技成果信息。
			第七条 对科技成果转化成效显著的单位和个人，依照有关规定给予表彰。
			第八条 本措施自2019年4月20日起施行，有效期5年。""";
}
