package org.fazhi.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Attachments as files under {@code fazhi.attachments.dir} (default {@code ./data/files}), written once. */
@Component
class FileSystemStorage implements Storage {

	private final Path root;

	FileSystemStorage(@Value("${fazhi.attachments.dir:./data/files}") String dir) {
		this.root = Path.of(dir);
	}

	@Override
	public void put(String key, byte[] content) {
		Path file = resolve(key);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, content, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return Files.readAllBytes(resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path resolve(String key) {
		Path file = root.resolve(key).normalize();
		if (!file.startsWith(root.normalize())) {
			throw new IllegalArgumentException("bad key");
		}
		return file;
	}
}
