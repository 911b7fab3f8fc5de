package org.fazhi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chain heads anchored outside the database: a signed checkpoint of every chain's last number and signature and of
 * the installation-wide sequence, written as a new file each time — never rewritten — to a directory the database
 * account cannot reach (and optionally copied to a second, e.g. the superior body's). Deleting a whole chain or
 * cutting its tail in the database then shows against the last checkpoint.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

	/** One chain's head as anchored. */
	record Head(UUID org, long seq, String hash) {
	}

	/**
	 * @param verified whether the chains held when it was written: only such a checkpoint is compared against, so
	 *     that a state found broken is never taken as the reference
	 */
	record Checkpoint(Instant writtenAt, long globalSeq, boolean verified, String keyId, List<Head> chains,
			String signature) {

		String canonical() {
			return writtenAt + "|" + globalSeq + "|" + verified + "|" + keyId + "|" + chains.stream()
				.sorted(Comparator.comparing(h -> h.org().toString()))
				.map(h -> h.org() + ":" + h.seq() + ":" + h.hash())
				.collect(Collectors.joining(","));
		}
	}

	/** A checkpoint read back, with whether its signature holds. */
	record Read(String file, Checkpoint checkpoint, boolean authentic) {
	}

	private final AuditProperties properties;

	private final AuditKeys keys;

	private final JsonMapper json;

	AuditCheckpoints(AuditProperties properties, AuditKeys keys, JsonMapper json) {
		this.properties = properties;
		this.keys = keys;
		this.json = json;
	}

	Path write(Instant at, long globalSeq, boolean verified, List<Head> chains) {
		Checkpoint unsigned = new Checkpoint(at, globalSeq, verified, keys.currentId(), chains, null);
		Checkpoint signed = new Checkpoint(at, globalSeq, verified, unsigned.keyId(), chains,
				keys.sign(unsigned.keyId(), unsigned.canonical()).orElseThrow());
		String name = "checkpoint-%012d-%s.json".formatted(globalSeq, STAMP.format(at));
		byte[] content = json.writeValueAsBytes(signed);
		Path file = writeNew(properties.checkpointDirectory(), name, content);
		if (properties.checkpointCopyDirectory() != null) {
			try {
				writeNew(properties.checkpointCopyDirectory(), name, content);
			}
			catch (UncheckedIOException e) {
				log.error("审计校验点副本未能写入 {}", properties.checkpointCopyDirectory(), e);
			}
		}
		return file;
	}

	/** The latest checkpoint written when the chains held (by its number in the sequence), if any. */
	Optional<Read> latestVerified() {
		Path dir = properties.checkpointDirectory();
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		try (var files = Files.list(dir)) {
			List<Path> names = files.filter(f -> f.getFileName().toString().matches("checkpoint-\\d{12}-\\d{14}\\.json"))
				.sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
				.toList();
			for (Path file : names) {
				Read read = read(file);
				if (!read.authentic() || read.checkpoint().verified()) {
					return Optional.of(read);
				}
			}
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Read read(Path file) {
		String name = file.getFileName().toString();
		try {
			Checkpoint c = json.readValue(Files.readAllBytes(file), Checkpoint.class);
			boolean authentic = c.signature() != null
					&& keys.sign(c.keyId(), c.canonical()).map(c.signature()::equals).orElse(false);
			return new Read(name, c, authentic);
		}
		catch (IOException | RuntimeException e) {
			log.error("审计校验点 {} 无法读取", file, e);
			return new Read(name, new Checkpoint(Instant.EPOCH, 0, false, null, List.of(), null), false);
		}
	}

	private static Path writeNew(Path dir, String name, byte[] content) {
		try {
			Files.createDirectories(dir);
			Path file = dir.resolve(name);
			Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system: the directory's own protection applies
			}
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException("审计校验点无法写入 " + dir.toAbsolutePath(), e);
		}
	}
}
