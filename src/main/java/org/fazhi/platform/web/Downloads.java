package org.fazhi.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent to the browser for saving, under its Chinese name (RFC 6266 {@code filename*}; a plain ASCII name with
 * the same extension for clients that do not read it).
 */
public final class Downloads {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		int dot = fileName.lastIndexOf('.');
		String ascii = "download" + (dot < 0 ? "" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", ""));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
			.body(content);
	}

	/** A stored file with the content type recorded for it. */
	public static ResponseEntity<byte[]> file(String fileName, String contentType, byte[] content) {
		return file(fileName, MediaType.parseMediaType(contentType), content);
	}
}
