package org.fazhi.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's part of the demonstration's past (the 2019 scenario and the years before it), as dated steps. The runner
 * merges every module's steps and runs them in date order in one transaction, so that the year is recorded as it
 * would have been recorded day by day: numbers follow the dates across modules, and nothing raises a notice about
 * an item that was closed in time.
 */
public interface DemoTimeline {

	/** Whether this module's past is already recorded (a second start adds nothing). */
	boolean loaded();

	/** The steps, each on its day; steps of the same day run in the order given. */
	List<Step> steps();

	/** One thing done on a day. */
	record Step(LocalDate on, Runnable action) {
	}

	/** Collects a module's steps in the order written. */
	final class Steps {

		private final List<Step> steps = new ArrayList<>();

		public Steps on(String isoDay, Runnable action) {
			return on(LocalDate.parse(isoDay), action);
		}

		public Steps on(LocalDate day, Runnable action) {
			steps.add(new Step(day, action));
			return this;
		}

		public List<Step> list() {
			return List.copyOf(steps);
		}
	}

	/** A value a later step needs from an earlier one (an id, most often). */
	final class Ref<T> {

		private T value;

		public void set(T value) {
			this.value = value;
		}

		public T get() {
			if (value == null) {
				throw new IllegalStateException("a demonstration step ran before the step that sets its value");
			}
			return value;
		}
	}
}
