package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fazhi.enforcement.Bodies.BodyCommand;
import org.fazhi.enforcement.Bodies.PlanCommand;
import org.fazhi.enforcement.Bodies.PowerCommand;
import org.fazhi.enforcement.Cases.Evidence;
import org.fazhi.enforcement.Cases.RecordAct;
import org.fazhi.enforcement.Cases.RegisterCase;
import org.fazhi.enforcement.Officers.OfficerCommand;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DemoTimeline;
import org.fazhi.platform.RunAs;
import org.fazhi.platform.Texts;
import org.fazhi.review.ChecklistAnswer;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewSubject;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seed's (四) in 2019: the 三项制度 implementation plan, the department's enforcement bodies and officers as sorted
 * out (梳理确认), 李华's 法律职业资格, and three cases — a random inspection, a major penalty after a hearing with its
 * legal review, and a warning to a natural person — each published on time.
 */
@Component
@Order(40)
class DemoEnforcement implements DemoTimeline {

	static final String BODY = "内蒙古自治区科学技术厅";

	static final String AREA = "科技计划项目监督";

	private final Bodies bodies;

	private final Officers officers;

	private final Cases cases;

	private final Publications publications;

	private final ReviewService reviews;

	private final OrganizationService orgs;

	private final UserService users;

	private final RunAs runAs;

	private final JdbcClient jdbc;

	DemoEnforcement(Bodies bodies, Officers officers, Cases cases, Publications publications, ReviewService reviews,
			OrganizationService orgs, UserService users, RunAs runAs, JdbcClient jdbc) {
		this.bodies = bodies;
		this.officers = officers;
		this.cases = cases;
		this.publications = publications;
		this.reviews = reviews;
		this.orgs = orgs;
		this.users = users;
		this.runAs = runAs;
		this.jdbc = jdbc;
	}

	@Override
	public boolean loaded() {
		return jdbc.sql("select count(*) from enforcement_body where name = :n").param("n", BODY).query(Long.class)
			.single() > 0;
	}

