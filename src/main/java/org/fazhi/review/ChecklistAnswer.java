package org.fazhi.review;

/**
 * The reviewer's answer to one item of a subject's review contents.
 * @param finding what does not conform (required then), or {@code null}
 */
public record ChecklistAnswer(String item, boolean compliant, String finding) {

	public String messageKey() {
		return "review.checklist." + item;
	}
}
