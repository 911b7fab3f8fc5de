package org.fazhi.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.decision.DecisionCatalogs.ItemInput;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.DemoDataLoader;
import org.fazhi.platform.RunAs;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The current year's decision catalog and a decision whose draft is open for comment on the portal. */
@Component
@Order(35)
class DemoDecisionsNow implements DemoDataLoader {

	private final DecisionCatalogs catalogs;

	private final DecisionService decisions;

	private final ConsultationService consultations;

	private final ConsultationQueries consultationQueries;

	private final OrganizationService orgs;

	private final UserService users;

	private final RunAs runAs;

	private final Clock clock;

	DemoDecisionsNow(DecisionCatalogs catalogs, DecisionService decisions, ConsultationService consultations,
			ConsultationQueries consultationQueries,
			OrganizationService orgs, UserService users, RunAs runAs, Clock clock) {
		this.catalogs = catalogs;
		this.decisions = decisions;
		this.consultations = consultations;
		this.consultationQueries = consultationQueries;
		this.orgs = orgs;
		this.users = users;
		this.runAs = runAs;
		this.clock = clock;
	}

	@Override
	public void load() {
		int year = LocalDate.now(clock).getYear();
		if (catalogs.list(DataScope.everything()).stream().anyMatch(c -> c.year() == year)) {
			return;
		}
		runAs.as("staff", () -> loadCurrentYear(org(DemoOrgCodes.DEPARTMENT), org(DemoOrgCodes.TRANSFER)));
	}

	private void loadCurrentYear(UUID unit, UUID transfer) {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		UUID catalog = catalogs.create(unit, year);
		UUID item = catalogs.addItem(catalog, new ItemInput("制定《" + DemoDecisions.DECISION_NOW + "》", transfer,
				EnumSet.allOf(Procedure.class), year + "年第四季度", "优化科技领域营商环境，减少科技项目申报材料和审批环节。"), null,
				"王明");
		runAs.as("leader", () -> catalogs.approve(catalog, "张伟", today.minusDays(100)));
		catalogs.recordPartyAgreement(catalog, today.minusDays(95), "中共内蒙古自治区科学技术厅党组" + year + "年第1次会议");
		catalogs.publish(catalog, today.minusDays(90));
		UUID id = decisions.create(new CreateDecision(DemoDecisions.DECISION_NOW, year, transfer, item, true,
				"第一条 为优化科技领域营商环境，激发市场主体创新活力，制定本措施。\n第二条 科技计划项目申报实行材料清单管理，清单之外不得要求申请人提供材料。\n"
						+ "第三条 科技型中小企业评价、高新技术企业认定实行全程网上办理。\n第四条 本措施自公布之日起施行。",
				"根据《优化营商环境条例》和自治区有关部署，梳理了科技领域企业反映集中的问题，起草了本措施。",
				"《优化营商环境条例》（国务院令第722号）；《内蒙古自治区优化营商环境条例》"),
				user("staff"));
		UUID consultation = decisions.openConsultation(id, today.minusDays(10), today.plusDays(25), null,
				"电子邮箱 cgzh@nmkjt.gov.cn", user("staff"), today.minusDays(10));
		consultations.comment(consultation,
				new NewComment("建议将科技项目中期检查与财务检查合并进行，减少对企业的打扰。", null, null, "198.51.100.7", null),
				today.minusDays(6).atTime(LocalTime.of(9, 15)).atZone(zone()).toInstant());
		consultations.comment(consultation,
				new NewComment("希望明确网上办理的时限，例如受理后多少个工作日内办结。", "张先生", null, "198.51.100.8", null),
				today.minusDays(3).atTime(LocalTime.of(16, 40)).atZone(zone()).toInstant());
		CommentView first = consultationQueries.comments(consultation).get(0);
		// the first was reviewed and published; the second still waits for review (先审后发)
		consultations.publishComment(first.id(), "王明");
		consultations.respond(first.id(), ResponseKind.ADOPTED, "拟采纳。将在第二条后增加“同一项目的中期检查与财务检查原则上合并开展”。",
				"王明", today.minusDays(1));
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
}
