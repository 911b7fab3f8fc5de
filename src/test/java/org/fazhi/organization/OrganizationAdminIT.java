package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.platform.web.Flash;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class OrganizationAdminIT extends IntegrationTest {

	@Autowired
	OrganizationService orgs;

	@Test
	void newOrganizationIsCreatedAndAudited() throws Exception {
		UUID dept = orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id();
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/orgs/new").with(as("sysadmin"))
			.with(csrf())
			.param("name", "科技监督与诚信建设处" + code)
			.param("code", code)
			.param("kind", "DIVISION")
			.param("parentId", dept.toString())
			.param("sortOrder", "60")).andExpect(redirectedUrl("/admin/orgs"));
		UUID created = orgs.findByCode(code).orElseThrow().id();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'ORG_CREATED'")
			.param("id", created.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void duplicateCodeIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from organization_org").query(Long.class).single();
		MvcResult result = mvc
			.perform(post("/admin/orgs/new").with(as("sysadmin"))
				.with(csrf())
				.param("name", "另一个办公室")
				.param("code", DemoOrgCodes.OFFICE)
				.param("kind", "DIVISION")
				.param("parentId", orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id().toString())
				.param("sortOrder", "1"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.html(result).select(".invalid-feedback").text())
			.contains("组织代码「" + DemoOrgCodes.OFFICE + "」已被使用");
		assertThat(jdbc.sql("select count(*) from organization_org").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void missingNameAndBadCodeAreReportedFieldByField() throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/orgs/new").with(as("sysadmin"))
				.with(csrf())
				.param("name", "")
				.param("code", "有空格 的代码")
				.param("kind", "DIVISION")
				.param("sortOrder", "1"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("请填写组织名称", "组织代码只能包含字母、数字、下划线或连字符");
	}

	@Test
	void organizationCannotMoveUnderItsOwnDivision() throws Exception {
		UUID region = orgs.findByCode(DemoOrgCodes.REGION).orElseThrow().id();
		UUID dept = orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id();
		UUID legal = orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id();
		MvcResult result = mvc
			.perform(post("/admin/orgs/{id}/edit", dept).with(as("sysadmin"))
				.with(csrf())
				.param("name", "内蒙古自治区科学技术厅")
				.param("shortName", "科技厅")
				.param("code", DemoOrgCodes.DEPARTMENT)
				.param("kind", "DEPARTMENT")
				.param("parentId", legal.toString())
				.param("sortOrder", "20"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();
		assertThat(Pages.text(result)).contains("不能把组织移到它自己或它的下级组织之下");
		assertThat(orgs.get(dept).parentId()).isEqualTo(region);
	}

	@Test
	void organizationHoldingAccountsCannotBeDeletedAndTheMessageSaysSo() throws Exception {
		UUID legal = orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id();
		MvcResult result = mvc.perform(post("/admin/orgs/{id}/delete", legal).with(as("sysadmin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/orgs"))
			.andReturn();
		Flash flash = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.text()).contains("「政策法规处」仍有", "个账户", "不能删除");
		assertThat(orgs.findByCode(DemoOrgCodes.LEGAL)).isPresent();
	}

	@Test
	void organizationWithActiveAccountsCannotBeDeactivated() throws Exception {
		UUID legal = orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id();
		mvc.perform(post("/admin/orgs/{id}/deactivate", legal).with(as("sysadmin")).with(csrf()))
			.andExpect(flash().attributeExists(Flash.ATTRIBUTE));
		assertThat(orgs.get(legal).active()).isTrue();
	}

	@Test
	void emptyOrganizationIsDeletedAndTheDeletionIsAudited() throws Exception {
		UUID dept = orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id();
		String code = "del-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = orgs.create(new CreateOrg(dept, code, "临时专班" + code, null, OrgKind.DIVISION, 99));
		mvc.perform(post("/admin/orgs/{id}/delete", id).with(as("sysadmin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/orgs"));
		assertThat(orgs.findByCode(code)).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'ORG_DELETED'")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void staffCannotOpenOrganizationAdministrationAndIsToldWhy() throws Exception {
		MvcResult result = mvc.perform(get("/admin/orgs").with(as("staff"))).andExpect(status().isForbidden()).andReturn();
		assertThat(Pages.text(result)).contains("您没有「组织机构管理」权限");
	}

	@Test
	void organizationListIsExportedAsExcel() throws Exception {
		MvcResult result = mvc.perform(get("/admin/orgs/export").with(as("sysadmin")))
			.andExpect(status().isOk())
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 2)).isEqualTo("PK");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''");
	}
}
