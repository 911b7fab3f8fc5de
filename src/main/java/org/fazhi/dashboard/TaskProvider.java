package org.fazhi.dashboard;

import java.util.List;

/**
 * The tasks a module gives its users — reviews to claim, opinions to handle, filings to answer … — shown together on
 * the 工作台. A module implements it as a bean; each call costs a constant number of statements, whatever the number
 * of tasks, and returns only what the user's permissions and data scope make his.
 */
public interface TaskProvider {

	List<Task> tasks(TaskQuery query);
}
