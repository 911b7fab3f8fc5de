package org.fazhi.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing the chains: valid only if every link's signature, predecessor and number hold, each
 * chain's head agrees with its last entry, no number of the installation-wide sequence is missing, and every chain
 * still holds what the last checkpoint anchored.
 * @param firstBrokenSeq the smallest first broken number of any chain, {@code null} if all hold
 * @param missingGlobalSeq the first number of the installation-wide sequence with no entry (entries removed),
 *     {@code null} if none is missing or the scope does not cover the whole installation
 * @param checkpoint the checkpoint compared against, {@code null} before the first one is written
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, List<Chain> chains,
		Long missingGlobalSeq, Checkpoint checkpoint) {

	/**
	 * @param firstBrokenSeq the first number of the chain whose link does not hold ({@code 0}: the whole chain is gone)
	 * @param reason why, a {@link Break}
	 */
	public record Chain(UUID orgId, String org, long entries, boolean valid, Long firstBrokenSeq, Break reason) {
	}

	/** The anchor the chains were compared with. */
	public record Checkpoint(String file, Instant writtenAt, long globalSeq, boolean valid) {
	}

	/** Why a link does not hold; each has a label {@code audit.break.<NAME>}. */
	public enum Break {
		/** a number of the chain is missing or out of order */
		SEQUENCE,
		/** the entry does not name the entry before it */
		LINK,
		/** the signature does not match the entry: it was changed, or signed without the key */
		SIGNATURE,
		/** signed by no key of the ring, or not signed at all */
		KEY,
		/** the chain head disagrees with the last entry: entries were removed from the end, or added */
		HEAD,
		/** the chain no longer holds what the last checkpoint anchored */
		CHECKPOINT,
		/** the chain the last checkpoint anchored is gone from the database */
		MISSING
	}
}
