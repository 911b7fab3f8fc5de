package org.fazhi.attachment.web;

import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.AttachmentView;
import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.Forbidden;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads an attachment the user's data scope covers. The three administrators download none (三员分立: they manage
 * the platform, they do not read its business records).
 */
@Controller
class AttachmentController {

	private final AttachmentService attachments;

	private final DataScopes scopes;

	AttachmentController(AttachmentService attachments, DataScopes scopes) {
		this.attachments = attachments;
		this.scopes = scopes;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		if (CurrentUser.require().administrator()) {
			throw Forbidden.of("attachment.administrator");
		}
		AttachmentView file = attachments.get(id);
		if (!scopes.current().includesOrg(file.orgId())) {
			throw NotFoundException.of("attachment", id);
		}
		return Downloads.file(file.fileName(), file.contentType(), attachments.content(id));
	}
}
