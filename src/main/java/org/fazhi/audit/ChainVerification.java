package org.fazhi.audit;

import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing the chains: valid only if every link's hash and predecessor match and each chain's
 * head agrees with its last entry.
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, List<Chain> chains) {

	/** @param firstBrokenSeq the first sequence number whose link does not hold, {@code null} if all hold */
	public record Chain(UUID orgId, String org, long entries, boolean valid, Long firstBrokenSeq) {
	}
}
