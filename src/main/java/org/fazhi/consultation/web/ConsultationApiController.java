package org.fazhi.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.consultation.CommentView.PublicComment;
import org.fazhi.consultation.ConsultationQueries;
import org.fazhi.consultation.ConsultationStatus;
import org.fazhi.consultation.ConsultationSubject;
import org.fazhi.consultation.ConsultationView;
import org.fazhi.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public view of a published consultation: the draft, its period, every comment's public view and response. */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "征求意见（公开）", description = "已发布的征求意见：草案、期限、意见及反馈；无需登录")
class ConsultationApiController {

	private final ConsultationQueries consultations;

	ConsultationApiController(ConsultationQueries consultations) {
		this.consultations = consultations;
	}

	/**
	 * @param acceptingComments 今日是否接受意见
	 * @param comments 意见（不含提交人信息；不予公开的意见只显示其反馈）
	 * @param summary 意见采纳情况说明（公开后）
	 */
	record PublicConsultation(UUID id, String title, ConsultationSubject subject, String organization,
			LocalDate opensOn, LocalDate closesOn, String shortReason, ConsultationStatus status,
			boolean acceptingComments, String draftText, String explanation, String howToComment, long commentCount,
			long answeredCount, List<PublicComment> comments, String summary, LocalDate summaryOn) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "征求意见详情", description = "未发布或不存在的返回 404")
	PublicConsultation get(@PathVariable UUID id) {
		ConsultationView c = consultations.publicView(id).orElseThrow(() -> NotFoundException.of("consultation", id));
		return new PublicConsultation(c.id(), c.title(), c.subject(), c.orgName(), c.opensOn(), c.closesOn(),
				c.shortReason(), c.status(), c.acceptingComments(), c.draftText(), c.explanation(), c.howToComment(),
				c.comments(), c.answered(), consultations.publicComments(id), c.summaryText(), c.summaryOn());
	}
}
