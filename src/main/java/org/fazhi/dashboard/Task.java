package org.fazhi.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing a user has to do now, on the page where it is done.
 * @param kind what is to be done, a message key ({@code task.<module>.<what>}); the 工作台 counts tasks per kind
 * @param title the item's name
 * @param link the page where the task is done
 * @param clockId the statutory clock the task runs against, or {@code null}
 * @param since since when it waits (the day it arrived)
 */
public record Task(String kind, String title, String link, UUID clockId, LocalDate since) {
}