	@Override
	public List<Step> steps() {
		Steps steps = new Steps();
		Ref<UUID> body = new Ref<>();
		Ref<UUID> penalty = new Ref<>();
		Ref<UUID> inspection = new Ref<>();
		Ref<UUID> liWei = new Ref<>();
		Ref<UUID> wangLei = new Ref<>();
		steps.on("2019-03-15", () -> runAs.as("reviewer", () -> {
			UUID dept = org(DemoOrgCodes.DEPARTMENT);
			bodies.savePlan(dept, new PlanCommand("科技厅全面推行行政执法公示制度执法全过程记录重大执法决定法制审核制度实施方案", null,
					LocalDate.parse("2019-03-15"), PLAN), null);
			body.set(bodies.createBody(dept, new BodyCommand(BODY, BodyNature.ADMINISTRATIVE_ORGAN, "科技行政管理",
					"《内蒙古自治区科学技术厅职能配置、内设机构和人员编制规定》；《中华人民共和国科学技术进步法》",
					"受理（举报、检查发现、移送）→ 立案 → 调查取证 → 审核（重大执法决定经法制审核）→ 告知 → 决定 → 送达 → 执行 → 结案；"
							+ "办理时限：自立案之日起九十日内作出决定。咨询电话：0471-0000000。")));
			penalty.set(bodies.addPower(body.get(), new PowerCommand("KJT-CF-001", "对骗取、套取财政性科技资金行为的行政处罚",
					PowerType.PENALTY, AREA, "《中华人民共和国科学技术进步法》", "第一百一十二条",
					"立案、调查取证、法制审核（重大）、告知陈述申辩和听证权利、决定、送达、执行", "行政复议：内蒙古自治区人民政府；行政诉讼：有管辖权的人民法院",
					false, null)));
			inspection.set(bodies.addPower(body.get(), new PowerCommand("KJT-JC-001", "对科技计划项目实施情况的监督检查",
					PowerType.INSPECTION, AREA, "《内蒙古自治区科技计划项目管理办法》", "第三十条",
					"随机抽取检查对象和检查人员，现场检查，出具检查结论", "对检查结论有异议的，可申请复核", true,
					"在研自治区科技计划项目，每年按不低于5%的比例随机抽取")));
			bodies.addPower(body.get(), new PowerCommand("KJT-QR-001", "高新技术企业认定", PowerType.CONFIRMATION,
					"高新技术企业认定", "《高新技术企业认定管理办法》", "第九条", "企业申请、专家评审、认定机构审查认定、公示、备案",
					"行政复议；行政诉讼", false, null));
			UUID hightech = org(DemoOrgCodes.HIGHTECH);
			liWei.set(officers.create(new OfficerCommand(hightech, body.get(), null, "李伟", "15010019001", AREA,
					LocalDate.parse("2018-06-01"), LocalDate.parse("2024-05-31"), 40)));
			wangLei.set(officers.create(new OfficerCommand(hightech, body.get(), null, "王磊", "15010019002",
					AREA + "、高新技术企业认定", LocalDate.parse("2018-06-01"), LocalDate.parse("2024-05-31"), 36)));
			officers.recordQualification(user("reviewer"), "A20111501000123", LocalDate.parse("2011-12-20"), "李华");
		}));

		// 双随机 inspection: no penalty, the project told to put its accounts right
		Ref<UUID> a = new Ref<>();
		steps.on("2019-05-13", () -> a.set(register(inspection.get(), "自治区科技计划项目实施情况随机抽查（内蒙古某新材料有限公司）",
				PartyKind.LEGAL_PERSON, "内蒙古某新材料有限公司", "91150100MA0N000001", "2019年度双随机抽查抽中该公司承担的自治区科技计划项目。",
				List.of(liWei.get(), wangLei.get()), "2019-05-13")));
		steps.on("2019-05-14", () -> runAs.as("officer", () -> {
			cases.startInvestigation(a.get(), LocalDate.parse("2019-05-14"), null);
			act(a.get(), RecordedAct.ON_SITE_INSPECTION, "项目现场检查", "查看项目实施现场、财务账册和阶段成果。", "2019-05-14T10:00",
					"呼和浩特市金桥开发区", List.of(liWei.get(), wangLei.get()), 440);
		}));
		steps.on("2019-05-17", () -> runAs.as("officer", () -> {
			cases.submitForExamination(a.get(), null, Set.of(), LocalDate.parse("2019-05-17"), null);
			cases.decide(a.get(), DecisionKind.OTHER_DECISION, "检查结论：项目实施进度符合任务书要求；专项经费列支不规范2笔，责令30日内整改。",
					LocalDate.parse("2019-05-20"), null);
			cases.serve(a.get(), ServiceMethod.DIRECT, LocalDate.parse("2019-05-21"), null);
		}));
		steps.on("2019-05-28", () -> runAs.as("reviewer", () -> publish(a.get(), "2019-05-28")));
		steps.on("2019-06-24", () -> runAs.as("officer", () -> cases.close(a.get(), LocalDate.parse("2019-06-24"), null)));

		// a major penalty: fine of 200,000 yuan on a company, heard, reviewed by 李华 before the decision
		Ref<UUID> b = new Ref<>();
		steps.on("2019-08-05", () -> b.set(register(penalty.get(), "内蒙古某生物科技有限公司套取科技计划项目资金案",
				PartyKind.LEGAL_PERSON, "内蒙古某生物科技有限公司", "91150100MA0N000002",
				"审计移送：该公司以虚构合同方式套取自治区科技计划项目资金28万元。", List.of(liWei.get(), wangLei.get()), "2019-08-05")));
		steps.on("2019-08-06", () -> runAs.as("officer", () -> {
			cases.startInvestigation(b.get(), LocalDate.parse("2019-08-06"), null);
			act(b.get(), RecordedAct.EVIDENCE_COLLECTION, "询问公司法定代表人", "制作询问笔录一份，共6页。", "2019-08-06T15:00",
					"科技厅执法询问室", List.of(liWei.get(), wangLei.get()), 523);
			cases.addDocument(b.get(), "调取证据通知书", "调取项目合同、付款凭证及银行流水。", null, null);
		}));
		steps.on("2019-08-16", () -> runAs.as("officer", () -> cases.submitForExamination(b.get(), new BigDecimal("200000"),
				Set.of(), LocalDate.parse("2019-08-16"), null)));
		steps.on("2019-08-20", () -> runAs.as("officer", () -> cases.tellHearingRight(b.get(), LocalDate.parse("2019-08-20"), null)));
		steps.on("2019-08-22", () -> runAs.as("officer", () -> cases.hearingAnswer(b.get(), true, LocalDate.parse("2019-08-22"), null)));
		steps.on("2019-09-05", () -> runAs.as("officer", () -> {
			act(b.get(), RecordedAct.HEARING, "听证会", "当事人及其委托代理人到场陈述申辩，听证笔录一份。", "2019-09-05T09:30",
					"科技厅第三会议室", List.of(liWei.get(), wangLei.get()), 660);
			cases.holdHearing(b.get(), LocalDate.parse("2019-08-23"), LocalDate.parse("2019-09-05"), null);
		}));
		Ref<UUID> review = new Ref<>();
		steps.on("2019-09-09", () -> runAs.as("officer", () -> review.set(cases.requestReview(b.get(),
				"拟决定：对内蒙古某生物科技有限公司处以罚款20万元，追回套取的项目资金28万元。",
				"事实清楚，证据有合同、凭证、询问笔录和听证笔录；依据《中华人民共和国科学技术进步法》第一百一十二条；罚款数额符合本厅裁量基准中档。",
				LocalDate.parse("2019-09-09"), null))));
		steps.on("2019-09-16", () -> runAs.as("reviewer", () -> reviews.complete(review.get(), ReviewOutcome.STATEMENT,
				"经审核，本案执法主体合法，执法人员具备执法资格，程序合法，事实清楚，证据充分，适用依据准确，裁量适当，同意拟作出的决定。",
				List.of(), ReviewSubject.ENFORCEMENT_DECISION.checklist().stream()
					.map(item -> new ChecklistAnswer(item, true, null)).toList(),
				LocalDate.parse("2019-09-16"), user("reviewer"), null)));
		steps.on("2019-09-18", () -> runAs.as("officer", () -> cases.decide(b.get(), DecisionKind.PENALTY,
				"对内蒙古某生物科技有限公司处以罚款人民币20万元，并追回套取的自治区科技计划项目资金28万元。", LocalDate.parse("2019-09-18"),
				null)));
		steps.on("2019-09-20", () -> runAs.as("officer", () -> cases.serve(b.get(), ServiceMethod.DIRECT,
				LocalDate.parse("2019-09-20"), null)));
		steps.on("2019-09-24", () -> runAs.as("reviewer", () -> publish(b.get(), "2019-09-24")));
		steps.on("2019-10-08", () -> runAs.as("officer", () -> {
			cases.execute(b.get(), "罚款及追回资金已于2019年10月8日缴入指定账户。", LocalDate.parse("2019-10-08"), null);
			cases.close(b.get(), LocalDate.parse("2019-10-09"), null);
		}));

		// a warning to a natural person: published with the name masked
		Ref<UUID> c = new Ref<>();
		steps.on("2019-11-04", () -> c.set(register(penalty.get(), "王建国虚报科技计划项目绩效案", PartyKind.NATURAL_PERSON,
				"王建国", "150102198001011234", "项目负责人王建国（身份证号150102198001011234）在结题材料中虚报绩效指标。",
				List.of(liWei.get(), wangLei.get()), "2019-11-04")));
		steps.on("2019-11-05", () -> runAs.as("officer", () -> {
			cases.startInvestigation(c.get(), LocalDate.parse("2019-11-05"), null);
			act(c.get(), RecordedAct.EVIDENCE_COLLECTION, "询问项目负责人", "制作询问笔录一份。", "2019-11-05T14:00",
					"科技厅执法询问室", List.of(liWei.get(), wangLei.get()), 587);
			cases.submitForExamination(c.get(), null, Set.of(), LocalDate.parse("2019-11-05"), null);
		}));
		steps.on("2019-11-12", () -> runAs.as("officer", () -> {
			cases.tellHearingRight(c.get(), LocalDate.parse("2019-11-06"), null);
			cases.hearingAnswer(c.get(), false, LocalDate.parse("2019-11-07"), null);
			cases.decide(c.get(), DecisionKind.PENALTY, "对王建国（身份证号150102198001011234）给予警告，三年内不得申报自治区科技计划项目。",
					LocalDate.parse("2019-11-12"), null);
			cases.serve(c.get(), ServiceMethod.ON_THE_SPOT, LocalDate.parse("2019-11-12"), null);
		}));
		steps.on("2019-11-15", () -> runAs.as("reviewer", () -> publish(c.get(), "2019-11-15")));
		steps.on("2019-11-18", () -> runAs.as("officer", () -> {
			cases.execute(c.get(), "警告已宣告，限制申报已录入科技计划管理系统。", LocalDate.parse("2019-11-18"), null);
			cases.close(c.get(), LocalDate.parse("2019-11-18"), null);
		}));
		return steps.list();
	}

