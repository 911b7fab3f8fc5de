package org.fazhi.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Texts;
import org.fazhi.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps evidence files: only the document and image types an administration exchanges, at most 20 MB, the content
 * checked against its extension (a ".pdf" must be a PDF), with a SHA-256 checksum; each addition audited.
 */
@Service
@Transactional
public class AttachmentService {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** Extension → content type and the bytes the content must start with. */
	private static final Map<String, Kind> KINDS = Map.ofEntries(
			Map.entry("pdf", new Kind("application/pdf", "%PDF")),
			Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004")),
			Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004")),
			Map.entry("ofd", new Kind("application/ofd", "PK\u0003\u0004")),
			Map.entry("doc", new Kind("application/msword", "\u00D0\u00CF\u0011\u00E0")),
			Map.entry("xls", new Kind("application/vnd.ms-excel", "\u00D0\u00CF\u0011\u00E0")),
			Map.entry("jpg", new Kind("image/jpeg", "\u00FF\u00D8\u00FF")),
			Map.entry("jpeg", new Kind("image/jpeg", "\u00FF\u00D8\u00FF")),
			Map.entry("png", new Kind("image/png", "\u0089PNG")),
			// audio-video evidence of the full-process record (执法记录仪): MP4 (ISO base media) and WAV
			Map.entry("mp4", new Kind("video/mp4", "ftyp", 4)),
			Map.entry("wav", new Kind("audio/wav", "RIFF")));

	private final JdbcClient jdbc;

	private final Storage storage;

	private final AuditLog audit;

	private final Clock clock;

	AttachmentService(JdbcClient jdbc, Storage storage, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
	}

	public UUID store(UUID orgId, String ownerType, String ownerId, String category, String fileName, byte[] content,
			String uploadedBy) {
		Texts.checkCharacters(fileName, "file");
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
		if (name.isEmpty() || name.length() > 255) {
			throw InvalidInput.onField("file", "attachment.name");
		}
		if (content == null || content.length == 0) {
			throw InvalidInput.onField("file", "attachment.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInput.onField("file", "attachment.too-large", name, MAX_BYTES / 1024 / 1024);
		}
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		Kind kind = KINDS.get(extension);
		if (kind == null) {
			throw InvalidInput.onField("file", "attachment.type", name);
		}
		if (!kind.matches(content)) {
			throw InvalidInput.onField("file", "attachment.content-mismatch", name, extension);
		}
		UUID id = Ids.newId();
		LocalDate today = LocalDate.now(clock);
		String key = today.getYear() + "/" + today.getMonthValue() + "/" + id;
		String sha256 = sha256(content);
		storage.put(key, content);
		jdbc.sql("""
				insert into attachment_file (id, org_id, owner_type, owner_id, category, file_name, content_type,
				  size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
				values (:id, :org, :type, :owner, :category, :name, :ct, :size, :sha, :key, :by, :at)""")
			.param("id", id)
			.param("org", orgId)
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("category", category)
			.param("name", name)
			.param("ct", kind.contentType())
			.param("size", content.length)
			.param("sha", sha256)
			.param("key", key)
			.param("by", uploadedBy)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(orgId, "ATTACHMENT_ADDED", ownerType, ownerId)
			.summary(category + "：" + name + "（SHA-256 " + sha256 + "）"));
		return id;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(String ownerType, String ownerId) {
		return jdbc.sql("select * from attachment_file where owner_type = :type and owner_id = :owner order by uploaded_at")
			.param("type", ownerType)
			.param("owner", ownerId)
			.query(AttachmentService::map)
			.list();
	}

	@Transactional(readOnly = true)
	public AttachmentView get(UUID id) {
		return jdbc.sql("select * from attachment_file where id = :id")
			.param("id", id)
			.query(AttachmentService::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("attachment", id));
	}

	/** The stored bytes, checked against the checksum recorded when they were added. */
	@Transactional(readOnly = true)
	public byte[] content(UUID id) {
		String key = jdbc.sql("select storage_key from attachment_file where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("attachment", id));
		byte[] content = storage.get(key);
		if (!sha256(content).equals(get(id).sha256())) {
			throw new IllegalStateException("attachment " + id + " does not match its checksum");
		}
		return content;
	}

	static String sha256(byte[] content) {
		return Texts.sha256(content);
	}

	private static AttachmentView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AttachmentView(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
				rs.getString("owner_type"), rs.getString("owner_id"), rs.getString("category"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

	/** A file type: its content type and the bytes it begins with, at an offset. */
	private record Kind(String contentType, String magic, int offset) {

		Kind(String contentType, String magic) {
			this(contentType, magic, 0);
		}

		boolean matches(byte[] content) {
			if (content.length < offset + magic.length()) {
				return false;
			}
			for (int i = 0; i < magic.length(); i++) {
				if ((content[offset + i] & 0xFF) != magic.charAt(i)) {
					return false;
				}
			}
			return true;
		}
	}
}
