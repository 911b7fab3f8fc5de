package org.fazhi.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A legal opinion of a 法律顾问 or 公职律师 organized during the review (重大行政决策程序暂行条例 第二十八条: 在合法性审查过程中，
 * 应当组织法律顾问、公职律师提出法律意见).
 */
public record CounselOpinion(UUID id, String counselName, CounselRole role, String opinion, LocalDate givenOn,
		String recordedBy) {
}
