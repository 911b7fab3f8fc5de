package org.fazhi.calendar;

import java.util.List;

/**
 * How a date was computed, as lines of text with their arguments (message codes in {@code messages.properties}),
 * so that the arithmetic stays pure and the words stay translatable.
 */
public record Explanation(List<Line> lines) {

	public record Line(String code, Object... args) {
	}
}
