package org.fazhi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.consultation.ConsultationService.ChannelRecord;
import org.fazhi.consultation.ConsultationService.Draft;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.RuleViolation;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Public consultation: the period rules, the portal's comment form with its receipt, rate limit and honeypot, the
 * response to every comment and the published adoption summary (test clock: Monday 2026-06-15).
 */
class ConsultationIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationQueries queries;

	@Autowired
	ConsultationPeriods periods;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	UUID transfer() {
		return orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
	}

	UUID open(ConsultationSubject subject, String title, LocalDate closesOn) {
		return consultations.publishNew(new Draft(transfer(), subject, null, title, "第一条 征求意见稿正文。", "起草说明。",
				TODAY, closesOn, null, null), users.findByUsername("staff").orElseThrow().id(), TODAY);
	}

	// ---------------------------------------------------------------- periods

	@Test
	void decisionConsultationShorterThanThirtyDaysIsRefusedNamingArticle15() {
		assertThatThrownBy(() -> open(ConsultationSubject.MAJOR_DECISION, "短期限决策", LocalDate.of(2026, 7, 14)))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).getArguments())
			.satisfies(args -> assertThat(args).contains(LocalDate.of(2026, 7, 15))
				.anySatisfy(a -> assertThat(a.toString()).contains("第十五条")));
		assertThat(open(ConsultationSubject.MAJOR_DECISION, "三十日决策", LocalDate.of(2026, 7, 15))).isNotNull();
	}

	@Test
	void shorterPeriodIsAllowedOnlyWithARecordedReason() {
		UUID id = consultations.publishNew(new Draft(transfer(), ConsultationSubject.MAJOR_DECISION, null, "紧急决策",
				"正文", null, TODAY, LocalDate.of(2026, 6, 25), "防汛紧急需要，依第十五条缩短期限", null),
				users.findByUsername("staff").orElseThrow().id(), TODAY);
		assertThat(queries.get(id).shortReason()).contains("防汛");
	}

	@Test
	void normativeDocumentPeriodIsSevenWorkingDaysAroundTheDragonBoatHoliday() {
		// 2026-06-19 (端午) is a holiday: the 7th working day after Monday 06-15 is Thursday 06-25.
		assertThat(periods.earliestClose(ConsultationSubject.NORMATIVE_DOCUMENT, TODAY).orElseThrow())
			.isEqualTo(LocalDate.of(2026, 6, 25));
		assertThatThrownBy(() -> open(ConsultationSubject.NORMATIVE_DOCUMENT, "七个工作日不足", LocalDate.of(2026, 6, 24)))
			.isInstanceOf(RuleViolation.class);
		assertThat(open(ConsultationSubject.NORMATIVE_DOCUMENT, "七个工作日", LocalDate.of(2026, 6, 25))).isNotNull();
	}

	@Test
	void marketRelatedNormativeDocumentNeedsThirtyDays() {
		assertThat(periods.earliestClose(ConsultationSubject.MARKET_NORMATIVE_DOCUMENT, TODAY).orElseThrow())
			.isEqualTo(LocalDate.of(2026, 7, 15));
	}

	@Test
	void publishingCannotBackdateThePeriod() {
		UUID id = consultations.prepare(new Draft(transfer(), ConsultationSubject.NORMATIVE_DOCUMENT, null, "倒签期限",
				"正文", null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null),
				users.findByUsername("staff").orElseThrow().id());
		assertThatThrownBy(() -> consultations.publish(id, TODAY)).isInstanceOf(RuleViolation.class);
		assertThat(queries.get(id).status()).isEqualTo(ConsultationStatus.DRAFT);
	}

	@Test
	void hearingMaterialsServedLessThanSevenDaysBeforeAreRefused() {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "听证材料送达", LocalDate.of(2026, 7, 20));
		clock.setDate(LocalDate.of(2026, 7, 11));
		assertThatThrownBy(() -> consultations.addChannel(id, new ChannelRecord(ChannelKind.HEARING,
				LocalDate.of(2026, 7, 10), null, "第一会议室", "听证代表15人", "听证记录", null, LocalDate.of(2026, 7, 4), null,
				null), "王明"))
			.isInstanceOf(RuleViolation.class);
		assertThat(queries.channels(id)).isEmpty();
		consultations.addChannel(id, new ChannelRecord(ChannelKind.HEARING, LocalDate.of(2026, 7, 10), null, "第一会议室",
				"听证代表15人", "听证记录", null, LocalDate.of(2026, 7, 3), null, null), "王明");
		assertThat(queries.channels(id)).hasSize(1);
	}

	// ---------------------------------------------------------------- the portal's comment form

	@Test
	void visitorCommentsAndGetsAReceiptThatShowsTheResponseLater() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "回执查询", LocalDate.of(2026, 7, 20));
		MvcResult posted = mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf())
			.param("content", "建议增加对小微企业的支持条款。")
			.param("name", "李女士")
			.with(r -> {
				r.setRemoteAddr("192.0.2.1");
				return r;
			}))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String receipt = (String) posted.getFlashMap().get("receipt");
		assertThat(Receipt.normalize(receipt)).contains(receipt);
		// the visitor's browser follows the redirect with its session, where the receipt waits as a flash attribute
		mvc.perform(get(posted.getResponse().getRedirectedUrl()).cookie(posted.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(Pages.text(r)).contains("您的回执码", receipt))
			.andExpect(r -> assertThat(Pages.body(r)).contains("href=\"/gk/comments/" + receipt + "\""));

		String before = Pages.text(mvc.perform(get("/gk/comments/{r}", receipt)).andExpect(status().isOk()).andReturn());
		assertThat(before).contains("建议增加对小微企业的支持条款", "截止", "正在审核");
		// 先审后发: the public sees the comment only once staff published it
		assertThat(Pages.text(mvc.perform(get("/gk/consultations/{id}", id)).andReturn()))
			.doesNotContain("建议增加对小微企业的支持条款");

		CommentView comment = queries.comments(id).get(0);
		assertThat(comment.submitterName()).isEqualTo("李女士");
		assertThat(comment.awaitingReview()).isTrue();
		mvc.perform(post("/consultations/{id}/comments/{c}/publish", id, comment.id()).with(as("staff")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Pages.text(mvc.perform(get("/gk/consultations/{id}", id)).andReturn()))
			.contains("建议增加对小微企业的支持条款");
		mvc.perform(post("/consultations/{id}/comments/{c}/response", id, comment.id()).with(as("staff"))
			.with(csrf())
			.param("response", "PARTIALLY_ADOPTED")
			.param("reason", "部分采纳，在第五条增加小微企业优先支持的规定。"))
			.andExpect(status().is3xxRedirection());
		String after = Pages.text(mvc.perform(get("/gk/comments/{r}", receipt.toLowerCase().replace("-", "")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(after).contains("部分采纳", "小微企业优先支持");
		String portal = Pages.text(mvc.perform(get("/gk/consultations/{id}", id)).andReturn());
		assertThat(portal).contains("部分采纳", "小微企业优先支持").doesNotContain("李女士");
	}

	@Test
	void aConsultationsTitleNeverDoublesItsAboutNorNestsItsBookMarks() {
		assertThat(consultations.titleFor("内蒙古自治区技术转移机构管理办法"))
			.isEqualTo("关于《内蒙古自治区技术转移机构管理办法》公开征求意见");
		assertThat(consultations.titleFor("关于促进科技成果转化的若干措施"))
			.isEqualTo("《关于促进科技成果转化的若干措施》公开征求意见");
		assertThat(consultations.titleFor("《内蒙古自治区科学技术进步条例》实施细则"))
			.isEqualTo("关于《〈内蒙古自治区科学技术进步条例〉实施细则》公开征求意见");
	}

	@Test
	void unknownReceiptIsNotFoundWithAChineseMessage() throws Exception {
		mvc.perform(get("/gk/comments/{r}", "AAAA-BBBB-CCCC"))
			.andExpect(status().isNotFound())
			.andExpect(r -> assertThat(Pages.text(r)).contains("未找到回执码"));
		mvc.perform(get("/gk/comments/{r}", "<script>")).andExpect(status().isNotFound());
	}

	@Test
	void emptyOversizedAndRobotCommentsAreRefusedAndNothingIsStored() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "校验意见", LocalDate.of(2026, 7, 20));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(Pages.text(r)).contains("请填写意见内容"));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "长".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(Pages.text(r)).contains("不超过2000字", "2001"));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf())
			.param("content", "正常内容")
			.param("website", "http://spam.example"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf())
			.param("content", "内容")
			.param("name", "名".repeat(51))).andExpect(status().isBadRequest());
		assertThat(queries.comments(id)).isEmpty();
	}

	@Test
	void scriptInACommentIsShownAsTextNeverExecuted() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "脚本意见", LocalDate.of(2026, 7, 20));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf())
			.param("content", "<script>alert('x')</script><b>粗体</b>")).andExpect(status().is3xxRedirection());
		consultations.publishComment(queries.comments(id).get(0).id(), "王明");
		String html = Pages.body(mvc.perform(get("/gk/consultations/{id}", id)).andReturn());
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;粗体&lt;/b&gt;")
			.doesNotContain("<script>alert");
	}

	@Test
	void commentsOnClosedOrUnpublishedConsultationsAreRefused() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "已截止意见", LocalDate.of(2026, 7, 20));
		clock.setDate(LocalDate.of(2026, 7, 21));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "迟到的意见"))
			.andExpect(status().isConflict())
			.andExpect(r -> assertThat(Pages.text(r)).contains("已于2026-07-20截止"));
		UUID draft = consultations.prepare(new Draft(transfer(), ConsultationSubject.MAJOR_DECISION, null, "未发布",
				"正文", null, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), null, null),
				users.findByUsername("staff").orElseThrow().id());
		mvc.perform(post("/gk/consultations/{id}/comments", draft).with(csrf()).param("content", "意见"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/gk/consultations/{id}", draft)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consultations/{id}", draft)).andExpect(status().isNotFound());
		assertThat(queries.comments(id)).isEmpty();
	}

	@Test
	void sixteenCommentsAtOnceWithSevenLeftInTheWindowAreSevenTaken() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "并发频率限制", LocalDate.of(2026, 7, 20));
		for (int i = 1; i <= 3; i++) {
			consultations.comment(id, new ConsultationService.NewComment("先到的第" + i + "条", null, null, "198.51.100.150",
					null));
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<Boolean>> sent = new java.util.ArrayList<>();
		for (int i = 0; i < 16; i++) {
			int n = i;
			sent.add(pool.submit(() -> {
				start.await();
				try {
					consultations.comment(id, new ConsultationService.NewComment("同时提交的第" + n + "条", null, null,
							"198.51.100.150", null));
					return true;
				}
				catch (org.fazhi.platform.TooManyRequests refused) {
					return false;
				}
			}));
		}
		start.countDown();
		int taken = 0;
		for (var f : sent) {
			taken += f.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(taken).isEqualTo(7);
		assertThat(queries.comments(id)).hasSize(10);
	}

	@Test
	void eleventhCommentFromOneAddressWithinTenMinutesGets429() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "频率限制", LocalDate.of(2026, 7, 20));
		for (int i = 1; i <= 10; i++) {
			mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "第" + i + "条意见").with(r -> {
				r.setRemoteAddr("192.0.2.99");
				return r;
			})).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "第11条").with(r -> {
			r.setRemoteAddr("192.0.2.99");
			return r;
		}))
			.andExpect(status().isTooManyRequests())
			.andExpect(r -> assertThat(Pages.text(r)).contains("提交过于频繁", "10分钟内最多提交10条"));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "另一地址").with(r -> {
			r.setRemoteAddr("192.0.2.100");
			return r;
		})).andExpect(status().is3xxRedirection());
		clock.advance(java.time.Duration.ofMinutes(11));
		mvc.perform(post("/gk/consultations/{id}/comments", id).with(csrf()).param("content", "十分钟后").with(r -> {
			r.setRemoteAddr("192.0.2.99");
			return r;
		})).andExpect(status().is3xxRedirection());
		assertThat(queries.comments(id)).hasSize(12);
	}

	// ---------------------------------------------------------------- responses and the adoption summary

	@Test
	void hiddenCommentKeepsItsRecordLeavesThePortalAndIsAudited() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "隐藏意见", LocalDate.of(2026, 7, 20));
		consultations.comment(id, new NewComment("联系我 13800000000 推销产品", null, null, "192.0.2.5", null));
		CommentView c = queries.comments(id).get(0);
		mvc.perform(post("/consultations/{id}/comments/{c}/hide", id, c.id()).with(as("staff")).with(csrf())
			.param("reason", "含个人联系方式和广告")).andExpect(status().is3xxRedirection());
		assertThat(queries.comment(c.id()).hidden()).isTrue();
		String portal = Pages.text(mvc.perform(get("/gk/consultations/{id}", id)).andReturn());
		assertThat(portal).contains("依规定不予公开").doesNotContain("13800000000");
		mvc.perform(get("/api/v1/consultations/{id}", id))
			.andExpect(jsonPath("$.comments[0].content").doesNotExist())
			.andExpect(jsonPath("$.comments[0].hidden").value(true));
		assertThat(audit.history("consultation_comment", c.id().toString()))
			.anySatisfy(e -> assertThat(e.summary()).contains("含个人联系方式和广告"));
		mvc.perform(post("/consultations/{id}/comments/{c}/hide", id, c.id()).with(as("staff")).with(csrf())
			.param("commentId", c.id().toString())
			.param("reason", "再次隐藏"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(r -> assertThat(Pages.text(r)).contains("已不予公开"))
			.andExpect(r -> assertThat(Pages.html(r).select("#visibility-reason-" + c.id()).val()).isEqualTo("再次隐藏"));
	}

	@Test
	void summaryIsPublishedOnlyAfterTheCloseAndOnceEveryCommentIsAnswered() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "采纳情况说明", LocalDate.of(2026, 7, 20));
		consultations.comment(id, new NewComment("意见一：建议延长申报期。", null, null, "192.0.2.11", null));
		consultations.comment(id, new NewComment("意见二：建议简化材料。", null, null, "192.0.2.12", null));
		assertThatThrownBy(() -> consultations.publishSummary(id, LocalDate.of(2026, 7, 21)))
			.isInstanceOf(RuleViolation.class);

		clock.setDate(LocalDate.of(2026, 7, 21));
		assertThat(consultations.closeEnded(LocalDate.of(2026, 7, 21))).isGreaterThanOrEqualTo(1);
		assertThat(queries.get(id).status()).isEqualTo(ConsultationStatus.CLOSED);
		List<CommentView> comments = queries.comments(id);
		consultations.respond(comments.get(0).id(), ResponseKind.ADOPTED, "采纳，申报期延长至30日。", "王明");
		mvc.perform(post("/consultations/{id}/summary", id).with(as("staff")).with(csrf()))
			.andExpect(r -> assertThat(r.getFlashMap().get("flash").toString()).contains("尚有1条意见未反馈"));
		assertThat(queries.get(id).status()).isEqualTo(ConsultationStatus.CLOSED);

		consultations.respond(comments.get(1).id(), ResponseKind.NOT_ADOPTED, "不采纳，所列材料均为法定材料。", "王明");
		mvc.perform(post("/consultations/{id}/summary", id).with(as("staff")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ConsultationView done = queries.get(id);
		assertThat(done.status()).isEqualTo(ConsultationStatus.CONCLUDED);
		assertThat(done.summaryText()).contains("共收到意见2条", "采纳1条", "不予采纳1条", "所列材料均为法定材料");
		assertThat(Pages.text(mvc.perform(get("/gk/consultations/{id}", id)).andReturn())).contains("意见采纳情况说明",
				"共收到意见2条");
		assertThatThrownBy(
				() -> consultations.respond(comments.get(1).id(), ResponseKind.ADOPTED, "改为采纳", "王明"))
			.isInstanceOf(RuleViolation.class);
		mvc.perform(get("/consultations/{id}/summary.docx", id).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void publicApiShowsPublishedConsultationsWithoutSignInAndWithoutSubmitters() throws Exception {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "公开接口", LocalDate.of(2026, 7, 20));
		consultations.comment(id, new NewComment("公开接口中的意见", "王先生", "13900000000", "192.0.2.21", null));
		mvc.perform(get("/api/v1/consultations/{id}", id)).andExpect(jsonPath("$.comments").isEmpty());
		consultations.publishComment(queries.comments(id).get(0).id(), "王明");
		mvc.perform(get("/api/v1/consultations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("公开接口"))
			.andExpect(jsonPath("$.acceptingComments").value(true))
			.andExpect(jsonPath("$.comments[0].content").value("公开接口中的意见"))
			.andExpect(r -> assertThat(Pages.body(r)).doesNotContain("王先生", "13900000000", "receipt"));
	}

	@Test
	void respondingNeedsAKindAndAReason() {
		UUID id = open(ConsultationSubject.MAJOR_DECISION, "反馈校验", LocalDate.of(2026, 7, 20));
		consultations.comment(id, new NewComment("意见", null, null, "192.0.2.31", null));
		UUID comment = queries.comments(id).get(0).id();
		assertThatThrownBy(() -> consultations.respond(comment, null, "理由", "王明")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> consultations.respond(comment, ResponseKind.ADOPTED, " ", "王明"))
			.isInstanceOf(InvalidInput.class);
		assertThat(queries.comment(comment).response()).isNull();
	}
}
