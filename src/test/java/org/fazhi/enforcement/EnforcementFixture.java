package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.enforcement.Bodies.BodyCommand;
import org.fazhi.enforcement.Bodies.PowerCommand;
import org.fazhi.enforcement.Officers.OfficerCommand;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.TestAccounts;
import org.fazhi.organization.UserService;
import org.fazhi.platform.RunAs;

/**
 * A unit of a test's own with an enforcement body, its penalty and inspection powers, and two officers whose
 * certificates are in force on the test clock's day, so that the tests never meet the demonstration's cases.
 */
public final class EnforcementFixture {

	public static final String AREA = "测试执法领域";

	public final UUID unit;

	public final UUID division;

	public final UUID body;

	public final UUID penalty;

	public final UUID inspection;

	public final UUID first;

	public final UUID second;

	public final String officer;

	public final String reviewer;

	private EnforcementFixture(UUID unit, UUID division, UUID body, UUID penalty, UUID inspection, UUID first,
			UUID second, String officer, String reviewer) {
		this.unit = unit;
		this.division = division;
		this.body = body;
		this.penalty = penalty;
		this.inspection = inspection;
		this.first = first;
		this.second = second;
		this.officer = officer;
		this.reviewer = reviewer;
	}

	/**
	 * Creates the unit (code {@code prefix}, named 执法测试{letters}局 so that its case numbers are a sequence of its
	 * own), accounts {@code prefix-officer} and {@code prefix-reviewer}, and the rest.
	 */
	public static EnforcementFixture create(String prefix, String letters, OrganizationService orgs, UserService users,
			Bodies bodies, Officers officers, RunAs runAs, LocalDate today) {
		UUID[] unit = TestAccounts.unitWithDivision(orgs, prefix, "执法测试" + letters + "局");
		String officer = prefix + "-officer";
		String reviewer = prefix + "-reviewer";
		TestAccounts.account(users, officer, prefix + "执法员", unit[1], "OFFICER");
		TestAccounts.account(users, reviewer, prefix + "审查员", unit[0], TestAccounts.LEGAL_REVIEWER);
		UUID[] ids = new UUID[5];
		runAs.as(reviewer, () -> {
			ids[0] = bodies.createBody(unit[0], new BodyCommand("执法测试" + letters + "局", BodyNature.ADMINISTRATIVE_ORGAN, "测试",
					"《测试条例》", null));
			ids[1] = bodies.addPower(ids[0], new PowerCommand("CF-1", "测试处罚事项", PowerType.PENALTY, AREA, "《测试条例》",
					"第十条", "立案、调查、决定", "行政复议；行政诉讼", false, null));
			ids[2] = bodies.addPower(ids[0], new PowerCommand("JC-1", "测试检查事项", PowerType.INSPECTION, AREA, "《测试条例》",
					"第十一条", "随机抽查", "申请复核", true, "按5%抽取"));
			ids[3] = officers.create(new OfficerCommand(unit[1], ids[0], null, "甲执法员", prefix.toUpperCase() + "-0001",
					AREA, today.minusYears(2), today.plusYears(4), 40));
			ids[4] = officers.create(new OfficerCommand(unit[1], ids[0], null, "乙执法员", prefix.toUpperCase() + "-0002",
					AREA, today.minusYears(2), today.plusYears(4), 40));
		});
		return new EnforcementFixture(unit[0], unit[1], ids[0], ids[1], ids[2], ids[3], ids[4], officer, reviewer);
	}
}
