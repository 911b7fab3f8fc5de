package org.fazhi.platform;

/**
 * Work of the past being replayed (the demonstration's year of records, written in date order at first start). What
 * reacts to the present — notices in the inbox, e-mail — stays quiet meanwhile: a replayed step changed the state of
 * an item long ago, and nobody is to act on it now. Items still open when the replay ends are announced by the
 * loaders of the present year and by the daily sweep.
 */
public final class PastReplay {

	private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private PastReplay() {
	}

	public static void run(Runnable past) {
		ACTIVE.set(Boolean.TRUE);
		try {
			past.run();
		}
		finally {
			ACTIVE.remove();
		}
	}

	public static boolean active() {
		return ACTIVE.get();
	}
}
