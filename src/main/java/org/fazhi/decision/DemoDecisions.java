package org.fazhi.decision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.fazhi.consultation.ChannelKind;
import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.decision.DecisionCatalogs.ItemInput;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.decision.DecisionService.ExpertInput;
import org.fazhi.decision.DecisionService.MeetingInput;
import org.fazhi.decision.DecisionService.PartyReportInput;
import org.fazhi.decision.DecisionService.RiskInput;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DemoTimeline;
import org.fazhi.platform.RunAs;
import org.fazhi.review.FairCompetition;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 重大行政决策 of the 2019 scenario (docs/demo-2019.md): the published 2019 decision catalog agreed by the 厅党组, and
 * one decision through all five procedures, its consultation's comments each answered and the adoption summary
 * published. Then the current year: a published catalog and a decision whose draft is open for comment on the portal.
 */
@Component
@Order(35)
class DemoDecisions implements DemoTimeline {

	static final String DECISION_2019 = "内蒙古自治区关于促进新型研发机构发展的若干措施";

	static final String DECISION_NOW = "内蒙古自治区科技领域优化营商环境若干措施";

	private final DecisionCatalogs catalogs;

	private final DecisionService decisions;

	private final ConsultationService consultations;

	private final ConsultationQueries consultationQueries;

	private final ReviewService reviews;

	private final OrganizationService orgs;

	private final UserService users;

	private final RunAs runAs;

	private final Clock clock;

	DemoDecisions(DecisionCatalogs catalogs, DecisionService decisions, ConsultationService consultations,
			ConsultationQueries consultationQueries,
			ReviewService reviews, OrganizationService orgs, UserService users, RunAs runAs, Clock clock) {
		this.catalogs = catalogs;
		this.decisions = decisions;
		this.consultations = consultations;
		this.consultationQueries = consultationQueries;
		this.reviews = reviews;
		this.orgs = orgs;
		this.users = users;
		this.runAs = runAs;
		this.clock = clock;
	}

	@Override
	public boolean loaded() {
		return !catalogs.list(DataScope.everything()).isEmpty();
	}

