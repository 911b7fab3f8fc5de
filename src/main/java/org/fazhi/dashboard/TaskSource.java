package org.fazhi.dashboard;

import java.util.Map;

/**
 * One select of tasks, with the columns {@code kind} (a message key {@code task.<module>.<what>}), {@code title},
 * {@code amount} (a number the title shows, or null: the title is then the message {@code <kind>.title} of the
 * title and the amount), {@code link}, {@code clock_id} (the statutory clock the task runs against, or null) and
 * {@code since} (a date, or null), typed alike in every source — write a null as {@code cast(null as uuid)}.
 * @param sql the select
 * @param params its named parameters; a name used by several sources must mean the same value in each
 */
public record TaskSource(String sql, Map<String, ?> params) {
}
