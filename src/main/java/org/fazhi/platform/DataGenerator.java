package org.fazhi.platform;

import java.util.List;

/**
 * A module's part of the region-scale data that {@code java -jar fazhi.jar generate} writes (see {@link Generation}).
 * Each module contributes its own generator; a new module adds one, not a branch in a central class. A generator is
 * called once per generated unit, in a transaction of its own that also records the unit as done, so that a run
 * stopped half-way resumes where it stopped; its rows follow from the run's seed alone.
 */
public interface DataGenerator {

	/** Its name in progress lines and in the record of what is done. */
	String name();

	/** Its place in the run: organizations first, then what refers to them. */
	int order();

	/** Writes this module's rows for one unit and its divisions; answers how many rows it wrote. */
	long generate(Generation run, Generation.Unit unit);

	/** After the run: what breaks an invariant of this module's data, in Chinese; empty when nothing does. */
	default List<String> check(Generation run) {
		return List.of();
	}
}
