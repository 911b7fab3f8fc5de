package org.fazhi.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A comment as staff see it, with the submitter's optional name and contact and the response.
 * @param version what a change of the response or its visibility must still find
 */
public record CommentView(UUID id, UUID consultationId, int number, String receipt, String content,
		String submitterName, String submitterContact, CommentSource source, Instant receivedAt, LocalDate receivedOn,
		boolean hidden, String hiddenReason, String hiddenBy, ResponseKind response, String responseReason,
		String respondedBy, LocalDate respondedOn, long version, boolean awaitingReview) {

	/** The public view: neither the submitter nor the receipt, and nothing of a hidden comment's content. */
	public PublicComment toPublic() {
		return new PublicComment(number, hidden ? null : content, receivedOn, hidden, response, responseReason,
				respondedOn);
	}

	/**
	 * A comment on the portal and in the public API.
	 * @param content {@code null} when hidden from view
	 */
	public record PublicComment(int number, String content, LocalDate receivedOn, boolean hidden, ResponseKind response,
			String responseReason, LocalDate respondedOn) {
	}
}
