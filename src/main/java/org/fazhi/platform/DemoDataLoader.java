package org.fazhi.platform;

/**
 * A module's part of the demonstration data. Loaders run in {@link org.springframework.core.annotation.Order}
 * at start when {@code fazhi.demo.enabled=true}; each checks its own marker so that a second start adds nothing.
 */
public interface DemoDataLoader {

	/** Loads the data unless it is already there. */
	void load();
}
