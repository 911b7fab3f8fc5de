package org.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.normative.NormativeService.CreateDocument;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.RuleViolation;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A normative document's 公开征求意见 through a portal consultation instead of a manual record. */
class PortalConsultationIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	NormativeService normative;

	@Autowired
	NormativeQueries registry;

	@Autowired
	ConsultationService consultations;

	@Autowired
	org.fazhi.consultation.ConsultationQueries consultationQueries;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	UUID draft(String title, boolean market) {
		return normative.create(new CreateDocument(title, DocumentKind.DEPARTMENT,
				orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id(), "第一条 正文。第二条 本办法有效期5年。", "起草说明。", null,
				market, null), users.findByUsername("staff").orElseThrow().id());
	}

	@Test
	void portalConsultationFeedsTheDocumentAndMustCloseBeforeTheLegalityReview() {
		UUID staff = users.findByUsername("staff").orElseThrow().id();
		UUID id = draft("门户征求意见的规范性文件", false);
		UUID consultation = normative.openPortalConsultation(id, TODAY, LocalDate.of(2026, 6, 25), null, null, staff);
		assertThat(consultationQueries.get(consultation).subject()).isEqualTo(ConsultationSubject.NORMATIVE_DOCUMENT);
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.CONSULTING);
		assertThat(registry.get(id).consultation().consultationId()).isEqualTo(consultation);
		assertThatThrownBy(() -> normative.recordConsultation(id, "座谈会", TODAY, LocalDate.of(2026, 6, 30), 3, null,
				null))
			.isInstanceOf(RuleViolation.class);

		consultations.comment(consultation, new NewComment("建议明确申请条件。", null, null, "192.0.2.70", null));
		assertThatThrownBy(() -> normative.submitForReview(id, TODAY, staff))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("normative.rule.consultation-still-open");

		clock.setDate(LocalDate.of(2026, 6, 26));
		consultations.closeEnded(LocalDate.of(2026, 6, 26));
		assertThat(registry.get(id).consultation().comments()).isEqualTo(1);
		consultations.respond(consultationQueries.comments(consultation).get(0).id(), ResponseKind.ADOPTED, "已在第三条明确。",
				"王明");
		consultations.publishSummary(consultation, LocalDate.of(2026, 6, 26));
		assertThat(registry.get(id).consultation().summary()).contains("共收到意见1条", "已在第三条明确");
		assertThat(normative.submitForReview(id, LocalDate.of(2026, 6, 26), staff).procedureSummary())
			.contains("共收到意见1条");
	}

	@Test
	void marketRelatedDocumentConsultsForThirtyDays() {
		UUID staff = users.findByUsername("staff").orElseThrow().id();
		UUID id = draft("涉企规范性文件", true);
		assertThatThrownBy(() -> normative.openPortalConsultation(id, TODAY, LocalDate.of(2026, 6, 25), null, null, staff))
			.isInstanceOf(RuleViolation.class);
		assertThat(registry.get(id).status()).isEqualTo(DocumentStatus.DRAFTING);
		UUID consultation = normative.openPortalConsultation(id, TODAY, LocalDate.of(2026, 7, 15), null, null, staff);
		assertThat(consultationQueries.get(consultation).subject()).isEqualTo(ConsultationSubject.MARKET_NORMATIVE_DOCUMENT);
	}
}