	@Override
	public List<Step> steps() {
		Steps steps = new Steps();
		Ref<UUID> catalog = new Ref<>();
		Ref<UUID> item = new Ref<>();
		steps.on("2019-01-10", () -> runAs.as("staff", () -> {
			catalog.set(catalogs.create(org(DemoOrgCodes.DEPARTMENT), 2019));
			item.set(catalogs.addItem(catalog.get(), new ItemInput("制定《" + DECISION_2019 + "》", org(DemoOrgCodes.TRANSFER),
					EnumSet.allOf(Procedure.class), "2019年第二季度", "培育和扶持新型研发机构，明确认定条件和支持政策。"), null, "王明"));
			catalogs.addItem(catalog.get(), new ItemInput("修订《内蒙古自治区科技计划项目管理办法》", org(DemoOrgCodes.HIGHTECH),
					EnumSet.allOf(Procedure.class), "2019年第四季度", "完善科技计划项目立项、过程管理和验收制度。"), null, "王明");
			catalogs.addItem(catalog.get(), new ItemInput("制定《内蒙古自治区科技创新券实施方案》", org(DemoOrgCodes.TRANSFER),
					EnumSet.of(Procedure.PUBLIC_PARTICIPATION, Procedure.LEGALITY_REVIEW, Procedure.COLLECTIVE_DECISION),
					"2019年第三季度", "面向科技型中小企业发放科技创新券。"), null, "王明");
		}));
		steps.on("2019-01-25", () -> runAs.as("leader", () -> catalogs.approve(catalog.get(), "张伟", day("2019-01-25"))));
		steps.on("2019-01-30", () -> runAs.as("staff", () -> catalogs.recordPartyAgreement(catalog.get(), day("2019-01-30"),
				"中共内蒙古自治区科学技术厅党组2019年第2次会议")));
		steps.on("2019-02-01", () -> runAs.as("staff", () -> catalogs.publish(catalog.get(), day("2019-02-01"))));
		Ref<UUID> id = new Ref<>();
		Ref<UUID> consultation = new Ref<>();
		steps.on("2019-03-04", () -> runAs.as("staff", () -> {
			id.set(decisions.create(new CreateDecision(DECISION_2019, 2019, org(DemoOrgCodes.TRANSFER), item.get(), true,
					DRAFT_2019, "为贯彻落实国家关于促进新型研发机构发展的指导意见，结合自治区实际，起草了本措施。草案明确了新型研发机构的认定条件、"
							+ "支持方式和管理要求，对照了自治区现行科技政策，征求了盟市科技局和重点企业的意见。",
					"《中华人民共和国科学技术进步法》《中华人民共和国促进科技成果转化法》《内蒙古自治区促进科技成果转化条例》"),
					user("staff")));
			consultation.set(decisions.openConsultation(id.get(), day("2019-03-04"), day("2019-04-08"), null,
					"信函寄至内蒙古自治区科学技术厅成果转化与区域创新处；电子邮箱 cgzh@nmkjt.gov.cn", user("staff"),
					day("2019-03-04")));
		}));
		for (int i = 0; i < COMMENTS.length; i++) {
			String[] c = COMMENTS[i];
			int n = i;
			steps.on(c[0], () -> {
				String receipt = consultations.comment(consultation.get(),
						new NewComment(c[1], null, null, "203.0.113." + (10 + n), null),
						day(c[0]).atTime(LocalTime.of(10, 30)).atZone(zone()).toInstant());
				publishReviewed(consultation.get(), receipt);
			});
		}
		steps.on("2019-03-20", () -> runAs.as("staff", () -> consultations.addChannel(consultation.get(),
				new ChannelRecord(ChannelKind.SYMPOSIUM, day("2019-03-20"), null, "科技厅第一会议室",
						"内蒙古大学、内蒙古工业大学、伊利集团、包头稀土研究院等12家单位代表",
						"与会代表围绕认定条件、支持方式和绩效评价发表意见，主要意见已纳入公众意见一并研究。", null, null, null,
						null),
				"王明")));
		steps.on("2019-04-09", () -> runAs.as("staff", () -> consultations.close(consultation.get(), day("2019-04-09"))));
		String[][] experts = { { "李建国", "内蒙古大学科学技术研究院 研究员", "2019-04-10" },
				{ "赵红梅", "内蒙古工业大学经济管理学院 教授", "2019-04-11" },
				{ "孙立新", "内蒙古自治区科技评估中心 高级工程师", "2019-04-12" } };
		for (String[] e : experts) {
			steps.on(e[2], () -> runAs.as("staff", () -> {
				UUID opinion = decisions.addExpertOpinion(id.get(), new ExpertInput(e[0], e[1], ExpertForm.WRITTEN,
						"经论证，该措施符合国家和自治区关于科技创新的方针政策，认定条件和支持方式总体可行、科学，建议进一步细化绩效评价指标。",
						day(e[2]), true), "王明");
				decisions.attachSignedOpinion(opinion, e[0] + "-论证意见（签名盖章）.pdf", signedPdf(e[0]), "王明");
			}));
		}
		steps.on("2019-04-12", () -> runAs.as("staff", () -> {
			List<CommentView> received = consultationQueries.comments(consultation.get());
			for (int i = 0; i < received.size(); i++) {
				consultations.respond(received.get(i).id(), ResponseKind.valueOf(COMMENTS[i][2]), COMMENTS[i][3], "王明",
						day("2019-04-12"));
			}
		}));
		steps.on("2019-04-15",
				() -> runAs.as("staff", () -> consultations.publishSummary(consultation.get(), day("2019-04-15"))));
		steps.on("2019-04-16", () -> runAs.as("staff", () -> decisions.completeArgumentation(id.get(),
				"三位专家均认为措施必要、可行；关于细化绩效评价指标的建议已采纳，在第十二条中增加评价指标和程序。", day("2019-04-16"))));
		steps.on("2019-04-18", () -> runAs.as("staff", () -> decisions.recordRiskAssessment(id.get(),
				new RiskInput("财政资金使用效益风险；认定标准执行不一致引发的公平性质疑。", "建立绩效评价和动态调整机制；统一认定标准并向社会公开认定结果。",
						"发现资金使用违规的，停止支持并追回资金；对认定结果的异议由科技厅组织复核。", "内蒙古自治区社会科学院", RiskLevel.LOW,
						true, day("2019-04-18")))));
		steps.on("2019-04-19", () -> runAs.as("staff",
				() -> decisions.recordFairCompetition(id.get(), FairCompetition.PASSES, null, day("2019-04-19"), "王明")));
		Ref<UUID> review = new Ref<>();
		steps.on("2019-04-22", () -> review.set(runAs.as("staff",
				() -> decisions.submitForReview(id.get(), day("2019-04-22"), user("staff")).id())));
		steps.on("2019-04-30", () -> runAs.as("reviewer", () -> reviews.complete(review.get(), ReviewOutcome.STATEMENT,
				"经审查，《" + DECISION_2019 + "》的制定主体、权限和程序合法，内容不违反法律、法规和规章的规定，"
						+ "已依法履行公众参与、专家论证和风险评估程序，可以提交厅务会讨论。",
				List.of(), day("2019-04-30"), user("reviewer"))));
		steps.on("2019-05-09", () -> runAs.as("leader", () -> decisions.recordCollectiveDecision(id.get(),
				new MeetingInput("2019年第8次厅务会", day("2019-05-09"), "张伟（厅长）、副厅长4人、各处室主要负责人", "张伟",
						"与会人员听取了成果转化与区域创新处关于草案起草、公众参与、专家论证、风险评估和合法性审查情况的汇报，逐条讨论了草案。",
						"无", true, true, null, MeetingOutcome.APPROVED,
						"会议同意《" + DECISION_2019 + "》，由成果转化与区域创新处按程序印发实施。", null),
				"张伟")));
		steps.on("2019-05-14", () -> runAs.as("staff", () -> decisions.recordPartyReport(id.get(),
				new PartyReportInput(day("2019-05-14"), "中共内蒙古自治区科学技术厅党组",
						"经厅党组2019年第9次会议听取汇报，同意印发。", null), "王明")));
		steps.on("2019-05-20", () -> runAs.as("staff", () -> decisions.publish(id.get(), day("2019-05-20"),
				"内蒙古自治区科学技术厅门户网站、《内蒙古日报》",
				"《" + DECISION_2019 + "》已经2019年第8次厅务会审议通过，现予公布，自公布之日起施行。\n" + DRAFT_2019)));
		steps.on("2019-12-10", () -> runAs.as("staff", () -> decisions.addReport(id.get(), day("2019-12-10"),
				"成果转化与区域创新处", "全年认定自治区新型研发机构15家，兑现支持资金2300万元；对3家机构开展了绩效评价。", "王明")));
		return steps.list();
	}