	private UUID register(UUID power, String title, PartyKind kind, String party, String idNumber, String facts,
			List<UUID> team, String on) {
		return runAs.as("officer", () -> cases.register(new RegisterCase(org(DemoOrgCodes.HIGHTECH), power, title, kind,
				party, idNumber, facts, team, Set.of(), LocalDate.parse(on))));
	}

	private void act(UUID caseId, RecordedAct act, String title, String content, String at, String place,
			List<UUID> team, int hertz) {
		byte[] wav = DemoEvidence.wav(hertz);
		cases.recordAct(caseId, new RecordAct(act, title, content, LocalDateTime.parse(at), place, team,
				new Evidence("执法记录仪-" + at.replace(":", "").replace("-", "") + ".wav", wav, Texts.sha256(wav),
						"执法记录仪 DSJ-KJT-0" + (hertz % 7 + 1))));
	}

	private void publish(UUID caseId, String on) {
		UUID id = jdbc.sql("select id from enforcement_publication where case_id = :c").param("c", caseId)
			.query(UUID.class).single();
		publications.publish(id, LocalDate.parse(on), null);
	}

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID user(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	static final String PLAN = """
			为贯彻落实《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号），\
			结合我厅实际，制定本方案。
			一、总体要求
			以习近平新时代中国特色社会主义思想为指导，着力推进行政执法透明、规范、合法、公正，在全厅行政执法工作中全面推行行政执法公示制度、\
			执法全过程记录制度、重大执法决定法制审核制度。
			二、主要任务
			（一）全面推行行政执法公示制度。按照“谁执法谁公示”的原则，在门户网站公开执法主体、人员、职责、权限、依据、程序、救济渠道和随机抽查事项清单；\
			行政许可、行政处罚的执法决定信息自作出决定之日起7个工作日内公开，其他执法决定信息20个工作日内公开；执法决定被依法变更、撤销、确认违法或者确认无效的，\
			及时撤回并说明理由。
			（二）全面推行执法全过程记录制度。以文字记录为基本形式，对现场检查、调查取证、证据保全、听证、行政强制、送达等容易引发争议的环节进行音像记录，\
			做到执法全过程留痕和可回溯管理。
			（三）全面推行重大执法决定法制审核制度。涉及重大公共利益，可能造成重大社会影响或引发社会风险，直接关系行政相对人或者第三人重大权益，\
			经过听证程序作出，案件情况疑难复杂、涉及多个法律关系的执法决定，作出决定前由政策法规处进行法制审核；未经法制审核或者审核未通过的，不得作出决定。
			三、保障措施
			各处室要对本处室行政执法机关的机构性质、执法主体类别、执法职权类型和行政执法人员资格情况进行梳理确认，报政策法规处汇总。\
			政策法规处负责组织实施和监督检查。""";
}
