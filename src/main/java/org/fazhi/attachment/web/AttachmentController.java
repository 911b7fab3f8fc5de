package org.fazhi.attachment.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.AttachmentView;
import org.fazhi.platform.DataScopes;
import org.fazhi.platform.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads an attachment the user's data scope covers. */
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
		AttachmentView file = attachments.get(id);
		if (!scopes.current().includesOrg(file.orgId())) {
			throw NotFoundException.of("attachment", id);
		}
		String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"file\"; filename*=UTF-8''" + encoded)
			.body(attachments.content(id));
	}
}
