package org.fazhi.dashboard;

import java.util.List;

/**
 * The tasks a module gives its users — reviews to claim, opinions to handle, filings to answer … — shown together on
 * the 工作台 and on the list of all tasks. A module implements it as a bean and answers with selects, not rows: the
 * 工作台 joins every module's selects into one statement that counts the tasks per kind and reads a page of them in
 * the order of their clocks ({@link TaskList}), so a user with thousands of tasks costs what a user with three does.
 */
public interface TaskProvider {

	/**
	 * The selects of the user's tasks of this module (none when his permissions give him none); each returns only
	 * what his permissions and data scope make his.
	 */
	List<TaskSource> sources(TaskQuery query);
}
