package org.fazhi.normative;

import java.util.Locale;
import java.util.Optional;

import org.fazhi.review.CitedDocumentCatalog;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the pre-review whether a document a draft cites (by title or 文号) is still in force. */
@Component
class NormativeCatalog implements CitedDocumentCatalog {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	NormativeCatalog(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<Cited> find(String titleOrNumber) {
		return jdbc.sql("""
				select title, document_number, status from normative_document
				where document_number is not null and (title = :t or document_number = :t)
				order by promulgated_on desc""")
			.param("t", titleOrNumber.strip())
			.query((rs, n) -> {
				DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
				boolean inForce = status == DocumentStatus.IN_FORCE || status == DocumentStatus.PROMULGATED;
				return new Cited(rs.getString("title"), rs.getString("document_number"), inForce,
						messages.getMessage(status.messageKey(), null, Locale.SIMPLIFIED_CHINESE));
			})
			.list()
			.stream()
			.findFirst();
	}
}
