package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fazhi.consultation.CommentView;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationService;
import org.fazhi.consultation.ConsultationService.NewComment;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ResponseKind;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewService;
import org.fazhi.review.ReviewService.SubmitReview;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewView;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people acting on the same record at the same moment, on two threads started together: exactly one change goes
 * in, the other is refused in Chinese, and the record shows only the one.
 */
class ConcurrentChangesIT extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	ReviewService reviews;

	@Autowired
	Clocks clocks;

	@Autowired
	ConsultationService consultations;

	@Autowired
	ConsultationQueries consultationQueries;

	@Autowired
	OrganizationService orgs;

	@Autowired
	UserService users;

	@Autowired
	RunAs runAs;

	UUID user(String name) {
		return users.findByUsername(name).orElseThrow().id();
	}

	/** Runs both actions at once; returns what each threw, or null if it went through. */
	List<Throwable> together(String userA, Runnable a, String userB, Runnable b) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Throwable>> results = new ArrayList<>();
			for (Callable<Throwable> task : List.<Callable<Throwable>>of(() -> run(start, userA, a),
					() -> run(start, userB, b))) {
				results.add(pool.submit(task));
			}
			List<Throwable> outcomes = new ArrayList<>();
			for (Future<Throwable> f : results) {
				outcomes.add(f.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Throwable run(CyclicBarrier start, String user, Runnable action) {
		try {
			start.await(10, TimeUnit.SECONDS);
			runAs.as(user, action);
			return null;
		}
		catch (Throwable e) {
			return e;
		}
	}

	static void oneWentThroughAndTheOtherWasRefused(List<Throwable> outcomes) {
		assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o != null).singleElement().isInstanceOf(FazhiException.class);
	}

	@Test
	void twoReviewersCompletingOneReviewGiveOneOutcomeAndOneNumber() throws Exception {
		UUID org = orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
		UUID id = runAs.as("staff", () -> reviews.submit(new SubmitReview(org, ReviewSubject.OTHER, null,
				"两人同时审查的合同", "第一条 合同正文。", null, null, null, user("staff"), user("staff"), TODAY, null)));
		long version = reviews.get(id).version();
		List<Throwable> outcomes = together("reviewer", () -> reviews.complete(id, ReviewOutcome.STATEMENT, "合法。",
				List.of(), TODAY, user("reviewer"), version), "reviewer2", () -> reviews.complete(id,
						ReviewOutcome.STATEMENT, "经审查，合法。", List.of(), TODAY, user("reviewer2"), version));
		oneWentThroughAndTheOtherWasRefused(outcomes);
		ReviewView done = reviews.get(id);
		assertThat(done.documentNumber()).isNotNull();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'REVIEW_COMPLETED'")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoExtensionsGrantedAtOnceNeverExceedTheStatutoryMaximum() throws Exception {
		UUID org = orgs.findByCode(DemoOrgCodes.LEGAL).orElseThrow().id();
		UUID id = clocks.start(new StartClock(org, "oversight", "disclosure_request", UUID.randomUUID().toString(),
				"依申请公开：两位领导同时批准延期", null, "DR_ANSWER", user("reviewer"), TODAY));
		int max = clocks.get(id).maxExtension();
		int each = max / 2 + 1;
		List<Throwable> outcomes = together("leader", () -> clocks.extend(id, each, "张伟", user("leader"), "需要征求第三方意见"),
				"leader", () -> clocks.extend(id, each, "张伟", user("leader"), "需要补充调查"));
		oneWentThroughAndTheOtherWasRefused(outcomes);
		assertThat(clocks.get(id).extensionTotal()).isEqualTo(each).isLessThanOrEqualTo(max);
	}

	@Test
	void aSecondAnswerToACommentMadeOnTheSameCopyDoesNotOverwriteTheFirst() throws Exception {
		UUID org = orgs.findByCode(DemoOrgCodes.TRANSFER).orElseThrow().id();
		UUID c = runAs.as("staff", () -> consultations.publishNew(new ConsultationService.Draft(org,
				ConsultationSubject.NORMATIVE_DOCUMENT, null, "两人同时反馈的征求意见", "正文", null, TODAY,
				LocalDate.of(2026, 6, 30), null, null), user("staff"), TODAY));
		consultations.comment(c, new NewComment("建议明确申报时间。", null, null, "192.0.2.150", null));
		CommentView seen = consultationQueries.comments(c).get(0);
		List<Throwable> outcomes = together("staff", () -> consultations.respond(seen.id(), ResponseKind.ADOPTED,
				"采纳，第三条明确申报时间。", "王明", TODAY, seen.version()), "staff2", () -> consultations.respond(seen.id(),
						ResponseKind.NOT_ADOPTED, "不采纳。", "刘芳", TODAY, seen.version()));
		oneWentThroughAndTheOtherWasRefused(outcomes);
		CommentView answered = consultationQueries.comment(seen.id());
		assertThat(answered.response()).isNotNull();
		assertThat(answered.version()).isEqualTo(seen.version() + 1);
	}
}
