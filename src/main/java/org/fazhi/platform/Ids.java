package org.fazhi.platform;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered identifiers (UUID version 7, RFC 9562): sortable by creation, no hotspot on one node. */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		long millis = System.currentTimeMillis();
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (millis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}

	/** Parses a user-supplied identifier; malformed text is reported as a not-found record, never a 500. */
	public static UUID parse(String text, String entity) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw NotFoundException.of(entity, text);
		}
	}
}
