package org.fazhi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.platform.FazhiException;
import org.junit.jupiter.api.Test;

/** A consultation's steps, each guarded: the situation each refusal protects. */
class ConsultationTests {

	static final LocalDate OPENS = LocalDate.of(2026, 6, 15);

	static final LocalDate CLOSES = LocalDate.of(2026, 7, 15);

	static Consultation draft() {
		return Consultation.prepare(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				ConsultationSubject.MAJOR_DECISION, "d", new Consultation.Content("草案", "正文", null, OPENS, CLOSES, null,
						null),
				UUID.randomUUID(), Instant.EPOCH);
	}

	private static String code(Throwable e) {
		return ((FazhiException) e).code();
	}

	@Test
	void aPeriodCannotBeginBeforeThePublicCouldSeeTheDraft() {
		Consultation c = draft();
		assertThatThrownBy(() -> c.publish(OPENS.plusDays(1)))
			.extracting(ConsultationTests::code)
			.isEqualTo("consultation.rule.opens-before-publication");
		c.publish(OPENS);
		assertThat(c.status).isEqualTo(ConsultationStatus.OPEN);
	}

	@Test
	void commentsAreTakenFromTheFirstToTheLastDayOfThePeriodOnly() {
		Consultation c = draft();
		c.publish(OPENS.minusDays(2));
		assertThat(c.takesCommentsOn(OPENS.minusDays(1))).isFalse();
		assertThat(c.takesCommentsOn(OPENS)).isTrue();
		assertThat(c.takesCommentsOn(CLOSES)).isTrue();
		assertThat(c.takesCommentsOn(CLOSES.plusDays(1))).isFalse();
		assertThatThrownBy(() -> c.checkTakesCommentsOn(CLOSES.plusDays(1)))
			.extracting(ConsultationTests::code)
			.isEqualTo("consultation.comment.closed");
	}

	@Test
	void aConsultationClosesOnlyAfterItsLastDayAndConcludesOnlyWhenEveryCommentIsAnswered() {
		Consultation c = draft();
		c.publish(OPENS);
		assertThatThrownBy(() -> c.close(CLOSES)).extracting(ConsultationTests::code)
			.isEqualTo("consultation.close.before-end");
		assertThatThrownBy(() -> c.conclude("说明", CLOSES, 0)).extracting(ConsultationTests::code)
			.isEqualTo("consultation.summary.not-closed");
		c.close(CLOSES.plusDays(1));
		assertThatThrownBy(() -> c.conclude("说明", CLOSES.plusDays(1), 2)).extracting(ConsultationTests::code)
			.isEqualTo("consultation.summary.unanswered");
		c.conclude("说明", CLOSES.plusDays(1), 0);
		assertThat(c.status).isEqualTo(ConsultationStatus.CONCLUDED);
		assertThatThrownBy(c::checkAnswering).extracting(ConsultationTests::code)
			.isEqualTo("consultation.respond.concluded");
	}

	@Test
	void onlyAConsultationNeverPublishedIsRevisedOrDiscarded() {
		Consultation c = draft();
		c.publish(OPENS);
		assertThatThrownBy(() -> c.revise(new Consultation.Content("改", "改", null, OPENS, CLOSES, null, null)))
			.extracting(ConsultationTests::code)
			.isEqualTo("consultation.revise.published");
		assertThatThrownBy(c::checkDiscardable).extracting(ConsultationTests::code)
			.isEqualTo("consultation.discard.published");
	}

	@Test
	void aCommentHiddenTwiceOrRevealedWhenVisibleIsRefused() {
		Comment m = Comment.received(UUID.randomUUID(), UUID.randomUUID(), "AAAA-BBBB-CCCC", "意见", null, null,
				CommentSource.PORTAL, null, Instant.EPOCH, OPENS, false);
		assertThatThrownBy(m::reveal).extracting(ConsultationTests::code).isEqualTo("consultation.reveal.not-hidden");
		m.hide("广告", "王明");
		assertThatThrownBy(() -> m.hide("再次", "王明")).extracting(ConsultationTests::code)
			.isEqualTo("consultation.hide.already");
	}

	@Test
	void aCommentAwaitingReviewIsPublishedOnceOrHiddenWithItsReason() {
		Comment published = Comment.received(UUID.randomUUID(), UUID.randomUUID(), "AAAA-BBBB-CCCC", "意见", null, null,
				CommentSource.PORTAL, null, Instant.EPOCH, OPENS, true);
		published.publish("王明");
		assertThat(published.awaitingReview).isFalse();
		assertThatThrownBy(() -> published.publish("王明")).extracting(ConsultationTests::code)
			.isEqualTo("consultation.comment.not-awaiting");
		Comment hidden = Comment.received(UUID.randomUUID(), UUID.randomUUID(), "DDDD-EEEE-FFFF", "广告", null, null,
				CommentSource.PORTAL, null, Instant.EPOCH, OPENS, true);
		hidden.hide("广告内容", "王明");
		assertThat(hidden.awaitingReview).isFalse();
		assertThat(hidden.hidden).isTrue();
		assertThatThrownBy(() -> hidden.publish("王明")).extracting(ConsultationTests::code)
			.isEqualTo("consultation.comment.not-awaiting");
	}
}
