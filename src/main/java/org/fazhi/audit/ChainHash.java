package org.fazhi.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 (GB/T 32905-2016) hash of one chain link. Each field is length-prefixed so that no two different
 * entries can be written as the same input; the previous link's hash is part of the input.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String sm3(String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	static String of(AuditEntry e) {
		StringBuilder input = new StringBuilder(256);
		for (Object field : new Object[] { e.seq(), e.orgId(), e.occurredAt(), e.actorId(), e.actorName(), e.action(),
				e.entityType(), e.entityId(), e.summary(), e.beforeState(), e.afterState(), e.prevHash() }) {
			String value = field == null ? "" : field.toString();
			input.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
		}
		return sm3(input.toString());
	}
}
