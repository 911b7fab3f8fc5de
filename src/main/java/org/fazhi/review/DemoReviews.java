package org.fazhi.review;

import java.util.List;
import java.util.UUID;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DemoTimeline;
import org.fazhi.platform.Paging;
import org.fazhi.platform.RunAs;
import org.fazhi.review.ReviewService.SubmitReview;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 2019 legality reviews of documents other than normative documents and decisions: 12 documents sent upward and
 * contracts, each answered with a 合法性说明 within its time limit (with the 6 normative documents and the major
 * decision: 19 = 1 意见 + 18 说明). The legal division's own reports are drafted by 赵静 and reviewed by 李华: nobody
 * reviews what he drafted.
 */
@Component
@Order(25)
class DemoReviews implements DemoTimeline {

	private final ReviewService reviews;

	private final ReviewQueries queries;

	private final OrganizationService orgs;

	private final UserService users;

	private final RunAs runAs;

	DemoReviews(ReviewService reviews, ReviewQueries queries, OrganizationService orgs, UserService users,
			RunAs runAs) {
		this.reviews = reviews;
		this.queries = queries;
		this.orgs = orgs;
		this.users = users;
		this.runAs = runAs;
	}

	private record Item(ReviewSubject subject, String title, String org, String user, String submitted,
			String completed) {
	}

	@Override
	public boolean loaded() {
		return queries.queue(new ReviewQueries.Filter(null, null, "关于报送2018年度法治政府建设情况的报告", null, null),
				DataScope.everything(), Paging.clamp(0, 1)).getTotalElements() > 0;
	}

	@Override
	public List<Step> steps() {
		List<Item> items = List.of(
				new Item(ReviewSubject.REPORT, "关于报送2018年度法治政府建设情况的报告", DemoOrgCodes.LEGAL, "reviewer2", "2019-01-14", "2019-01-18"),
				new Item(ReviewSubject.REPORT, "关于报送2018年度立法草案制定工作完成情况的报告", DemoOrgCodes.LEGAL, "reviewer2", "2019-02-18", "2019-02-22"),
				new Item(ReviewSubject.REPORT, "《内蒙古自治区促进科技成果转化条例（修订草案送审稿）》报送稿", DemoOrgCodes.TRANSFER, "staff", "2019-03-25", "2019-04-03"),
				new Item(ReviewSubject.CONTRACT, "内蒙古自治区科学技术厅与内蒙古大学科技合作框架协议", DemoOrgCodes.TRANSFER, "staff", "2019-04-15", "2019-04-19"),
				new Item(ReviewSubject.CONTRACT, "科技大楼物业管理服务合同", DemoOrgCodes.OFFICE, "office", "2019-05-06", "2019-05-10"),
				new Item(ReviewSubject.CONTRACT, "内蒙古自治区科技创新平台建设项目任务书（范本）", DemoOrgCodes.HIGHTECH, "officer", "2019-06-17", "2019-06-21"),
				new Item(ReviewSubject.REPORT, "关于报送《内蒙古自治区科学技术奖励办法》修订建议的函", DemoOrgCodes.LEGAL, "reviewer2", "2019-07-08", "2019-07-12"),
				new Item(ReviewSubject.CONTRACT, "科技报告系统技术服务合同", DemoOrgCodes.OFFICE, "office", "2019-07-29", "2019-08-02"),
				new Item(ReviewSubject.REPORT, "关于报送2019年上半年依法治区工作情况的报告", DemoOrgCodes.LEGAL, "reviewer2", "2019-08-12", "2019-08-16"),
				new Item(ReviewSubject.CONTRACT, "内蒙古自治区科技计划项目合同书（范本）", DemoOrgCodes.HIGHTECH, "officer", "2019-09-09", "2019-09-16"),
				new Item(ReviewSubject.REPORT, "关于报送规范性文件清理结果的报告", DemoOrgCodes.LEGAL, "reviewer2", "2019-09-30", "2019-10-09"),
				new Item(ReviewSubject.CONTRACT, "国家科技成果转化示范区共建协议", DemoOrgCodes.TRANSFER, "staff", "2019-11-11", "2019-11-15"));
		Steps steps = new Steps();
		for (Item i : items) {
			Ref<UUID> id = new Ref<>();
			steps.on(i.submitted(), () -> {
				UUID org = orgs.findByCode(i.org()).orElseThrow().id();
				UUID requester = users.findByUsername(i.user()).orElseThrow().id();
				id.set(runAs.as(i.user(), () -> reviews.submit(new SubmitReview(org, i.subject(), null, i.title(),
						"（送审稿全文）" + i.title() + "。", null, null, null, requester, null,
						java.time.LocalDate.parse(i.submitted()), null))));
			});
			steps.on(i.completed(), () -> runAs.as("reviewer", () -> reviews.complete(id.get(), ReviewOutcome.STATEMENT,
					"经审查，《" + i.title() + "》的主体、程序和内容符合法律、法规和规章的规定，未发现合法性问题。", List.of(),
					java.time.LocalDate.parse(i.completed()), users.findByUsername("reviewer").orElseThrow().id())));
		}
		return steps.list();
	}
}