	private static final String[][] COMMENTS = {
			{ "2019-03-06", "建议将企业牵头建设的研发机构与高校、科研院所共建的机构同等对待，不设所有制限制。", "ADOPTED",
					"已采纳。第二条明确各类主体举办的新型研发机构均可申请认定，不以所有制区分。" },
			{ "2019-03-12", "认定条件中“研发人员占比不低于50%”对初创机构偏高，建议降低。", "PARTIALLY_ADOPTED",
					"部分采纳。对成立不满三年的机构，研发人员占比要求调整为不低于30%；其他机构维持50%，以保证研发属性。" },
			{ "2019-03-21", "希望对新型研发机构购置科研仪器设备给予补助。", "ADOPTED",
					"已采纳。第八条增加对科研仪器设备购置按实际投入一定比例给予补助的规定。" },
			{ "2019-03-28", "建议由各盟市自行认定新型研发机构。", "NOT_ADOPTED",
					"不予采纳。为保证认定标准统一，认定工作由自治区科技厅组织，盟市科技局负责初审推荐。" },
			{ "2019-04-02", "建议明确绩效评价结果与后续支持挂钩。", "ADOPTED",
					"已采纳。第十二条明确绩效评价结果作为后续支持的主要依据。" } };

	private static final String DRAFT_2019 = "第一条 为促进新型研发机构发展，提升自治区科技创新能力，制定本措施。\n"
			+ "第二条 本措施所称新型研发机构，是指投资主体多元化、运行机制市场化、用人机制灵活的独立法人研发机构。各类主体举办的新型研发机构均可申请认定。\n"
			+ "第三条 自治区科技厅负责新型研发机构的认定和管理，盟市科技局负责初审推荐。\n"
			+ "第八条 对新型研发机构购置科研仪器设备，按实际投入的一定比例给予补助。\n"
			+ "第十二条 建立绩效评价制度，评价结果作为后续支持的主要依据。\n第十五条 本措施自公布之日起施行。";

	/** A one-page PDF standing for a scanned, signed and sealed opinion. */
	private static byte[] signedPdf(String expert) {
		String text = "Signed expert opinion " + Math.abs(expert.hashCode());
		String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
				+ "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n" + "4 0 obj << /Length " + stream.length()
				+ " >> stream\n" + stream + "\nendstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n" + "trailer << /Root 1 0 R >>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID user(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	/** The staff reviewed the comment the day it came and let it be published (先审后发). */
	private void publishReviewed(UUID consultation, String receipt) {
		consultationQueries.comments(consultation)
			.stream()
			.filter(m -> m.receipt().equals(receipt) && m.awaitingReview())
			.forEach(m -> runAs.as("staff", () -> consultations.publishComment(m.id(), "王明")));
	}
}
