package org.fazhi.review;

/**
 * One pre-review finding: the rule, the sentence it was found in, and where in that sentence the offending words
 * are ({@code start} = {@code end} when the finding is an absence, such as a missing validity period).
 * @param detail a further word (e.g. the cited document's status), or {@code null}
 * @param basisKey the message key of the basis in force on the day of the review
 */
public record Finding(PreReviewRule rule, String excerpt, int start, int end, String detail, String basisKey) {

	public String before() {
		return excerpt.substring(0, start);
	}

	public String match() {
		return excerpt.substring(start, end);
	}

	public String after() {
		return excerpt.substring(end);
	}
}
