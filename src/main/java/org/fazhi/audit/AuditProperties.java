package org.fazhi.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit trail's secrets and anchors live — never in the database it protects.
 * @param keyDirectory the key ring: one file per key ({@code <id>.key}, 32 random bytes in hex); the greatest name is
 *     the current key, the others verify what they signed. A first key is generated when the directory is empty.
 * @param key a key given in configuration instead (hex, e.g. from the environment or a secret store); with
 *     {@code keyId} it becomes the current key, the key ring still verifies older entries
 * @param keyId the name of {@code key} in the chain
 * @param checkpointDirectory where the daily signed checkpoints are written: each a new file, never rewritten; in
 *     production a directory the database account cannot write (another host, a WORM or append-only mount)
 * @param checkpointCopyDirectory optionally a second directory receiving a copy of each checkpoint (e.g. a share of
 *     the superior body)
 * @param verifyCron when the chains are verified and a checkpoint written (Beijing time; also once at start)
 */
@ConfigurationProperties("fazhi.audit")
public record AuditProperties(@DefaultValue("./keys/audit") Path keyDirectory, String key, @DefaultValue("config") String keyId,
		@DefaultValue("./audit-checkpoints") Path checkpointDirectory, Path checkpointCopyDirectory,
		@DefaultValue("0 30 1 * * *") String verifyCron) {
}
