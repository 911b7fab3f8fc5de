package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fazhi.decision.DecisionService;
import org.fazhi.decision.DecisionService.CreateDecision;
import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.platform.OrgDataProbe;
import org.fazhi.platform.RuleViolation;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every table that keeps rows of an organization has a probe, so that no organization holding records is deleted. */
class OrgProbesIT extends IntegrationTest {

	/** Tables with an org_id no probe counts, each with why. */
	static final Map<String, String> EXEMPT = Map.of(
			"audit_entry", "the audit trail outlives the organization: its deletion is itself the chain's last entry",
			"audit_chain", "the head of that trail",
			"organization_user", "the organization module refuses to delete an organization with accounts itself");

	@Autowired
	List<OrgDataProbe> probes;

	@Autowired
	OrganizationService orgs;

	@Autowired
	DecisionService decisions;

	@Autowired
	UserService users;

	@Test
	void everyTableWithAnOrganizationColumnIsCountedByAProbe() {
		List<String> tables = jdbc.sql("""
				select lower(table_name) from information_schema.columns
				where lower(column_name) = 'org_id' and lower(table_schema) in ('public', 'fazhi')""")
			.query(String.class)
			.list();
		assertThat(tables).contains("decision", "normative_document", "consultation");
		Set<String> counted = new HashSet<>();
		probes.forEach(p -> counted.addAll(p.tables()));
		assertThat(tables).allSatisfy(t -> assertThat(counted.contains(t) || EXEMPT.containsKey(t))
			.as("table %s has an org_id but no organization probe", t)
			.isTrue());
	}

	@Test
	void anOrganizationLeadingADecisionIsNotDeleted() {
		UUID parent = orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id();
		UUID division = orgs.create(new CreateOrg(parent, "TMP-DEC", "临时决策处", null, OrgKind.DIVISION, 99));
		decisions.create(new CreateDecision("临时处室的决策", 2026, division, null, false, "第一条 正文。", null, null),
				users.findByUsername("staff").orElseThrow().id());
		assertThatThrownBy(() -> orgs.delete(division))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("org.delete.has-data");
		assertThat(orgs.get(division).name()).isEqualTo("临时决策处");
	}
}
