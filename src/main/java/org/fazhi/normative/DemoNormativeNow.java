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
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DemoDataLoader;
import org.fazhi.platform.Paging;
import org.fazhi.platform.RunAs;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The live normative items of the current year, relative to today: a document in force awaiting the authority's
 * filing review, one promulgated with its filing clock running, one in review with the reviewer, one waiting in the
 * queue, one still being drafted.
 */
@Component
@Order(30)
class DemoNormativeNow implements DemoDataLoader {

	static final String MARKER = "内蒙古自治区技术转移机构管理办法";

	private final NormativeService normative;

	private final NormativeQueries registry;

	private final Filings filings;

	private final ReviewService reviews;

	private final OrganizationService orgs;

	private final UserService users;

	private final CalendarService calendar;

	private final RunAs runAs;

	private final Clock clock;

	DemoNormativeNow(NormativeService normative, NormativeQueries registry, Filings filings, ReviewService reviews, OrganizationService orgs,
			UserService users, CalendarService calendar, RunAs runAs, Clock clock) {
		this.normative = normative;
		this.registry = registry;
		this.filings = filings;
		this.reviews = reviews;
		this.orgs = orgs;
		this.users = users;
		this.calendar = calendar;
		this.runAs = runAs;
		this.clock = clock;
	}

	@Override
	public void load() {
		if (registry.search(new NormativeQueries.Filter(null, null, null, MARKER, null), DataScope.everything(),
				Paging.clamp(0, 1)).getTotalElements() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		WorkingCalendar cal = calendar.calendar();
		UUID transfer = org(DemoOrgCodes.TRANSFER);
		UUID personnel = org(DemoOrgCodes.PERSONNEL);

		UUID inForce = drafted("staff", MARKER, transfer, TEXT_TRANSFER, cal.minusWorkingDays(today, 60), cal.minusWorkingDays(today, 48));
		runAs.as("staff", () -> normative.submitForReview(inForce, cal.minusWorkingDays(today, 45), user("staff")));
		completeStatement(inForce, cal.minusWorkingDays(today, 40));
		runAs.as("leader", () -> normative.recordDeliberation(inForce, "厅长办公会议", cal.minusWorkingDays(today, 36), "厅长、各副厅长",
				DeliberationOutcome.PASSED, "审议通过。", null));
		runAs.as("reviewer", () -> {
			LocalDate promulgated = cal.minusWorkingDays(today, 30);
			normative.promulgate(inForce, DemoNormative.ISSUER, promulgated, promulgated.plusDays(10), null);
			normative.publish(inForce, cal.plusWorkingDays(promulgated, 1));
			filings.submit(inForce, cal.plusWorkingDays(promulgated, 8));
		});

		UUID filingDue = drafted("staff", "内蒙古自治区新型研发机构认定管理办法", transfer, TEXT_INSTITUTES, cal.minusWorkingDays(today, 40),
				cal.minusWorkingDays(today, 28));
		runAs.as("staff", () -> normative.submitForReview(filingDue, cal.minusWorkingDays(today, 25), user("staff")));
		completeStatement(filingDue, cal.minusWorkingDays(today, 20));
		runAs.as("leader", () -> normative.recordDeliberation(filingDue, "厅长办公会议", cal.minusWorkingDays(today, 15), "厅长、各副厅长",
				DeliberationOutcome.PASSED, "审议通过。", null));
		runAs.as("reviewer", () -> {
			LocalDate promulgated = cal.minusWorkingDays(today, 12);
			normative.promulgate(filingDue, DemoNormative.ISSUER, promulgated, promulgated.plusDays(30), null);
			normative.publish(filingDue, cal.plusWorkingDays(promulgated, 1));
		});

		UUID inReview = drafted("staff", "内蒙古自治区科技成果转化尽职免责实施办法", transfer, TEXT_EXEMPTION, cal.minusWorkingDays(today, 35),
				cal.minusWorkingDays(today, 15));
		runAs.as("staff", () -> normative.submitForReview(inReview, cal.minusWorkingDays(today, 13), user("staff")));
		ReviewView claimed = reviews.latestFor(ReviewSubject.NORMATIVE_DOCUMENT, inReview.toString()).orElseThrow();
		runAs.as("reviewer", () -> reviews.claim(claimed.id(), user("reviewer")));

		UUID queued = drafted("staff2", "内蒙古自治区科技人才评价办法", personnel,
				"第一条 为完善科技人才评价机制，制定本办法。\n第二条 本办法自公布之日起施行，有效期5年。", cal.minusWorkingDays(today, 20),
				cal.minusWorkingDays(today, 5));
		runAs.as("staff2", () -> normative.submitForReview(queued, cal.minusWorkingDays(today, 2), user("staff2")));

		runAs.as("staff", () -> normative.create(new CreateDocument("内蒙古自治区科研诚信管理办法", DocumentKind.DEPARTMENT,
				transfer, "第一条 为加强科研诚信建设，制定本办法。\n第二条 科研人员应当恪守科学道德准则。",
				"关于《内蒙古自治区科研诚信管理办法》的起草说明。", "《中华人民共和国科学技术进步法》", false, null), user("staff")));
	}

	/** A draft put to public consultation on the portal's behalf (recorded by hand) over the given days. */
	private UUID drafted(String username, String title, UUID org, String text, LocalDate consultedFrom,
			LocalDate consultedTo) {
		UUID id = runAs.as(username, () -> normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT, org, text,
				"关于《" + title + "》的起草说明。", "《中华人民共和国科学技术进步法》", false, null), user(username)));
		runAs.as(username, () -> normative.recordConsultation(id, "门户网站", consultedFrom, consultedTo, 2,
				"收到意见2条，均已研究处理。", null));
		return id;
	}

	private void completeStatement(UUID documentId, LocalDate on) {
		ReviewView review = reviews.latestFor(ReviewSubject.NORMATIVE_DOCUMENT, documentId.toString()).orElseThrow();
		runAs.as("reviewer", () -> reviews.complete(review.id(), ReviewOutcome.STATEMENT, "经审查，未发现合法性问题，出具合法性说明。",
				List.of(), on, user("reviewer")));
	}

	/** The working day that lies the given number of working days before today. */

	private UUID org(String code) {
		return orgs.findByCode(code).orElseThrow().id();
	}

	private UUID user(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

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
			第三条 对弄虚作假骗取免责的，处以五万元罚款，并吊销相关资质证书。
			第四条 对转化成效显著的团队，给予最高20万元奖励。
			第五条 本办法自公布之日起施行。""";
}
